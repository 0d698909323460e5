#include "access/Permission.h"

#include <QCoreApplication>
#include <initializer_list>

namespace qf::access {

namespace {

using P = Permission;

struct PermissionInfo
{
    Permission permission;
    const char* key;
    const char* name;
};

constexpr PermissionInfo kPermissions[] = {
    {P::ViewDashboard, "view_dashboard", QT_TRANSLATE_NOOP("qf::access::Permission", "view the dashboard")},
    {P::RegisterReport, "register_report", QT_TRANSLATE_NOOP("qf::access::Permission", "register reports")},
    {P::ViewReports, "view_reports", QT_TRANSLATE_NOOP("qf::access::Permission", "view reports")},
    {P::ViewLeads, "view_leads", QT_TRANSLATE_NOOP("qf::access::Permission", "view leads")},
    {P::ManageLeads, "manage_leads", QT_TRANSLATE_NOOP("qf::access::Permission", "work on leads")},
    {P::ReviewLeads, "review_leads", QT_TRANSLATE_NOOP("qf::access::Permission", "hold collective lead reviews")},
    {P::ViewCases, "view_cases", QT_TRANSLATE_NOOP("qf::access::Permission", "view cases")},
    {P::ManageCases, "manage_cases", QT_TRANSLATE_NOOP("qf::access::Permission", "work on cases")},
    {P::AssignTeam, "assign_team", QT_TRANSLATE_NOOP("qf::access::Permission", "assign case teams")},
    {P::ApproveSteps, "approve_steps", QT_TRANSLATE_NOOP("qf::access::Permission", "approve steps")},
    {P::ReviewCases, "review_cases", QT_TRANSLATE_NOOP("qf::access::Permission", "review cases")},
    {P::PrintDocuments, "print_documents", QT_TRANSLATE_NOOP("qf::access::Permission", "print documents")},
    {P::RequestIdentityGrant, "request_identity_grant",
     QT_TRANSLATE_NOOP("qf::access::Permission", "request access to protected identities")},
    {P::ApproveIdentityGrant, "approve_identity_grant",
     QT_TRANSLATE_NOOP("qf::access::Permission", "approve access to protected identities")},
    {P::ViewAllConfidential, "view_all_confidential",
     QT_TRANSLATE_NOOP("qf::access::Permission", "see confidential records without being assigned")},
    {P::ViewAccountability, "view_accountability",
     QT_TRANSLATE_NOOP("qf::access::Permission", "view error accountability records")},
    {P::ViewAudit, "view_audit", QT_TRANSLATE_NOOP("qf::access::Permission", "view the audit trail")},
    {P::VerifyAudit, "verify_audit", QT_TRANSLATE_NOOP("qf::access::Permission", "verify the audit trail")},
    {P::ExportArchive, "export_archive", QT_TRANSLATE_NOOP("qf::access::Permission", "export archives")},
    {P::ManageUsers, "manage_users", QT_TRANSLATE_NOOP("qf::access::Permission", "manage users")},
    {P::ManageKeys, "manage_keys", QT_TRANSLATE_NOOP("qf::access::Permission", "manage vault keys")},
};

struct RoleGrant
{
    Role role;
    std::initializer_list<Permission> permissions;
};

// Who may do what. Protected identities are not here on purpose: they need an approved grant for every role.
const RoleGrant kRoleTable[] = {
    {Role::Investigator,
     {P::ViewDashboard, P::ViewReports, P::ViewLeads, P::ManageLeads, P::ViewCases, P::ManageCases, P::PrintDocuments,
      P::RequestIdentityGrant}},
    {Role::LeadInvestigator,
     {P::ViewDashboard, P::ViewReports, P::ViewLeads, P::ManageLeads, P::ViewCases, P::ManageCases, P::AssignTeam,
      P::PrintDocuments, P::RequestIdentityGrant}},
    {Role::Approver,
     {P::ViewDashboard, P::ViewReports, P::ViewLeads, P::ReviewLeads, P::ViewCases, P::ApproveSteps, P::AssignTeam,
      P::ApproveIdentityGrant, P::ViewAllConfidential, P::ViewAccountability, P::PrintDocuments,
      P::RequestIdentityGrant}},
    {Role::Reviewer, {P::ViewDashboard, P::ViewCases, P::ReviewCases, P::PrintDocuments, P::RequestIdentityGrant}},
    {Role::Clerk, {P::ViewDashboard, P::RegisterReport, P::ViewReports, P::ViewLeads, P::ViewCases, P::PrintDocuments}},
    {Role::Auditor, {P::ViewDashboard, P::ViewAudit, P::VerifyAudit, P::ExportArchive, P::ViewAccountability}},
    {Role::Admin, {P::ViewDashboard, P::ManageUsers, P::ManageKeys, P::ViewAudit}},
};

} // namespace

bool roleHasPermission(Role role, Permission permission)
{
    for (const RoleGrant& grant : kRoleTable)
        if (grant.role == role)
            for (Permission granted : grant.permissions)
                if (granted == permission)
                    return true;
    return false;
}

QList<Permission> permissionsOf(Role role)
{
    QList<Permission> result;
    for (const RoleGrant& grant : kRoleTable)
        if (grant.role == role)
            result = QList<Permission>(grant.permissions.begin(), grant.permissions.end());
    return result;
}

QString permissionKey(Permission permission)
{
    for (const PermissionInfo& info : kPermissions)
        if (info.permission == permission)
            return QString::fromLatin1(info.key);
    return {};
}

QString permissionDisplayName(Permission permission)
{
    for (const PermissionInfo& info : kPermissions)
        if (info.permission == permission)
            return QCoreApplication::translate("qf::access::Permission", info.name);
    return {};
}

} // namespace qf::access
