#include "reporting/TrendStatistics.h"

#include <QCoreApplication>

namespace qf::reporting {

namespace {

enum Column
{
    Reports = 0,
    Leads = 1,
    Filed = 2,
    Closed = 3,
};

} // namespace

StatisticSection monthlyTrendSection()
{
    return {
        QStringLiteral("monthly_trend"),
        [](StatisticsData& data) -> Result<StatisticTable> {
            StatisticTable table{QStringLiteral("monthly_trend"),
                                 QCoreApplication::translate("qf::reporting::TrendStatistics",
                                                             "Trend per month; cases filed versus closed"),
                                 ChartKind::Line,
                                 {{QCoreApplication::translate("qf::reporting::TrendStatistics", "Reports received"),
                                   ValueFormat::Count, RecordKind::Report},
                                  {QCoreApplication::translate("qf::reporting::TrendStatistics", "Leads registered"),
                                   ValueFormat::Count, RecordKind::Lead},
                                  {QCoreApplication::translate("qf::reporting::TrendStatistics", "Cases filed"),
                                   ValueFormat::Count, RecordKind::Case},
                                  {QCoreApplication::translate("qf::reporting::TrendStatistics", "Cases closed"),
                                   ValueFormat::Count, RecordKind::Case}},
                                 {}};
            QHash<QString, qsizetype> rowOfMonth;
            for (const QDate& month : data.query().range.months()) {
                const QString key = month.toString(QStringLiteral("yyyy-MM"));
                rowOfMonth.insert(key, table.rows.size());
                table.rows << StatisticRow{key, key, {0, 0, 0, 0}};
            }
            auto add = [&](const QString& month, Column column, qint64 count) {
                const auto row = rowOfMonth.constFind(month);
                if (row != rowOfMonth.cend())
                    table.rows[*row].values[column] += double(count);
            };
            auto reports = data.reports();
            if (!reports.ok())
                return reports.error();
            for (const GroupCount& group : reports.value())
                add(group.keys.at(1), Reports, group.counts.value(0));
            auto leads = data.leads();
            if (!leads.ok())
                return leads.error();
            for (const GroupCount& group : leads.value())
                add(group.keys.at(3), Leads, group.counts.value(0));
            auto cases = data.filedAndClosed();
            if (!cases.ok())
                return cases.error();
            for (const GroupCount& group : cases.value())
                add(group.keys.at(1), group.keys.at(0) == QLatin1String("filed") ? Filed : Closed,
                    group.counts.value(0));
            return table;
        },
        [](StatisticsData& data, const QString& rowKey, int column) -> Result<QList<RecordRef>> {
            const StatisticsQuery& query = data.query();
            StatisticsRepository repository = data.repository();
            switch (column) {
            case Reports:
                return repository.reports(query.range, {}, rowKey, query.recordLimit);
            case Leads:
                return repository.leads(query.range, {}, {}, rowKey, query.visibility(), query.recordLimit);
            default:
                return repository.cases(query.range,
                                        {CaseSelection::By::Transition,
                                         column == Filed ? QStringLiteral("filed") : QStringLiteral("closed"), rowKey},
                                        query.today, query.visibility(), query.recordLimit);
            }
        }};
}

} // namespace qf::reporting
