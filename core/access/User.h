#pragma once

#include "access/Role.h"

#include <QList>
#include <QString>

namespace qf::access {

// A person who can log in to the vault.
struct User
{
    qint64 id = 0;
    QString uid;
    QString login;
    QString displayName;
    QList<Role> roles;
    bool disabled = false;
    bool needsPasswordReset = false;
    QString createdAt;

    bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace qf::access
