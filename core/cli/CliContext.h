#pragma once

#include "access/Session.h"
#include "cli/CliOptions.h"
#include "cli/PasswordInput.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QJsonDocument>
#include <QTextStream>
#include <memory>

namespace qf::cli {

// What one verb needs while it runs: its options, the output streams and where typed passwords come from.
// Helpers return Errors with messages that name the file and what to do; the caller maps them to exit codes.
class CliContext
{
public:
    CliContext(CliOptions options, QTextStream& out, QTextStream& err, PasswordSource& passwords)
        : m_options(std::move(options)), m_out(out), m_err(err), m_passwords(passwords)
    {
    }

    const CliOptions& options() const { return m_options; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    bool json() const { return m_options.flag(QStringLiteral("json")); }

    // The value of a required option, or a usage error naming it.
    Result<QString> required(const QString& option) const;
    // --vault as an absolute path (required).
    Result<QString> vaultPath() const;
    // A secret from the file named by fileOption, or typed at the terminal (twice when confirm is set).
    Result<crypto::SecretBytes> secret(const QString& fileOption, const QString& prompt, bool confirm = false);
    // Logs in as --user on --vault with --password-file or a typed password; every verb acts through this session.
    // With keepPassword, the password that opened the session is handed back (to change one's own password).
    Result<std::unique_ptr<access::Session>> login(crypto::SecretBytes* keepPassword = nullptr);

    void printJson(const QJsonDocument& document);
    void warn(const QString& message);

private:
    CliOptions m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    PasswordSource& m_passwords;
};

} // namespace qf::cli
