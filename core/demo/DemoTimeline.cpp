#include "demo/DemoTimeline.h"

#include "storage/Sql.h"

#include <QDateTime>

namespace qf::demo {

QString DemoTimeline::stamp(const QDate& day)
{
    const QTime time = QTime(8, 30).addSecs(static_cast<int>(m_random.bounded(9 * 3600)));
    const QDateTime moment(day, time);
    const QDateTime now = QDateTime::currentDateTime();
    return std::min(moment, now).toUTC().toString(Qt::ISODateWithMs);
}

Status DemoTimeline::dateScreening(const QSqlDatabase& db, qint64 reportId, const QString& leadUid, const QDate& day)
{
    const QString at = stamp(day);
    auto report =
        storage::execute(db, QStringLiteral("UPDATE report SET screened_at = ? WHERE id = ?"), {at, reportId});
    if (!report.ok())
        return report.error();
    return leadUid.isEmpty() ? Status() : dateLeadAt(db, leadUid, at);
}

Status DemoTimeline::dateLead(const QSqlDatabase& db, const QString& leadUid, const QDate& day)
{
    return dateLeadAt(db, leadUid, stamp(day));
}

Status DemoTimeline::dateLeadAt(const QSqlDatabase& db, const QString& leadUid, const QString& at)
{
    auto lead = storage::execute(db, QStringLiteral("UPDATE lead SET created_at = ?, updated_at = ? WHERE uid = ?"),
                                 {at, at, leadUid});
    return lead.ok() ? Status() : Status(lead.error());
}

Status DemoTimeline::dateCase(const QSqlDatabase& db, qint64 caseId, const QDate& day)
{
    auto updated =
        storage::execute(db, QStringLiteral("UPDATE case_file SET created_at = ? WHERE id = ?"), {stamp(day), caseId});
    return updated.ok() ? Status() : Status(updated.error());
}

Status DemoTimeline::dateStages(const QSqlDatabase& db, qint64 caseId, const QDate& opened)
{
    auto steps = storage::runQuery(
        db, QStringLiteral("SELECT id FROM transition_request WHERE case_id = ? AND status = 'approved' ORDER BY id"),
        {caseId});
    if (!steps.ok())
        return steps.error();
    QList<qint64> ids;
    while (steps->next())
        ids << steps->value(0).toLongLong();
    const qint64 span = std::max<qint64>(0, opened.daysTo(m_today));
    for (qsizetype i = 0; i + 1 < ids.size(); ++i) {
        const QString at = stamp(opened.addDays(span * (i + 1) / ids.size()));
        auto updated = storage::execute(
            db, QStringLiteral("UPDATE transition_request SET requested_at = ?, decided_at = ? WHERE id = ?"),
            {at, at, ids.at(i)});
        if (!updated.ok())
            return updated.error();
    }
    return {};
}

} // namespace qf::demo
