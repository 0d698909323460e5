#include "cases/CaseRepository.h"

#include "access/RecordVisibility.h"
#include "audit/AuditTrail.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace qf::cases {

using storage::execute;
using storage::runQuery;

QString teamRoleKey(TeamRole role)
{
    switch (role) {
    case TeamRole::LeadInvestigator:
        return QStringLiteral("lead_investigator");
    case TeamRole::Member:
        return QStringLiteral("member");
    case TeamRole::Reviewer:
        return QStringLiteral("reviewer");
    }
    return {};
}

access::AccessTarget caseTarget(const Case& c)
{
    return {QStringLiteral("case"), c.uid, c.confidentiality};
}

namespace {
QString roleList(const QList<TeamRole>& roles)
{
    QStringList keys;
    for (TeamRole role : roles)
        keys << u'\'' + teamRoleKey(role) + u'\'';
    return keys.join(u',');
}
} // namespace

Result<Case> CaseRepository::insert(Case c, qint64 leadId, qint64 createdBy)
{
    c.createdAt = audit::nowUtcIso();
    c.stageSince = c.createdAt;
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT INTO case_file (uid, number, lead_id, title, confidentiality, stage, "
                                         "stage_since, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {c.uid, c.number, leadId, c.title, static_cast<int>(c.confidentiality), c.stage, c.stageSince,
                           createdBy, c.createdAt});
    if (!query.ok())
        return query.error();
    c.id = query->lastInsertId().toLongLong();
    return c;
}

Result<Case> CaseRepository::findWhere(const QString& condition, const QVariant& value) const
{
    auto query = runQuery(
        m_db,
        QStringLiteral("SELECT c.id, c.uid, c.number, l.uid, c.title, c.confidentiality, c.stage, "
                       "c.stage_since, coalesce(u.login, ''), c.created_at, l.number FROM case_file c JOIN lead l "
                       "ON l.id = c.lead_id LEFT JOIN app_user u ON u.id = c.supervising_leader WHERE ") +
            condition,
        {value});
    if (!query.ok())
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("qf::cases", "There is no such case."));
    Case c;
    c.id = query->value(0).toLongLong();
    c.uid = query->value(1).toString();
    c.number = query->value(2).toString();
    c.leadUid = query->value(3).toString();
    c.title = query->value(4).toString();
    c.confidentiality = static_cast<access::ConfidentialityLevel>(query->value(5).toInt());
    c.stage = query->value(6).toString();
    c.stageSince = query->value(7).toString();
    c.supervisingLeader = query->value(8).toString();
    c.createdAt = query->value(9).toString();
    c.leadNumber = query->value(10).toString();
    query->finish();
    auto team =
        runQuery(m_db,
                 QStringLiteral("SELECT u.login, u.display_name, t.role FROM case_team t JOIN app_user u ON u.id "
                                "= t.user_id WHERE t.case_id = ? ORDER BY t.since, u.login"),
                 {c.id});
    if (!team.ok())
        return team.error();
    while (team->next()) {
        const QString role = team->value(2).toString();
        c.team << TeamMember{team->value(0).toString(), team->value(1).toString(),
                             role == QLatin1String("lead_investigator") ? TeamRole::LeadInvestigator
                             : role == QLatin1String("reviewer")        ? TeamRole::Reviewer
                                                                        : TeamRole::Member};
    }
    return c;
}

Result<Case> CaseRepository::findByUid(const QString& uid) const
{
    return findWhere(QStringLiteral("c.uid = ?"), uid);
}

Result<Case> CaseRepository::findById(qint64 id) const
{
    return findWhere(QStringLiteral("c.id = ?"), id);
}

Result<Case> CaseRepository::findByNumber(const QString& number) const
{
    return findWhere(QStringLiteral("c.number = ?"), number);
}

Status CaseRepository::addTeamMember(qint64 caseId, qint64 userId, TeamRole role)
{
    QF_TRY(execute(
        m_db, QStringLiteral("INSERT OR IGNORE INTO case_team (case_id, user_id, role, since) VALUES (?, ?, ?, ?)"),
        {caseId, userId, teamRoleKey(role), audit::nowUtcIso()}));
    return {};
}

Status CaseRepository::setSupervisingLeader(qint64 caseId, qint64 userId)
{
    QF_TRY(execute(m_db, QStringLiteral("UPDATE case_file SET supervising_leader = ? WHERE id = ?"), {userId, caseId}));
    return {};
}

Result<bool> CaseRepository::servedAs(qint64 caseId, qint64 userId, const QList<TeamRole>& roles) const
{
    auto found = storage::querySingleValue(
        m_db,
        QStringLiteral("SELECT 1 FROM case_team WHERE case_id = ? AND user_id = ? AND role IN (%1)")
            .arg(roleList(roles)),
        {caseId, userId});
    if (!found.ok())
        return found.error();
    return !found->isNull();
}

Result<int> CaseRepository::countTeam(qint64 caseId, const QList<TeamRole>& roles) const
{
    auto count = storage::querySingleValue(
        m_db, QStringLiteral("SELECT count(*) FROM case_team WHERE case_id = ? AND role IN (%1)").arg(roleList(roles)),
        {caseId});
    if (!count.ok())
        return count.error();
    return count->toInt();
}

Status CaseRepository::changeStage(qint64 caseId, const QString& stage)
{
    QF_TRY(execute(m_db, QStringLiteral("INSERT INTO workflow_lock (case_id) VALUES (?)"), {caseId}));
    QF_TRY(execute(m_db, QStringLiteral("UPDATE case_file SET stage = ?, stage_since = ? WHERE id = ?"),
                   {stage, audit::nowUtcIso(), caseId}));
    QF_TRY(execute(m_db, QStringLiteral("DELETE FROM workflow_lock WHERE case_id = ?"), {caseId}));
    return {};
}

Result<QList<CaseRow>> CaseRepository::list(qint64 userId, bool seeAll, const QString& stage, const QDate& today,
                                            int offset, int limit) const
{
    QStringList conditions;
    QVariantList values{today.toString(Qt::ISODate)};
    conditions << access::RecordVisibility{userId, seeAll}.caseCondition(QStringLiteral("c"), values);
    if (!stage.isEmpty()) {
        conditions << QStringLiteral("c.stage = ?");
        values << stage;
    }
    values << limit << offset;
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    auto query =
        runQuery(m_db,
                 QStringLiteral("SELECT c.uid, c.number, c.title, c.stage, c.stage_since, d.due, "
                                "d.due < ?, c.confidentiality FROM case_file c LEFT JOIN (SELECT case_id, "
                                "min(coalesce(extended_to, due_on)) AS due FROM deadline WHERE met_on IS NULL "
                                "GROUP BY case_id) d ON d.case_id = c.id%1 ORDER BY c.id DESC LIMIT ? OFFSET ?")
                     .arg(where),
                 values);
    if (!query.ok())
        return query.error();
    QList<CaseRow> rows;
    while (query->next()) {
        CaseRow row;
        row.uid = query->value(0).toString();
        row.number = query->value(1).toString();
        row.title = query->value(2).toString();
        row.stage = query->value(3).toString();
        row.stageSince = query->value(4).toString();
        row.dueOn = QDate::fromString(query->value(5).toString(), Qt::ISODate);
        row.overdue = query->value(6).toInt() == 1;
        row.confidentiality = static_cast<access::ConfidentialityLevel>(query->value(7).toInt());
        rows << row;
    }
    return rows;
}

Result<QList<QPair<QString, int>>> CaseRepository::countByStage(const access::RecordVisibility& visibility) const
{
    // The same cases the case list shows this user: a confidential case off the user's teams is not counted.
    QVariantList values;
    const QString visible = visibility.caseCondition(QStringLiteral("c"), values);
    auto query = runQuery(
        m_db, QStringLiteral("SELECT c.stage, count(*) FROM case_file c WHERE %1 GROUP BY c.stage").arg(visible),
        values);
    if (!query.ok())
        return query.error();
    QList<QPair<QString, int>> counts;
    while (query->next())
        counts << qMakePair(query->value(0).toString(), query->value(1).toInt());
    return counts;
}

} // namespace qf::cases
