#include "reporting/StatisticsService.h"

#include "reporting/StatisticSection.h"

#include <QCoreApplication>

namespace qf::reporting {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::reporting::StatisticsService", text);
}

Permission permissionToList(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Report:
        return Permission::ViewReports;
    case RecordKind::Lead:
        return Permission::ViewLeads;
    case RecordKind::Case:
        return Permission::ViewCases;
    case RecordKind::IntegrityRequest:
        return Permission::ViewLeads;
    }
    return Permission::ViewCases;
}

} // namespace

const StatisticTable* StatisticsReport::table(const QString& id) const
{
    for (const StatisticTable& t : tables)
        if (t.id == id)
            return &t;
    return nullptr;
}

Result<StatisticsQuery> StatisticsService::queryFor(const DateRange& range, const QDate& today)
{
    QF_TRY(m_session.require(Permission::ViewDashboard));
    if (!range.isValid())
        return makeError(ErrorCode::Invalid, tr("The statistics period is not valid: choose a start date on or before "
                                                "the end date."));
    StatisticsQuery query;
    query.range = range;
    query.today = today;
    query.userId = m_session.user().id;
    query.seeAll = m_session.can(Permission::ViewAllConfidential);
    return query;
}

Result<StatisticsReport> StatisticsService::compute(const DateRange& range, const QDate& today)
{
    auto query = queryFor(range, today);
    if (!query.ok())
        return query.error();
    return computeWithin(m_session.database(), query.value());
}

Result<QList<RecordRef>> StatisticsService::recordsBehind(const DateRange& range, const Figure& figure,
                                                          const QDate& today)
{
    auto query = queryFor(range, today);
    if (!query.ok())
        return query.error();
    auto records = recordsWithin(m_session.database(), query.value(), figure);
    if (!records.ok())
        return records;
    if (!records->isEmpty())
        QF_TRY(m_session.require(permissionToList(records->first().kind)));
    return records;
}

Status StatisticsService::recordOutput(const StatisticsReport& report, const QString& format)
{
    QF_TRY(m_session.require(Permission::ViewDashboard));
    auto entry = m_session.auditStandalone(
        {QStringLiteral("statistics.") + format, QStringLiteral("statistics"), QStringLiteral("all"),
         tr("statistics for %1 to %2 (%3)")
             .arg(report.range.from.toString(Qt::ISODate), report.range.to.toString(Qt::ISODate), format)});
    if (!entry.ok())
        return entry.error();
    return {};
}

Result<StatisticsReport> StatisticsService::computeWithin(const QSqlDatabase& db, const StatisticsQuery& query)
{
    StatisticsData data(db, query);
    StatisticsReport report{query.range, query.today, {}};
    for (const StatisticSection& section : statisticSections()) {
        auto table = section.table(data);
        if (!table.ok())
            return table.error();
        report.tables << table.value();
    }
    return report;
}

Result<QList<RecordRef>> StatisticsService::recordsWithin(const QSqlDatabase& db, const StatisticsQuery& query,
                                                          const Figure& figure)
{
    for (const StatisticSection& section : statisticSections()) {
        if (section.id != figure.tableId)
            continue;
        if (!section.records)
            return QList<RecordRef>();
        StatisticsData data(db, query);
        return section.records(data, figure.rowKey, figure.column);
    }
    return makeError(ErrorCode::NotFound, tr("There is no statistical table named %1.").arg(figure.tableId));
}

} // namespace qf::reporting
