#include "access/UserRepository.h"

#include "audit/AuditTrail.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace qf::access {

using storage::execute;
using storage::runQuery;

namespace {
constexpr auto kUserColumns = "id, uid, login, display_name, disabled, needs_password_reset, created_at";

User userFrom(const QSqlQuery& query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.uid = query.value(1).toString();
    user.login = query.value(2).toString();
    user.displayName = query.value(3).toString();
    user.disabled = query.value(4).toInt() != 0;
    user.needsPasswordReset = query.value(5).toInt() != 0;
    user.createdAt = query.value(6).toString();
    return user;
}
} // namespace

bool isValidLogin(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{1,31}$"));
    return pattern.match(login).hasMatch();
}

Result<QList<Role>> UserRepository::rolesOf(qint64 userId) const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT role FROM user_role WHERE user_id = ? ORDER BY role"), {userId});
    if (!query.ok())
        return query.error();
    QList<Role> roles;
    while (query->next())
        if (auto role = roleFromKey(query->value(0).toString()))
            roles << *role;
    return roles;
}

Result<User> UserRepository::findByLogin(const QString& login) const
{
    auto query = runQuery(
        m_db, QStringLiteral("SELECT %1 FROM app_user WHERE login = ?").arg(QLatin1String(kUserColumns)), {login});
    if (!query.ok())
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("qf::access", "There is no user named %1.").arg(login));
    User user = userFrom(query.value());
    query->finish();
    auto roles = rolesOf(user.id);
    if (!roles.ok())
        return roles.error();
    user.roles = roles.value();
    return user;
}

Result<QList<User>> UserRepository::list() const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT %1 FROM app_user ORDER BY login").arg(QLatin1String(kUserColumns)));
    if (!query.ok())
        return query.error();
    QList<User> users;
    while (query->next())
        users << userFrom(query.value());
    for (User& user : users) {
        auto roles = rolesOf(user.id);
        if (!roles.ok())
            return roles.error();
        user.roles = roles.value();
    }
    return users;
}

Result<User> UserRepository::insert(const QString& login, const QString& displayName, const QList<Role>& roles)
{
    User user;
    user.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.login = login;
    user.displayName = displayName;
    user.roles = roles;
    user.createdAt = audit::nowUtcIso();
    auto query = runQuery(
        m_db, QStringLiteral("INSERT INTO app_user (uid, login, display_name, created_at) VALUES (?, ?, ?, ?)"),
        {user.uid, login, displayName, user.createdAt});
    if (!query.ok())
        return query.error();
    user.id = query->lastInsertId().toLongLong();
    for (Role role : roles)
        QF_TRY(execute(m_db, QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?, ?)"),
                       {user.id, roleKey(role)}));
    return user;
}

Status UserRepository::setDisabled(qint64 userId, bool disabled)
{
    QF_TRY(execute(m_db, QStringLiteral("UPDATE app_user SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, userId}));
    return {};
}

Status UserRepository::setNeedsPasswordReset(qint64 userId, bool needed)
{
    QF_TRY(execute(m_db, QStringLiteral("UPDATE app_user SET needs_password_reset = ? WHERE id = ?"),
                   {needed ? 1 : 0, userId}));
    return {};
}

Status UserRepository::markAllOthersNeedReset(qint64 keepUserId)
{
    QF_TRY(execute(m_db, QStringLiteral("UPDATE app_user SET needs_password_reset = 1 WHERE id <> ? AND disabled = 0"),
                   {keepUserId}));
    return {};
}

Result<bool> UserRepository::isAssigned(qint64 userId, const QString& targetType, const QString& targetUid) const
{
    auto found = storage::querySingleValue(
        m_db, QStringLiteral("SELECT 1 FROM assignment WHERE target_type = ? AND target_uid = ? AND user_id = ?"),
        {targetType, targetUid, userId});
    if (!found.ok())
        return found.error();
    return !found->isNull();
}

Status UserRepository::assign(qint64 userId, const QString& targetType, const QString& targetUid, const QString& role)
{
    QF_TRY(execute(m_db,
                   QStringLiteral("INSERT OR REPLACE INTO assignment (target_type, target_uid, user_id, role) "
                                  "VALUES (?, ?, ?, ?)"),
                   {targetType, targetUid, userId, role}));
    return {};
}

} // namespace qf::access
