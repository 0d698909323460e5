#pragma once

#include "cli/Cli.h"
#include "cli/PasswordInput.h"

#include <QFile>
#include <QStringList>
#include <QTextStream>

namespace qf::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Stands in for the terminal: hands out the queued passwords, then refuses like a missing terminal does.
class ScriptedPasswords final : public cli::PasswordSource
{
public:
    explicit ScriptedPasswords(QStringList answers = {}) : m_answers(std::move(answers)) {}
    Result<crypto::SecretBytes> read(const QString& prompt) override
    {
        m_prompts << prompt;
        if (m_answers.isEmpty())
            return makeError(ErrorCode::Usage, QStringLiteral("no terminal in tests"));
        QByteArray bytes = m_answers.takeFirst().toUtf8();
        return crypto::SecretBytes::takeFrom(bytes);
    }
    const QStringList& prompts() const { return m_prompts; }

private:
    QStringList m_answers;
    QStringList m_prompts;
};

inline CliRun runCli(const QStringList& arguments, cli::PasswordSource* passwords = nullptr)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    ScriptedPasswords none;
    run.code = cli::runCli(arguments, out, err, passwords ? *passwords : none);
    out.flush();
    err.flush();
    return run;
}

// Writes a one-line secret file readable only by its owner, and returns its path.
inline QString writeSecret(const QString& path, const QString& text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(text.toUtf8() + '\n');
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return path;
}

} // namespace qf::test
