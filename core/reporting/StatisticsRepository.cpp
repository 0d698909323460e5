#include "reporting/StatisticsRepository.h"

#include "storage/Sql.h"

#include <QSqlRecord>

namespace qf::reporting {

using storage::runQuery;

namespace {

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// A deadline was overdue if it was met after its (extended) due date, or is still open past it.
constexpr auto kOverdue = "((d.met_on IS NULL AND coalesce(d.extended_to, d.due_on) < ?) OR "
                          "(d.met_on IS NOT NULL AND d.met_on > coalesce(d.extended_to, d.due_on)))";

// The office a case is led from: that of its first lead investigator; empty when there is none or they have no office.
constexpr auto kLeadOffice = "coalesce((SELECT o.office FROM staff_office o WHERE o.user_id = (SELECT t.user_id FROM "
                             "case_team t WHERE t.case_id = c.id AND t.role = 'lead_investigator' ORDER BY t.since, "
                             "t.user_id LIMIT 1)), '')";
constexpr auto kClosedStages = "('closed', 'archived')";

QString leadColumn(const QString& field)
{
    if (field == QLatin1String("source") || field == QLatin1String("sector") || field == QLatin1String("disposition"))
        return QStringLiteral("l.") + field;
    return {};
}

Result<QList<RecordRef>> readRecords(const QSqlDatabase& db, RecordKind kind, const QString& sql,
                                     const QVariantList& values)
{
    auto query = runQuery(db, sql, values);
    if (!query.ok())
        return query.error();
    QList<RecordRef> records;
    while (query->next()) {
        RecordRef record;
        record.kind = kind;
        record.uid = query->value(0).toString();
        record.number = query->value(1).toString();
        record.date = QDate::fromString(query->value(2).toString().left(10), Qt::ISODate);
        record.label = query->value(3).toString();
        record.state = query->value(4).toString();
        records << record;
    }
    return records;
}

} // namespace

Result<QList<GroupCount>> StatisticsRepository::grouped(const QString& sql, const QVariantList& values,
                                                        int keyColumns) const
{
    auto query = runQuery(m_db, sql, values);
    if (!query.ok())
        return query.error();
    const int columns = query->record().count();
    QList<GroupCount> groups;
    while (query->next()) {
        GroupCount group;
        for (int i = 0; i < keyColumns; ++i)
            group.keys << query->value(i).toString();
        for (int i = keyColumns; i < columns; ++i)
            group.counts << query->value(i).toLongLong();
        groups << group;
    }
    return groups;
}

Result<QList<GroupCount>> StatisticsRepository::reportsByChannelAndMonth(const DateRange& range) const
{
    return grouped(QStringLiteral("SELECT channel, substr(received_date, 1, 7), count(*) FROM report WHERE "
                                  "received_date BETWEEN ? AND ? GROUP BY 1, 2"),
                   {day(range.from), day(range.to)}, 2);
}

Result<QList<GroupCount>> StatisticsRepository::leadsByAttributes(const DateRange& range) const
{
    return grouped(QStringLiteral("SELECT source, sector, disposition, substr(created_at, 1, 7), count(*) FROM lead "
                                  "WHERE created_at >= ? AND created_at < ? GROUP BY 1, 2, 3, 4"),
                   {day(range.from), day(range.end())}, 4);
}

Result<QList<GroupCount>> StatisticsRepository::casesByStage(const DateRange& range) const
{
    return grouped(QStringLiteral("SELECT stage, count(*) FROM case_file WHERE created_at >= ? AND created_at < ? "
                                  "GROUP BY 1"),
                   {day(range.from), day(range.end())}, 1);
}

Result<QList<GroupCount>> StatisticsRepository::filedAndClosedByMonth(const DateRange& range) const
{
    return grouped(QStringLiteral("SELECT to_stage, substr(decided_at, 1, 7), count(*) FROM transition_request "
                                  "WHERE status = 'approved' AND to_stage IN ('filed', 'closed') AND decided_at >= ? "
                                  "AND decided_at < ? GROUP BY 1, 2"),
                   {day(range.from), day(range.end())}, 2);
}

Result<QList<GroupCount>> StatisticsRepository::deadlinesByKind(const DateRange& range, const QDate& today) const
{
    return grouped(QStringLiteral("SELECT d.kind, count(*), sum(CASE WHEN %1 THEN 1 ELSE 0 END) FROM deadline d "
                                  "WHERE d.starts_on BETWEEN ? AND ? GROUP BY 1")
                       .arg(QLatin1String(kOverdue)),
                   {day(today), day(range.from), day(range.to)}, 1);
}

Result<QList<GroupCount>> StatisticsRepository::workloadPerInvestigator(const DateRange& range) const
{
    return grouped(
        QStringLiteral("SELECT u.login, u.display_name, count(DISTINCT CASE WHEN t.role = 'lead_investigator' THEN "
                       "c.id END), count(DISTINCT CASE WHEN t.role = 'member' THEN c.id END), count(DISTINCT CASE "
                       "WHEN c.stage NOT IN ('closed', 'archived') THEN c.id END) FROM case_team t JOIN case_file c "
                       "ON c.id = t.case_id JOIN app_user u ON u.id = t.user_id WHERE t.role IN "
                       "('lead_investigator', 'member') AND c.created_at >= ? AND c.created_at < ? GROUP BY u.id "
                       "ORDER BY u.display_name"),
        {day(range.from), day(range.end())}, 2);
}

Result<QList<GroupCount>> StatisticsRepository::workloadPerOffice(const DateRange& range) const
{
    return grouped(QStringLiteral("SELECT %1 AS office, count(*), sum(CASE WHEN c.stage NOT IN %2 THEN 1 ELSE 0 END), "
                                  "sum(CASE WHEN c.stage IN %2 THEN 1 ELSE 0 END) FROM case_file c WHERE c.created_at "
                                  ">= ? AND c.created_at < ? GROUP BY office")
                       .arg(QLatin1String(kLeadOffice), QLatin1String(kClosedStages)),
                   {day(range.from), day(range.end())}, 1);
}

Result<QList<RecordRef>> StatisticsRepository::reports(const DateRange& range, const QString& channel,
                                                       const QString& month, int limit) const
{
    QString sql = QStringLiteral("SELECT uid, '', received_date, substr(summary, 1, 80), screening FROM report "
                                 "WHERE received_date BETWEEN ? AND ?");
    QVariantList values{day(range.from), day(range.to)};
    if (!channel.isEmpty()) {
        sql += QStringLiteral(" AND channel = ?");
        values << channel;
    }
    if (!month.isEmpty()) {
        sql += QStringLiteral(" AND substr(received_date, 1, 7) = ?");
        values << month;
    }
    values << limit;
    return readRecords(m_db, RecordKind::Report, sql + QStringLiteral(" ORDER BY received_date DESC, id DESC LIMIT ?"),
                       values);
}

Result<QList<RecordRef>> StatisticsRepository::leads(const DateRange& range, const QString& field, const QString& value,
                                                     const QString& month, const access::RecordVisibility& visibility,
                                                     int limit) const
{
    QString sql = QStringLiteral("SELECT l.uid, l.number, l.created_at, substr(l.summary, 1, 80), l.status FROM lead l "
                                 "WHERE l.created_at >= ? AND l.created_at < ?");
    QVariantList values{day(range.from), day(range.end())};
    const QString column = leadColumn(field);
    if (!column.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(column);
        values << value;
    }
    if (!month.isEmpty()) {
        sql += QStringLiteral(" AND substr(l.created_at, 1, 7) = ?");
        values << month;
    }
    sql += QStringLiteral(" AND ") + visibility.leadCondition(QStringLiteral("l"), values);
    values << limit;
    return readRecords(m_db, RecordKind::Lead, sql + QStringLiteral(" ORDER BY l.created_at DESC, l.id DESC LIMIT ?"),
                       values);
}

Result<QList<RecordRef>> StatisticsRepository::cases(const DateRange& range, const CaseSelection& selection,
                                                     const QDate& today, const access::RecordVisibility& visibility,
                                                     int limit) const
{
    QString sql = QStringLiteral("SELECT c.uid, c.number, c.created_at, c.title, c.stage FROM case_file c WHERE ");
    QVariantList values;
    const QString createdInRange = QStringLiteral("c.created_at >= ? AND c.created_at < ?");
    const QString onTeam = QStringLiteral(" AND EXISTS (SELECT 1 FROM case_team t JOIN app_user u ON u.id = t.user_id "
                                          "WHERE t.case_id = c.id AND u.login = ? AND t.role %1)");
    switch (selection.by) {
    case CaseSelection::By::Stage:
        sql += createdInRange + QStringLiteral(" AND c.stage = ?");
        values << day(range.from) << day(range.end()) << selection.value;
        break;
    case CaseSelection::By::Transition: {
        sql += QStringLiteral("c.id IN (SELECT r.case_id FROM transition_request r WHERE r.status = 'approved' AND "
                              "r.to_stage = ? AND r.decided_at >= ? AND r.decided_at < ?%1)")
                   .arg(selection.month.isEmpty() ? QString() : QStringLiteral(" AND substr(r.decided_at, 1, 7) = ?"));
        values << selection.value << day(range.from) << day(range.end());
        if (!selection.month.isEmpty())
            values << selection.month;
        break;
    }
    case CaseSelection::By::Deadline:
    case CaseSelection::By::OverdueDeadline:
        sql += QStringLiteral("c.id IN (SELECT d.case_id FROM deadline d WHERE d.kind = ? AND d.starts_on BETWEEN ? "
                              "AND ?%1)")
                   .arg(selection.by == CaseSelection::By::OverdueDeadline ? QStringLiteral(" AND ") + kOverdue
                                                                           : QString());
        values << selection.value << day(range.from) << day(range.to);
        if (selection.by == CaseSelection::By::OverdueDeadline)
            values << day(today);
        break;
    case CaseSelection::By::LeadInvestigator:
        sql += createdInRange + onTeam.arg(QStringLiteral("= 'lead_investigator'"));
        values << day(range.from) << day(range.end()) << selection.value;
        break;
    case CaseSelection::By::Member:
        sql += createdInRange + onTeam.arg(QStringLiteral("= 'member'"));
        values << day(range.from) << day(range.end()) << selection.value;
        break;
    case CaseSelection::By::OpenWorkload:
        sql += createdInRange + onTeam.arg(QStringLiteral("IN ('lead_investigator', 'member')")) +
               QStringLiteral(" AND c.stage NOT IN ('closed', 'archived')");
        values << day(range.from) << day(range.end()) << selection.value;
        break;
    case CaseSelection::By::Office:
    case CaseSelection::By::OfficeOpen:
    case CaseSelection::By::OfficeClosed:
        sql += createdInRange + QStringLiteral(" AND %1 = ?").arg(QLatin1String(kLeadOffice));
        if (selection.by != CaseSelection::By::Office)
            sql += QStringLiteral(" AND c.stage %1 %2")
                       .arg(selection.by == CaseSelection::By::OfficeOpen ? QStringLiteral("NOT IN")
                                                                          : QStringLiteral("IN"),
                            QLatin1String(kClosedStages));
        values << day(range.from) << day(range.end()) << selection.value;
        break;
    }
    sql += QStringLiteral(" AND ") + visibility.caseCondition(QStringLiteral("c"), values);
    values << limit;
    return readRecords(m_db, RecordKind::Case, sql + QStringLiteral(" ORDER BY c.id DESC LIMIT ?"), values);
}

} // namespace qf::reporting
