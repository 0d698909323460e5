#include "reporting/IntakeStatistics.h"

#include "intake/Report.h"
#include "leads/Lead.h"
#include "storage/CategoryRepository.h"

#include <QCoreApplication>

namespace qf::reporting {

namespace {

StatisticColumn reportsColumn()
{
    return {QCoreApplication::translate("qf::reporting::IntakeStatistics", "Reports"), ValueFormat::Count,
            RecordKind::Report};
}

StatisticColumn leadsColumn()
{
    return {QCoreApplication::translate("qf::reporting::IntakeStatistics", "Leads"), ValueFormat::Count,
            RecordKind::Lead};
}

// Lead attribute columns in StatisticsRepository::leadsByAttributes.
enum LeadKey
{
    Source = 0,
    Sector = 1,
    DispositionKey = 2,
};

Result<QHash<QString, qint64>> leadCounts(StatisticsData& data, LeadKey key)
{
    auto groups = data.leads();
    if (!groups.ok())
        return groups.error();
    QHash<QString, qint64> counts;
    for (const GroupCount& group : groups.value())
        counts[group.keys.at(key)] += group.counts.value(0);
    return counts;
}

Result<QList<QPair<QString, QString>>> categoryLabels(const QSqlDatabase& db, const QString& kind)
{
    auto categories = storage::categories(db, kind);
    if (!categories.ok())
        return categories.error();
    QList<QPair<QString, QString>> labels;
    for (const storage::Category& category : categories.value())
        labels.append({category.code, category.label});
    return labels;
}

Result<StatisticTable> leadsByCategory(StatisticsData& data, const QString& id, const QString& title, LeadKey key,
                                       const QString& categoryKind)
{
    auto counts = leadCounts(data, key);
    if (!counts.ok())
        return counts.error();
    auto labels = categoryLabels(data.db(), categoryKind);
    if (!labels.ok())
        return labels.error();
    return countTable(id, title, ChartKind::Bar, leadsColumn(), labels.value(), counts.value());
}

auto leadRecords(const QString& field)
{
    return [field](StatisticsData& data, const QString& rowKey, int) {
        const StatisticsQuery& query = data.query();
        return data.repository().leads(query.range, field, rowKey, {}, query.visibility(), query.recordLimit);
    };
}

} // namespace

StatisticSection reportsByChannelSection()
{
    return {QStringLiteral("reports_by_channel"),
            [](StatisticsData& data) -> Result<StatisticTable> {
                auto groups = data.reports();
                if (!groups.ok())
                    return groups.error();
                QHash<QString, qint64> counts;
                for (const GroupCount& group : groups.value())
                    counts[group.keys.at(0)] += group.counts.value(0);
                QList<QPair<QString, QString>> labels;
                for (intake::Channel channel : intake::allChannels())
                    labels.append({intake::channelKey(channel), intake::channelDisplayName(channel)});
                return countTable(QStringLiteral("reports_by_channel"),
                                  QCoreApplication::translate("qf::reporting::IntakeStatistics", "Reports by channel"),
                                  ChartKind::Pie, reportsColumn(), labels, counts);
            },
            [](StatisticsData& data, const QString& rowKey, int) {
                return data.repository().reports(data.query().range, rowKey, {}, data.query().recordLimit);
            }};
}

StatisticSection leadsBySourceSection()
{
    return {QStringLiteral("leads_by_source"),
            [](StatisticsData& data) {
                return leadsByCategory(
                    data, QStringLiteral("leads_by_source"),
                    QCoreApplication::translate("qf::reporting::IntakeStatistics", "Leads by source"), Source,
                    QStringLiteral("lead_source"));
            },
            leadRecords(QStringLiteral("source"))};
}

StatisticSection leadsBySectorSection()
{
    return {QStringLiteral("leads_by_sector"),
            [](StatisticsData& data) {
                return leadsByCategory(
                    data, QStringLiteral("leads_by_sector"),
                    QCoreApplication::translate("qf::reporting::IntakeStatistics", "Leads by sector"), Sector,
                    QStringLiteral("sector"));
            },
            leadRecords(QStringLiteral("sector"))};
}

StatisticSection leadsByDispositionSection()
{
    return {
        QStringLiteral("leads_by_disposition"),
        [](StatisticsData& data) -> Result<StatisticTable> {
            auto counts = leadCounts(data, DispositionKey);
            if (!counts.ok())
                return counts.error();
            QList<QPair<QString, QString>> labels{
                {QString(), QCoreApplication::translate("qf::reporting::IntakeStatistics", "Awaiting disposition")}};
            for (leads::Disposition disposition : leads::allDispositions())
                labels.append({leads::dispositionKey(disposition), leads::dispositionDisplayName(disposition)});
            return countTable(QStringLiteral("leads_by_disposition"),
                              QCoreApplication::translate("qf::reporting::IntakeStatistics", "Leads by disposition"),
                              ChartKind::Pie, leadsColumn(), labels, counts.value());
        },
        leadRecords(QStringLiteral("disposition"))};
}

} // namespace qf::reporting
