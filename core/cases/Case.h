#pragma once

#include "access/Confidentiality.h"

#include <QDate>
#include <QList>
#include <QString>

namespace qf::cases {

enum class TeamRole
{
    LeadInvestigator, // 主办人
    Member,
    Reviewer, // 审理人员, kept apart from the team
};
QString teamRoleKey(TeamRole role);

struct TeamMember
{
    QString login;
    QString displayName;
    TeamRole role = TeamRole::Member;
};

// 案件: a lead filed for investigation and everything after it.
struct Case
{
    qint64 id = 0;
    QString uid;
    QString number;
    QString leadUid;
    QString leadNumber; // the number of the lead it was filed from: on the case's forms, shown to the whole team
    QString title;
    access::ConfidentialityLevel confidentiality = access::ConfidentialityLevel::Internal;
    QString stage;
    QString stageSince;
    QString supervisingLeader;
    QString createdAt;
    QList<TeamMember> team;
};

access::AccessTarget caseTarget(const Case& c);

// One row of the case list.
struct CaseRow
{
    QString uid;
    QString number;
    QString title;
    QString stage;
    QString stageSince;
    QDate dueOn; // the open stage deadline, if any
    bool overdue = false;
    access::ConfidentialityLevel confidentiality = access::ConfidentialityLevel::Internal;
};

} // namespace qf::cases
