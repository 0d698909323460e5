#include "reporting/OfficeStatistics.h"

#include "storage/CategoryRepository.h"

#include <QCoreApplication>

namespace qf::reporting {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::reporting::OfficeStatistics", text);
}

// Every office of the list in its order (zeros included), then any other office found, then the cases led from none.
QList<StatisticRow> officeRows(const QList<storage::Category>& offices, const QList<GroupCount>& groups)
{
    QHash<QString, QList<qint64>> countsByOffice;
    for (const GroupCount& group : groups)
        countsByOffice.insert(group.keys.at(0), group.counts);
    QList<StatisticRow> rows;
    auto addRow = [&](const QString& office, const QString& label) {
        StatisticRow row{office, label, {}};
        for (qint64 count : countsByOffice.take(office))
            row.values << double(count);
        while (row.values.size() < 3)
            row.values << 0.0;
        rows << row;
    };
    for (const storage::Category& office : offices)
        addRow(office.code, office.label);
    const bool ledFromNone = countsByOffice.contains(QString());
    QStringList unlisted = countsByOffice.keys();
    unlisted.removeAll(QString());
    unlisted.sort();
    for (const QString& office : unlisted)
        addRow(office, office);
    if (ledFromNone)
        addRow(QString(), tr("No office"));
    return rows;
}

} // namespace

StatisticSection workloadPerOfficeSection()
{
    return {QStringLiteral("workload_per_office"),
            [](StatisticsData& data) -> Result<StatisticTable> {
                auto groups = data.repository().workloadPerOffice(data.query().range);
                if (!groups.ok())
                    return groups.error();
                auto offices = storage::categories(data.db(), QStringLiteral("office"));
                if (!offices.ok())
                    return offices.error();
                return StatisticTable{QStringLiteral("workload_per_office"),
                                      tr("Workload per office"),
                                      ChartKind::Bar,
                                      {{tr("Cases led"), ValueFormat::Count, RecordKind::Case},
                                       {tr("Still open"), ValueFormat::Count, RecordKind::Case},
                                       {tr("Closed"), ValueFormat::Count, RecordKind::Case}},
                                      officeRows(offices.value(), groups.value())};
            },
            [](StatisticsData& data, const QString& rowKey, int column) {
                const CaseSelection::By by = column == 0   ? CaseSelection::By::Office
                                             : column == 1 ? CaseSelection::By::OfficeOpen
                                                           : CaseSelection::By::OfficeClosed;
                const StatisticsQuery& query = data.query();
                return data.repository().cases(query.range, {by, rowKey, {}}, query.today, query.visibility(),
                                               query.recordLimit);
            }};
}

} // namespace qf::reporting
