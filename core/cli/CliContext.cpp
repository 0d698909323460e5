#include "cli/CliContext.h"

#include "access/LoginService.h"
#include "cli/CliText.h"

#include <QDir>
#include <QFileInfo>

namespace qf::cli {

Result<QString> CliContext::required(const QString& option) const
{
    const QString value = m_options.value(option).trimmed();
    if (value.isEmpty())
        return makeError(ErrorCode::Usage, CliText::tr("The option --%1 is required.").arg(option));
    return value;
}

Result<QString> CliContext::vaultPath() const
{
    auto path = required(QStringLiteral("vault"));
    if (!path.ok())
        return path;
    return QDir::cleanPath(QFileInfo(path.value()).absoluteFilePath());
}

Result<crypto::SecretBytes> CliContext::secret(const QString& fileOption, const QString& prompt, bool confirm)
{
    if (m_options.has(fileOption)) {
        const QString path = m_options.value(fileOption);
        auto fromFile = readSecretFile(path);
        if (fromFile.ok() && isReadableByOthers(path))
            warn(CliText::tr("%1 can be read by other users. Restrict it with: chmod 600 %1").arg(path));
        return fromFile;
    }
    m_out.flush();
    m_err.flush();
    auto typed = m_passwords.read(prompt);
    if (!typed.ok()) {
        if (typed.code() == ErrorCode::Usage)
            return makeError(ErrorCode::Usage,
                             typed.message() + u' ' +
                                 CliText::tr("Pass --%1 FILE (its first line is read).").arg(fileOption));
        return typed;
    }
    if (confirm) {
        auto again = m_passwords.read(CliText::tr("Type it again: "));
        if (!again.ok())
            return again;
        if (!again->equals(typed.value()))
            return makeError(ErrorCode::Usage, CliText::tr("The two entries differ. Nothing was changed."));
    }
    return typed;
}

Result<std::unique_ptr<access::Session>> CliContext::login(crypto::SecretBytes* keepPassword)
{
    auto vault = vaultPath();
    if (!vault.ok())
        return vault.error();
    auto user = required(QStringLiteral("user"));
    if (!user.ok())
        return user.error();
    if (!QFileInfo::exists(vault.value()))
        return makeError(ErrorCode::FileMissing,
                         CliText::tr("The vault %1 does not exist. Check --vault, or create one with "
                                     "'qingfeng-cli init' (or 'qingfeng-cli demo').")
                             .arg(vault.value()));
    auto password = secret(QStringLiteral("password-file"), CliText::tr("Password for %1: ").arg(user.value()));
    if (!password.ok())
        return password.error();
    auto session = access::openSession(vault.value(), user.value(), password.value());
    if (!session.ok() && session.code() == ErrorCode::WrongPassword) {
        const QString source =
            m_options.has(QStringLiteral("password-file"))
                ? CliText::tr("the password was read from %1").arg(m_options.value(QStringLiteral("password-file")))
                : CliText::tr("the password was typed");
        return makeError(ErrorCode::WrongPassword,
                         session.message() + u' ' +
                             CliText::tr("(User %1 on %2; %3.)").arg(user.value(), vault.value(), source));
    }
    if (session.ok() && keepPassword)
        *keepPassword = std::move(password.value());
    return session;
}

void CliContext::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliContext::warn(const QString& message)
{
    m_err << CliText::tr("qingfeng-cli: warning: %1").arg(message) << Qt::endl;
}

} // namespace qf::cli
