#pragma once

#include "reporting/Statistics.h"

#include <QChartView>

namespace qf::ui {

// Draws one statistical table as its bar, pie or line chart. Clicking a bar, slice or point names the figure
// (row and column of the table) so the page can open the records behind it.
class StatisticChartView : public QChartView
{
    Q_OBJECT

public:
    explicit StatisticChartView(QWidget* parent = nullptr);

    void showTable(const reporting::StatisticTable& table);
    // The table columns the chart draws: counts and amounts, not rates.
    static QList<int> chartedColumns(const reporting::StatisticTable& table);

Q_SIGNALS:
    void figureClicked(int row, int column);

private:
    QChart* barChart(const reporting::StatisticTable& table);
    QChart* pieChart(const reporting::StatisticTable& table);
    QChart* lineChart(const reporting::StatisticTable& table);
};

} // namespace qf::ui
