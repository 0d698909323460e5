#include "access/UserService.h"

#include "access/Mutation.h"
#include "access/UserRepository.h"

#include <QCoreApplication>

namespace qf::access {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::access::UserService", text);
}

AccessTarget userTarget(const QString& uid = {})
{
    return {QStringLiteral("user"), uid, ConfidentialityLevel::Internal};
}

QString roleKeys(const QList<Role>& roles)
{
    QStringList keys;
    for (Role role : roles)
        keys << roleKey(role);
    return keys.join(u',');
}

} // namespace

Result<QList<User>> UserService::listUsers() const
{
    QF_TRY(m_session.require(Permission::ManageUsers));
    return UserRepository(m_session.database()).list();
}

Result<User> UserService::addUser(const QString& login, const QString& displayName, const QList<Role>& roles,
                                  const crypto::SecretBytes& password)
{
    if (!isValidLogin(login))
        return makeError(ErrorCode::Invalid, tr("A user name has 2 to 32 letters, digits, '.', '_' or '-'."));
    if (roles.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the user at least one role."));
    if (password.size() < 8)
        return makeError(ErrorCode::Invalid, tr("The password must have at least 8 characters."));
    return mutate(m_session, Permission::ManageUsers, userTarget(),
                  [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<User> {
                      UserRepository users(db);
                      if (users.findByLogin(login).ok())
                          return makeError(ErrorCode::AlreadyExists, tr("A user named %1 already exists.").arg(login));
                      auto user = users.insert(login, displayName.isEmpty() ? login : displayName, roles);
                      if (!user.ok())
                          return user;
                      // The slot is written last; if the commit then fails, the slot is removed again below.
                      QF_TRY(m_session.vault().setUserPassword(login, password, m_kdf));
                      note = {QStringLiteral("user.add"), QStringLiteral("user"), user->uid,
                              tr("user %1 added with roles %2").arg(login, roleKeys(roles))};
                      return user;
                  });
}

Status UserService::disableUser(const QString& login)
{
    if (login.compare(m_session.login(), Qt::CaseInsensitive) == 0)
        return makeError(ErrorCode::Invalid, tr("You cannot disable your own account."));
    return mutate(m_session, Permission::ManageUsers, userTarget(),
                  [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                      UserRepository users(db);
                      auto user = users.findByLogin(login);
                      if (!user.ok())
                          return user.error();
                      QF_TRY(users.setDisabled(user->id, true));
                      QF_TRY(m_session.vault().removeUserSlot(login));
                      note = {QStringLiteral("user.disable"), QStringLiteral("user"), user->uid,
                              tr("user %1 disabled; key slot deleted").arg(login)};
                      return {};
                  });
}

Status UserService::setPassword(const QString& login, const crypto::SecretBytes& newPassword)
{
    return mutate(m_session, Permission::ManageUsers, userTarget(),
                  [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                      UserRepository users(db);
                      auto user = users.findByLogin(login);
                      if (!user.ok())
                          return user.error();
                      if (user->disabled)
                          return makeError(ErrorCode::Invalid, tr("The account %1 is disabled.").arg(login));
                      QF_TRY(users.setNeedsPasswordReset(user->id, false));
                      QF_TRY(m_session.vault().setUserPassword(login, newPassword, m_kdf));
                      note = {QStringLiteral("user.password.reset"), QStringLiteral("user"), user->uid,
                              tr("password of %1 set by an administrator").arg(login)};
                      return {};
                  });
}

Status UserService::changeOwnPassword(const crypto::SecretBytes& currentPassword,
                                      const crypto::SecretBytes& newPassword)
{
    if (m_session.isLocked())
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    if (!m_session.vault().checkPassword(m_session.login(), currentPassword))
        return makeError(ErrorCode::WrongPassword, tr("The current password is not correct."));
    const QSqlDatabase db = m_session.database();
    auto transaction = storage::Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    auto entry = m_session.auditTrail().append(
        db, m_session.login(),
        {QStringLiteral("user.password.change"), QStringLiteral("user"), m_session.user().uid, QString()});
    if (!entry.ok())
        return entry.error();
    QF_TRY(m_session.vault().setUserPassword(m_session.login(), newPassword, m_kdf));
    return transaction->commit();
}

Result<QString> UserService::rekeyVault(const crypto::SecretBytes& password)
{
    QF_TRY(m_session.require(Permission::ManageKeys));
    auto recovery = m_session.vault().rekey(m_session.login(), password, m_kdf);
    if (!recovery.ok())
        return recovery;
    Session& session = m_session;
    session.reloadKeys();
    auto marked = mutate(session, Permission::ManageKeys, {QStringLiteral("vault"), session.vault().uid()},
                         [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                             QF_TRY(UserRepository(db).markAllOthersNeedReset(session.user().id));
                             note.action = QStringLiteral("vault.rekey");
                             note.summary = tr("vault re-encrypted under a new key; other users need a new password");
                             return {};
                         });
    if (!marked.ok())
        return marked.error();
    return recovery;
}

Result<QString> UserService::rotateRecoveryKey()
{
    return mutate(m_session, Permission::ManageKeys, {QStringLiteral("vault"), m_session.vault().uid()},
                  [&](const QSqlDatabase&, audit::AuditNote& note) -> Result<QString> {
                      note.action = QStringLiteral("vault.recovery_key.rotate");
                      return m_session.vault().rotateRecoveryKey(m_kdf);
                  });
}

} // namespace qf::access
