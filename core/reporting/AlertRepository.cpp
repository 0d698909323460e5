#include "reporting/AlertRepository.h"

#include "storage/Sql.h"

namespace qf::reporting {

namespace {

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<QList<Alert>> AlertRepository::read(const QString& source, RecordKind kind, const QString& sql,
                                           const QVariantList& values) const
{
    auto query = storage::runQuery(m_db, sql, values);
    if (!query.ok())
        return query.error();
    QList<Alert> alerts;
    while (query->next()) {
        Alert alert;
        alert.source = source;
        alert.kind = kind;
        alert.recordUid = query->value(0).toString();
        alert.recordNumber = query->value(1).toString();
        alert.what = query->value(2).toString();
        alert.dueOn = QDate::fromString(query->value(3).toString(), Qt::ISODate);
        alerts << alert;
    }
    return alerts;
}

Result<QList<Alert>> AlertRepository::readVisible(const QString& source, RecordKind kind, const AlertQuery& query,
                                                  QString sql, QVariantList values) const
{
    const access::RecordVisibility visibility = query.visibility();
    sql += QStringLiteral(" AND ") + (kind == RecordKind::Lead ? visibility.leadCondition(QStringLiteral("l"), values)
                                                               : visibility.caseCondition(QStringLiteral("c"), values));
    return read(source, kind, sql + QStringLiteral(" ORDER BY 4 LIMIT ?"), values << query.fetchLimit());
}

Result<QList<Alert>> AlertRepository::stageDeadlines(const AlertQuery& query) const
{
    return readVisible(QStringLiteral("deadline"), RecordKind::Case, query,
                       QStringLiteral("SELECT c.uid, c.number, d.kind, coalesce(d.extended_to, d.due_on) FROM "
                                      "deadline d JOIN case_file c ON c.id = d.case_id WHERE d.met_on IS NULL AND "
                                      "coalesce(d.extended_to, d.due_on) <= ?"),
                       {day(query.horizon())});
}

Result<QList<Alert>> AlertRepository::supervisionDue(const AlertQuery& query) const
{
    return readVisible(QStringLiteral("supervision"), RecordKind::Case, query,
                       QStringLiteral("SELECT c.uid, c.number, s.level, s.due_on FROM supervision s JOIN case_file c "
                                      "ON c.id = s.case_id WHERE s.ended_on IS NULL AND s.due_on <= ?"),
                       {day(query.horizon())});
}

Result<QList<Alert>> AlertRepository::supervisionReports(const AlertQuery& query) const
{
    return readVisible(
        QStringLiteral("supervision"), RecordKind::Case, query,
        QStringLiteral(
            "SELECT uid, number, level, next_report FROM (SELECT c.uid AS uid, c.number AS number, s.level AS level, "
            "date(coalesce((SELECT max(r.reported_on) FROM supervision_report r WHERE r.supervision_id = s.id), "
            "s.started_on), '+' || s.report_every_days || ' days') AS next_report, c.id AS id, c.confidentiality "
            "AS confidentiality FROM supervision s JOIN case_file c ON c.id = s.case_id WHERE s.ended_on IS NULL AND "
            "s.report_every_days > 0) c WHERE next_report <= ?"),
        {day(query.horizon())});
}

Result<QList<Alert>> AlertRepository::transferFeedback(const AlertQuery& query) const
{
    auto fromLeads = readVisible(QStringLiteral("transfer"), RecordKind::Lead, query,
                                 QStringLiteral("SELECT l.uid, l.number, t.agency, t.feedback_due FROM transfer_out t "
                                                "JOIN lead l ON l.id = t.lead_id WHERE t.feedback_received IS NULL "
                                                "AND t.feedback_due <= ?"),
                                 {day(query.horizon())});
    if (!fromLeads.ok())
        return fromLeads;
    auto fromReports =
        read(QStringLiteral("transfer"), RecordKind::Report,
             // A report has no number: its received date names it in the list.
             QStringLiteral("SELECT r.uid, r.received_date, t.agency, t.feedback_due FROM transfer_out t JOIN report r "
                            "ON r.id = t.report_id WHERE t.lead_id IS NULL AND t.feedback_received IS "
                            "NULL AND t.feedback_due <= ? ORDER BY 4 LIMIT ?"),
             {day(query.horizon()), query.fetchLimit()});
    if (!fromReports.ok())
        return fromReports;
    return fromLeads.value() + fromReports.value();
}

Result<QList<Alert>> AlertRepository::appeals(const AlertQuery& query, bool firstAppeals) const
{
    return readVisible(QStringLiteral("appeal"), RecordKind::Case, query,
                       QStringLiteral("SELECT c.uid, c.number, a.appellant, a.due_on FROM appeal a JOIN case_file c "
                                      "ON c.id = a.case_id WHERE a.status = 'lodged' AND a.is_first = ? AND a.due_on "
                                      "<= ?"),
                       {firstAppeals ? 1 : 0, day(query.horizon())});
}

Result<QList<Alert>> AlertRepository::followUps(const AlertQuery& query) const
{
    return readVisible(QStringLiteral("follow_up"), RecordKind::Lead, query,
                       QStringLiteral("SELECT l.uid, l.number, f.description, f.due_date FROM follow_up_task f JOIN "
                                      "lead l ON l.id = f.lead_id WHERE f.done_at IS NULL AND f.due_date <= ?"),
                       {day(query.horizon())});
}

} // namespace qf::reporting
