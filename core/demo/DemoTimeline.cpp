#include "demo/DemoTimeline.h"

#include <QDateTime>

namespace qf::demo {

QString DemoTimeline::stamp(const QDate& day)
{
    const QTime time = QTime(8, 30).addSecs(static_cast<int>(m_random.bounded(9 * 3600)));
    const QDateTime moment(day, time);
    const QDateTime now = QDateTime::currentDateTime();
    return std::min(moment, now).toUTC().toString(Qt::ISODateWithMs);
}

Status DemoTimeline::update(const QString& sql, const QVariantList& values)
{
    auto updated = m_statements.run(sql, values);
    return updated.ok() ? Status() : Status(updated.error());
}

Status DemoTimeline::dateScreening(qint64 reportId, const QString& leadUid, const QDate& day)
{
    const QString at = stamp(day);
    QF_TRY(update(QStringLiteral("UPDATE report SET screened_at = ? WHERE id = ?"), {at, reportId}));
    return leadUid.isEmpty() ? Status() : dateLeadAt(leadUid, at);
}

Status DemoTimeline::dateLead(const QString& leadUid, const QDate& day)
{
    return dateLeadAt(leadUid, stamp(day));
}

Status DemoTimeline::dateLeadAt(const QString& leadUid, const QString& at)
{
    return update(QStringLiteral("UPDATE lead SET created_at = ?, updated_at = ? WHERE uid = ?"), {at, at, leadUid});
}

Status DemoTimeline::dateCase(qint64 caseId, const QDate& day)
{
    return update(QStringLiteral("UPDATE case_file SET created_at = ? WHERE id = ?"), {stamp(day), caseId});
}

Status DemoTimeline::dateStages(qint64 caseId, const QDate& opened)
{
    auto steps = m_statements.run(
        QStringLiteral("SELECT id FROM transition_request WHERE case_id = ? AND status = 'approved' ORDER BY id"),
        {caseId});
    if (!steps.ok())
        return steps.error();
    QList<qint64> ids;
    while ((*steps)->next())
        ids << (*steps)->value(0).toLongLong();
    (*steps)->finish();
    const qint64 span = std::max<qint64>(0, opened.daysTo(m_today));
    for (qsizetype i = 0; i + 1 < ids.size(); ++i) {
        const QString at = stamp(opened.addDays(span * (i + 1) / ids.size()));
        QF_TRY(update(QStringLiteral("UPDATE transition_request SET requested_at = ?, decided_at = ? WHERE id = ?"),
                      {at, at, ids.at(i)}));
    }
    return {};
}

} // namespace qf::demo
