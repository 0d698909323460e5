#pragma once

#include "access/User.h"
#include "common/Result.h"

#include <QSqlDatabase>

namespace qf::access {

// The only place with SQL for users, roles and assignments. Callers own the transaction.
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<User> findByLogin(const QString& login) const;
    Result<QList<User>> list() const;
    Result<User> insert(const QString& login, const QString& displayName, const QList<Role>& roles);
    Status setDisabled(qint64 userId, bool disabled);
    Status setNeedsPasswordReset(qint64 userId, bool needed);
    Status markAllOthersNeedReset(qint64 keepUserId);
    Result<bool> isAssigned(qint64 userId, const QString& targetType, const QString& targetUid) const;
    Status assign(qint64 userId, const QString& targetType, const QString& targetUid, const QString& role);

private:
    Result<QList<Role>> rolesOf(qint64 userId) const;
    QSqlDatabase m_db;
};

bool isValidLogin(const QString& login);

} // namespace qf::access
