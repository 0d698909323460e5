#include "reporting/CaseStatistics.h"

#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>
#include <QLocale>

namespace qf::reporting {

namespace {

// Every stage of the case workflow with its label in the UI language, in workflow order.
Result<QList<QPair<QString, QString>>> stageLabels(const QSqlDatabase& db, bool timedOnly)
{
    auto definition = workflow::CaseWorkflow::definition(db);
    if (!definition.ok())
        return definition.error();
    QList<QPair<QString, QString>> labels;
    for (const workflow::StageDefinition& stage : definition->stages())
        if (!timedOnly || stage.timeLimitMonths > 0)
            labels.append({stage.id, stage.label(QLocale().name())});
    return labels;
}

Result<QList<RecordRef>> cases(StatisticsData& data, const CaseSelection& selection)
{
    const StatisticsQuery& query = data.query();
    return data.repository().cases(query.range, selection, query.today, query.visibility(), query.recordLimit);
}

} // namespace

StatisticSection casesByStageSection()
{
    return {QStringLiteral("cases_by_stage"),
            [](StatisticsData& data) -> Result<StatisticTable> {
                auto groups = data.repository().casesByStage(data.query().range);
                if (!groups.ok())
                    return groups.error();
                QHash<QString, qint64> counts;
                for (const GroupCount& group : groups.value())
                    counts[group.keys.at(0)] += group.counts.value(0);
                auto labels = stageLabels(data.db(), false);
                if (!labels.ok())
                    return labels.error();
                return countTable(
                    QStringLiteral("cases_by_stage"),
                    QCoreApplication::translate("qf::reporting::CaseStatistics", "Cases opened, by current stage"),
                    ChartKind::Bar,
                    {QCoreApplication::translate("qf::reporting::CaseStatistics", "Cases"), ValueFormat::Count,
                     RecordKind::Case},
                    labels.value(), counts);
            },
            [](StatisticsData& data, const QString& rowKey, int) {
                return cases(data, {CaseSelection::By::Stage, rowKey, {}});
            }};
}

StatisticSection timelinessSection()
{
    return {QStringLiteral("timeliness"),
            [](StatisticsData& data) -> Result<StatisticTable> {
                auto groups = data.repository().deadlinesByKind(data.query().range, data.query().today);
                if (!groups.ok())
                    return groups.error();
                QHash<QString, QPair<qint64, qint64>> byKind;
                for (const GroupCount& group : groups.value())
                    byKind.insert(group.keys.at(0), {group.counts.value(0), group.counts.value(1)});
                auto labels = stageLabels(data.db(), true);
                if (!labels.ok())
                    return labels.error();
                StatisticTable table{
                    QStringLiteral("timeliness"),
                    QCoreApplication::translate("qf::reporting::CaseStatistics", "Timeliness: overdue rate per stage"),
                    ChartKind::Bar,
                    {{QCoreApplication::translate("qf::reporting::CaseStatistics", "Deadlines"), ValueFormat::Count,
                      RecordKind::Case},
                     {QCoreApplication::translate("qf::reporting::CaseStatistics", "Overdue"), ValueFormat::Count,
                      RecordKind::Case},
                     {QCoreApplication::translate("qf::reporting::CaseStatistics", "Overdue rate"),
                      ValueFormat::Percent, std::nullopt}},
                    {}};
                for (const auto& [kind, label] : labels.value()) {
                    const auto [total, overdue] = byKind.value(kind);
                    table.rows << StatisticRow{
                        kind, label, {double(total), double(overdue), total > 0 ? 100.0 * overdue / total : 0.0}};
                }
                return table;
            },
            [](StatisticsData& data, const QString& rowKey, int column) {
                return cases(
                    data, {column == 1 ? CaseSelection::By::OverdueDeadline : CaseSelection::By::Deadline, rowKey, {}});
            }};
}

StatisticSection workloadSection()
{
    return {QStringLiteral("workload"),
            [](StatisticsData& data) -> Result<StatisticTable> {
                auto groups = data.repository().workloadPerInvestigator(data.query().range);
                if (!groups.ok())
                    return groups.error();
                StatisticTable table{
                    QStringLiteral("workload"),
                    QCoreApplication::translate("qf::reporting::CaseStatistics", "Workload per investigator"),
                    ChartKind::Bar,
                    {{QCoreApplication::translate("qf::reporting::CaseStatistics", "Lead investigator"),
                      ValueFormat::Count, RecordKind::Case},
                     {QCoreApplication::translate("qf::reporting::CaseStatistics", "Team member"), ValueFormat::Count,
                      RecordKind::Case},
                     {QCoreApplication::translate("qf::reporting::CaseStatistics", "Still open"), ValueFormat::Count,
                      RecordKind::Case}},
                    {}};
                for (const GroupCount& group : groups.value()) {
                    StatisticRow row{group.keys.at(0), group.keys.at(1), {}};
                    for (qint64 count : group.counts)
                        row.values << double(count);
                    table.rows << row;
                }
                return table;
            },
            [](StatisticsData& data, const QString& rowKey, int column) {
                const CaseSelection::By by = column == 0   ? CaseSelection::By::LeadInvestigator
                                             : column == 1 ? CaseSelection::By::Member
                                                           : CaseSelection::By::OpenWorkload;
                return cases(data, {by, rowKey, {}});
            }};
}

} // namespace qf::reporting
