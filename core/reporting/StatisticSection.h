#pragma once

#include "common/Result.h"
#include "reporting/StatisticsData.h"

#include <functional>

namespace qf::reporting {

// One table of the statistics page. An area adds its statistics by adding a section to statisticSections().
struct StatisticSection
{
    QString id;
    std::function<Result<StatisticTable>(StatisticsData&)> table;
    // The records behind the figure at (row, column); unset when the section's figures open nothing.
    std::function<Result<QList<RecordRef>>(StatisticsData&, const QString& rowKey, int column)> records;
};

// The sections of the statistics page, in the order the page and the printed table show them.
QList<StatisticSection> statisticSections();

// A one-column table of counts per key: every listed key in its order (zeros included), then any other key found.
StatisticTable countTable(const QString& id, const QString& title, ChartKind chart, const StatisticColumn& column,
                          const QList<QPair<QString, QString>>& keyLabels, const QHash<QString, qint64>& counts);

} // namespace qf::reporting
