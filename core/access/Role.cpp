#include "access/Role.h"

#include <QCoreApplication>

namespace qf::access {

namespace {
struct RoleInfo
{
    Role role;
    const char* key;
    const char* name;
};

constexpr RoleInfo kRoles[] = {
    {Role::Investigator, "investigator", QT_TRANSLATE_NOOP("qf::access::Role", "Investigator")},
    {Role::LeadInvestigator, "lead_investigator", QT_TRANSLATE_NOOP("qf::access::Role", "Lead investigator")},
    {Role::Approver, "approver", QT_TRANSLATE_NOOP("qf::access::Role", "Approver")},
    {Role::Reviewer, "reviewer", QT_TRANSLATE_NOOP("qf::access::Role", "Reviewer")},
    {Role::Clerk, "clerk", QT_TRANSLATE_NOOP("qf::access::Role", "Clerk")},
    {Role::Auditor, "auditor", QT_TRANSLATE_NOOP("qf::access::Role", "Auditor")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("qf::access::Role", "Administrator")},
};
} // namespace

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const RoleInfo& info : kRoles)
        roles << info.role;
    return roles;
}

QString roleKey(Role role)
{
    for (const RoleInfo& info : kRoles)
        if (info.role == role)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (const RoleInfo& info : kRoles)
        if (key == QLatin1String(info.key))
            return info.role;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    for (const RoleInfo& info : kRoles)
        if (info.role == role)
            return QCoreApplication::translate("qf::access::Role", info.name);
    return {};
}

} // namespace qf::access
