#pragma once

#include "access/Role.h"

#include <QList>
#include <QString>

namespace qf::access {

enum class Permission
{
    ViewDashboard,
    RegisterReport,
    ViewReports,
    ViewLeads,
    ManageLeads,
    ReviewLeads,
    ViewCases,
    ManageCases,
    AssignTeam,
    ApproveSteps,
    ReviewCases,
    PrintDocuments,
    RequestIdentityGrant,
    ApproveIdentityGrant,
    ViewAllConfidential, // see confidential records without being assigned to them
    ViewAccountability,
    ViewAudit,
    VerifyAudit,
    ExportArchive,
    ManageUsers,
    ManageKeys,
};

// The one table that maps roles to permissions.
bool roleHasPermission(Role role, Permission permission);
QList<Permission> permissionsOf(Role role);
QString permissionKey(Permission permission);
QString permissionDisplayName(Permission permission); // translated

} // namespace qf::access
