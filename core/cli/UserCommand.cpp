#include "access/LoginService.h"
#include "access/UserService.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace qf::cli {

namespace {

Result<QList<access::Role>> parseRoles(const QString& text)
{
    QList<access::Role> roles;
    QStringList known;
    for (access::Role role : access::allRoles())
        known << access::roleKey(role);
    for (QString key : text.split(u',', Qt::SkipEmptyParts)) {
        key = key.trimmed().toLower().replace(u'-', u'_');
        const auto role = access::roleFromKey(key);
        if (!role)
            return makeError(ErrorCode::Usage,
                             CliText::tr("Unknown role \"%1\". Roles: %2.").arg(key, known.join(QStringLiteral(", "))));
        if (!roles.contains(*role))
            roles << *role;
    }
    if (roles.isEmpty())
        return makeError(
            ErrorCode::Usage,
            CliText::tr("Give at least one role with --role. Roles: %1.").arg(known.join(QStringLiteral(", "))));
    return roles;
}

QString roleNames(const QList<access::Role>& roles)
{
    QStringList names;
    for (access::Role role : roles)
        names << access::roleDisplayName(role);
    return names.join(QStringLiteral(", "));
}

QJsonArray roleKeysJson(const QList<access::Role>& roles)
{
    QJsonArray keys;
    for (access::Role role : roles)
        keys.append(access::roleKey(role));
    return keys;
}

QString statusOf(const access::User& user, const access::Session& session)
{
    if (user.disabled)
        return CliText::tr("disabled");
    if (user.needsPasswordReset)
        return CliText::tr("needs a new password");
    if (!session.vault().hasUserSlot(user.login))
        return CliText::tr("no key slot");
    return CliText::tr("active");
}

QJsonObject userJson(const access::User& user)
{
    return {{QStringLiteral("login"), user.login},
            {QStringLiteral("name"), user.displayName},
            {QStringLiteral("uid"), user.uid},
            {QStringLiteral("roles"), roleKeysJson(user.roles)},
            {QStringLiteral("disabled"), user.disabled},
            {QStringLiteral("needs_password_reset"), user.needsPasswordReset},
            {QStringLiteral("created_at"), user.createdAt}};
}

Status resetWithRecoveryKey(CliContext& context)
{
    if (context.options().has(QStringLiteral("user")) || context.options().has(QStringLiteral("password-file")))
        return makeError(ErrorCode::Usage, CliText::tr("--recovery-key-file replaces --user and --password-file; "
                                                       "give one or the other."));
    auto vault = context.vaultPath();
    if (!vault.ok())
        return vault.error();
    auto login = context.required(QStringLiteral("login"));
    if (!login.ok())
        return login.error();
    if (!QFileInfo::exists(vault.value()))
        return makeError(ErrorCode::FileMissing,
                         CliText::tr("The vault %1 does not exist. Check --vault.").arg(vault.value()));
    auto key = readSecretFile(context.options().value(QStringLiteral("recovery-key-file")));
    if (!key.ok())
        return key.error();
    auto password = context.secret(QStringLiteral("new-password-file"),
                                   CliText::tr("New password for %1: ").arg(login.value()), true);
    if (!password.ok())
        return password.error();
    const Status reset = access::resetPasswordWithRecoveryKey(vault.value(), QString::fromUtf8(key->view()),
                                                              login.value(), password.value());
    if (!reset.ok()) {
        if (reset.code() == ErrorCode::WrongPassword)
            return makeError(ErrorCode::WrongPassword,
                             reset.message() + u' ' +
                                 CliText::tr("(Read from %1; it must be the key printed when the vault was created "
                                             "or last given a new recovery key.)")
                                     .arg(context.options().value(QStringLiteral("recovery-key-file"))));
        return reset;
    }
    context.out() << CliText::tr("The password of %1 was reset with the recovery key. The change is recorded in "
                                 "the audit trail.")
                         .arg(login.value())
                  << Qt::endl;
    return {};
}

} // namespace

Status runUserAdd(CliContext& context)
{
    auto login = context.required(QStringLiteral("login"));
    if (!login.ok())
        return login.error();
    auto roleText = context.required(QStringLiteral("role"));
    if (!roleText.ok())
        return roleText.error();
    auto roles = parseRoles(roleText.value());
    if (!roles.ok())
        return roles.error();
    auto session = context.login();
    if (!session.ok())
        return session.error();
    auto password = context.secret(QStringLiteral("new-password-file"),
                                   CliText::tr("New password for %1: ").arg(login.value()), true);
    if (!password.ok())
        return password.error();
    access::UserService users(*session.value());
    auto user = users.addUser(login.value(), context.options().value(QStringLiteral("name")).trimmed(), roles.value(),
                              password.value());
    if (!user.ok())
        return user.error();
    if (context.json()) {
        context.printJson(QJsonDocument(userJson(user.value())));
        return {};
    }
    context.out() << CliText::tr("Added the user %1 (%2) with the roles: %3.")
                         .arg(user->login, user->displayName, roleNames(user->roles))
                  << Qt::endl;
    return {};
}

Status runUserList(CliContext& context)
{
    auto session = context.login();
    if (!session.ok())
        return session.error();
    auto users = access::UserService(*session.value()).listUsers();
    if (!users.ok())
        return users.error();
    if (context.json()) {
        QJsonArray list;
        for (const access::User& user : users.value())
            list.append(userJson(user));
        context.printJson(QJsonDocument(list));
        return {};
    }
    TextTable table({CliText::tr("Login"), CliText::tr("Name"), CliText::tr("Roles"), CliText::tr("Status"),
                     CliText::tr("Created (UTC)")});
    for (const access::User& user : users.value())
        table.addRow({user.login, user.displayName, roleNames(user.roles), statusOf(user, *session.value()),
                      user.createdAt.left(19)});
    table.print(context.out());
    return {};
}

Status runUserPasswd(CliContext& context)
{
    if (context.options().has(QStringLiteral("recovery-key-file")))
        return resetWithRecoveryKey(context);
    auto login = context.required(QStringLiteral("login"));
    if (!login.ok())
        return login.error();
    crypto::SecretBytes currentPassword;
    auto session = context.login(&currentPassword);
    if (!session.ok())
        return session.error();
    auto password = context.secret(QStringLiteral("new-password-file"),
                                   CliText::tr("New password for %1: ").arg(login.value()), true);
    if (!password.ok())
        return password.error();
    access::UserService users(*session.value());
    const bool own = login->compare(session.value()->login(), Qt::CaseInsensitive) == 0;
    const Status changed = own ? users.changeOwnPassword(currentPassword, password.value())
                               : users.setPassword(login.value(), password.value());
    if (!changed.ok())
        return changed;
    context.out() << (own ? CliText::tr("Your password was changed.")
                          : CliText::tr("The password of %1 was set. Give it to them in person.").arg(login.value()))
                  << Qt::endl;
    return {};
}

Status runUserDisable(CliContext& context)
{
    auto login = context.required(QStringLiteral("login"));
    if (!login.ok())
        return login.error();
    auto session = context.login();
    if (!session.ok())
        return session.error();
    const Status disabled = access::UserService(*session.value()).disableUser(login.value());
    if (!disabled.ok())
        return disabled;
    context.out() << CliText::tr("The user %1 is disabled and can no longer open the vault. Their records and audit "
                                 "entries are kept.")
                         .arg(login.value())
                  << Qt::endl;
    return {};
}

} // namespace qf::cli
