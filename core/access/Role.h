#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace qf::access {

enum class Role
{
    Investigator,     // 办案人员
    LeadInvestigator, // 主办人
    Approver,         // 审批人 (department head or leader in charge)
    Reviewer,         // 审理人员
    Clerk,            // 内勤/文书
    Auditor,          // 审计员
    Admin,            // 系统管理员
};

QList<Role> allRoles();
QString roleKey(Role role); // stable key stored in the vault, e.g. "lead_investigator"
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role role); // translated

} // namespace qf::access
