#include "reporting/DashboardCounters.h"

#include "storage/Sql.h"

namespace qf::reporting {

Result<IntakeCounters> intakeCounters(access::Session& session, const QDate& today)
{
    QF_TRY(session.require(access::Permission::ViewDashboard));
    const QString day = today.toString(Qt::ISODate);
    auto query = storage::runQuery(
        session.database(),
        QStringLiteral(
            "SELECT (SELECT count(*) FROM report WHERE screening = 'pending'), "
            "(SELECT count(*) FROM lead WHERE status <> 'closed' AND disposition <> 'file_case' AND next_review_date <= ?), "
            "(SELECT count(*) FROM lead WHERE status = 'disposed' AND disposition = 'hold' AND next_review_date <= ?), "
            "(SELECT count(*) FROM transfer_out WHERE feedback_received IS NULL AND feedback_due < ?), "
            "(SELECT count(*) FROM follow_up_task WHERE done_at IS NULL AND due_date < ?)"),
        {day, day, day, day});
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

} // namespace qf::reporting
