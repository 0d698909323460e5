#include "reporting/SanctionSections.h"

#include "reporting/SanctionStatistics.h"
#include "storage/CategoryRepository.h"

#include <QCoreApplication>

namespace qf::reporting {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::reporting::SanctionSections", text);
}

StatisticColumn decisionsColumn()
{
    return {tr("Decisions"), ValueFormat::Count, std::nullopt};
}

// Decisions that took effect in the range, counted by `keyOf` (the kind, or the cadre level).
Result<QHash<QString, qint64>> countDecisions(StatisticsData& data,
                                              const std::function<QString(const SanctionCount&)>& keyOf)
{
    auto counts = sanctionsByKindAndLevelWithin(data.db(), data.query().range.from, data.query().range.to);
    if (!counts.ok())
        return counts.error();
    QHash<QString, qint64> byKey;
    for (const SanctionCount& count : counts.value())
        byKey[keyOf(count)] += count.count;
    return byKey;
}

} // namespace

StatisticSection sanctionsByKindSection()
{
    return {QStringLiteral("sanctions_by_kind"),
            [](StatisticsData& data) -> Result<StatisticTable> {
                auto counts =
                    countDecisions(data, [](const SanctionCount& c) { return sanctions::sanctionKey(c.kind); });
                if (!counts.ok())
                    return counts.error();
                QList<QPair<QString, QString>> labels;
                for (sanctions::SanctionKind kind : sanctions::allSanctionKinds())
                    labels.append({sanctions::sanctionKey(kind), sanctions::sanctionDisplayName(kind)});
                return countTable(QStringLiteral("sanctions_by_kind"), tr("Sanctions by kind"), ChartKind::Bar,
                                  decisionsColumn(), labels, counts.value());
            },
            {}};
}

StatisticSection sanctionsByCadreLevelSection()
{
    return {QStringLiteral("sanctions_by_cadre_level"),
            [](StatisticsData& data) -> Result<StatisticTable> {
                auto counts = countDecisions(data, [](const SanctionCount& c) { return c.cadreLevel; });
                if (!counts.ok())
                    return counts.error();
                auto levels = storage::categories(data.db(), QStringLiteral("cadre_level"));
                if (!levels.ok())
                    return levels.error();
                QList<QPair<QString, QString>> labels;
                for (const storage::Category& level : levels.value())
                    labels.append({level.code, level.label});
                labels.append({QString(), tr("Not recorded")});
                return countTable(QStringLiteral("sanctions_by_cadre_level"), tr("Sanctions by cadre level"),
                                  ChartKind::Pie, decisionsColumn(), labels, counts.value());
            },
            {}};
}

StatisticSection amountsRecoveredSection()
{
    return {QStringLiteral("amounts_recovered"),
            [](StatisticsData& data) -> Result<StatisticTable> {
                auto totals = amountsRecoveredWithin(data.db(), data.query().range.from, data.query().range.to);
                if (!totals.ok())
                    return totals.error();
                StatisticTable table;
                table.id = QStringLiteral("amounts_recovered");
                table.title = tr("Amounts recovered");
                table.chart = ChartKind::Bar;
                table.columns = {{tr("Amount recovered"), ValueFormat::Amount, std::nullopt},
                                 {tr("Recoveries"), ValueFormat::Count, std::nullopt}};
                for (const RecoveredTotal& total : totals.value())
                    table.rows.append(
                        {total.currency,
                         total.currency,
                         {static_cast<double>(total.amountCents) / 100.0, static_cast<double>(total.recoveries)}});
                if (table.rows.isEmpty()) // nothing recovered yet: the office's own currency, at zero
                    table.rows.append({QStringLiteral("CNY"), QStringLiteral("CNY"), {0.0, 0.0}});
                return table;
            },
            {}};
}

} // namespace qf::reporting
