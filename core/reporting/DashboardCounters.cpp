#include "reporting/DashboardCounters.h"

#include "access/RecordVisibility.h"
#include "cases/CaseRepository.h"
#include "storage/Sql.h"
#include "workflow/CaseWorkflow.h"

#include <algorithm>

namespace qf::reporting {

Result<IntakeCounters> intakeCounters(access::Session& session, const QDate& today)
{
    QF_TRY(session.require(access::Permission::ViewDashboard));
    return intakeCountersWithin(session.database(), today, session.visibility());
}

Result<IntakeCounters> intakeCountersWithin(const QSqlDatabase& db, const QDate& today,
                                            const access::RecordVisibility& visibility)
{
    const QString day = today.toString(Qt::ISODate);
    // The lead figures count only the leads this user may see, as the lead library shows them.
    QVariantList visibleValues;
    const QString visible = visibility.leadCondition(QStringLiteral("l"), visibleValues);
    const QVariantList values = visibleValues + QVariantList{day} + visibleValues + QVariantList{day, day, day};
    auto query = storage::runQuery(
        db,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM report WHERE screening = 'pending'), "
            "(SELECT count(*) FROM lead l WHERE %1 AND l.status <> 'closed' AND l.disposition <> 'file_case' AND "
            "l.next_review_date <= ?), "
            "(SELECT count(*) FROM lead l WHERE %1 AND l.status = 'disposed' AND l.disposition = 'hold' AND "
            "l.next_review_date <= ?), "
            "(SELECT count(*) FROM transfer_out WHERE feedback_received IS NULL AND feedback_due < ?), "
            "(SELECT count(*) FROM follow_up_task WHERE done_at IS NULL AND due_date < ?)")
            .arg(visible),
        values);
    if (!query.ok())
        return query.error();
    IntakeCounters counters;
    if (query->next()) {
        counters.newReports = query->value(0).toInt();
        counters.leadsDueForReview = query->value(1).toInt();
        counters.heldLeadsDue = query->value(2).toInt();
        counters.overdueTransfers = query->value(3).toInt();
        counters.overdueFollowUps = query->value(4).toInt();
    }
    return counters;
}

Result<CaseCounters> caseCounters(access::Session& session, const QDate& today)
{
    QF_TRY(session.require(access::Permission::ViewDashboard));
    return caseCountersWithin(session.database(), session.user().roles, session.user().id, today);
}

Result<CaseCounters> caseCountersWithin(const QSqlDatabase& db, const QList<access::Role>& roles, qint64 userId,
                                        const QDate& today)
{
    CaseCounters counters;
    // Every figure counts only the cases this user may see, as the case list shows them.
    const bool seeAll = std::any_of(roles.cbegin(), roles.cend(), [](access::Role role) {
        return access::roleHasPermission(role, access::Permission::ViewAllConfidential);
    });
    const access::RecordVisibility visibility{userId, seeAll};
    auto byStage = cases::CaseRepository(db).countByStage(visibility);
    if (!byStage.ok())
        return byStage.error();
    counters.byStage = byStage.value();
    const QString day = today.toString(Qt::ISODate);
    QVariantList visibleValues;
    const QString visible = visibility.caseCondition(QStringLiteral("c"), visibleValues);
    const QVariantList values =
        visibleValues + QVariantList{day} + visibleValues + QVariantList{today.addDays(14).toString(Qt::ISODate)};
    auto query = storage::runQuery(
        db,
        QStringLiteral("SELECT (SELECT count(*) FROM deadline d JOIN case_file c ON c.id = d.case_id WHERE %1 AND "
                       "d.met_on IS NULL AND coalesce(d.extended_to, d.due_on) < ?), (SELECT count(*) FROM "
                       "supervision s JOIN case_file c ON c.id = s.case_id WHERE %1 AND s.ended_on IS NULL AND "
                       "s.due_on <= ?)")
            .arg(visible),
        values);
    if (!query.ok())
        return query.error();
    if (query->next()) {
        counters.overdueDeadlines = query->value(0).toInt();
        counters.supervisedDueSoon = query->value(1).toInt();
    }
    auto pending = workflow::CaseWorkflow::pendingCountWithin(db, roles, userId);
    if (!pending.ok())
        return pending.error();
    counters.pendingApprovals = pending.value();
    return counters;
}

} // namespace qf::reporting
