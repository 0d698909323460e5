#include "StatisticChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace qf::ui {

namespace {

const QList<QColor> kPalette{QColor(0x1f, 0x5f, 0xa8), QColor(0xc0, 0x39, 0x2b), QColor(0x27, 0x8e, 0x5b),
                             QColor(0xd6, 0x8a, 0x10), QColor(0x6c, 0x3f, 0x9e), QColor(0x2a, 0x9d, 0xb0),
                             QColor(0x8e, 0x5a, 0x2b), QColor(0x55, 0x55, 0x55), QColor(0xb0, 0x3a, 0x7a),
                             QColor(0x4f, 0x7a, 0x28)};

QStringList rowLabels(const reporting::StatisticTable& table)
{
    QStringList labels;
    for (const reporting::StatisticRow& row : table.rows)
        labels << row.label;
    return labels;
}

// Whole-number ticks from zero for counts.
QValueAxis* valueAxis(double maximum)
{
    auto* axis = new QValueAxis;
    const int top = qMax(1, qCeil(maximum));
    const int step = qMax(1, (top + 4) / 5);
    axis->setRange(0, step * ((top + step - 1) / step));
    axis->setTickCount((top + step - 1) / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

} // namespace

StatisticChartView::StatisticChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
}

QList<int> StatisticChartView::chartedColumns(const reporting::StatisticTable& table)
{
    QList<int> columns;
    for (int i = 0; i < table.columns.size(); ++i)
        if (table.columns.at(i).format != reporting::ValueFormat::Percent)
            columns << i;
    return columns;
}

void StatisticChartView::showTable(const reporting::StatisticTable& table)
{
    QChart* chart = nullptr;
    switch (table.chart) {
    case reporting::ChartKind::Pie:
        chart = pieChart(table);
        break;
    case reporting::ChartKind::Line:
        chart = lineChart(table);
        break;
    case reporting::ChartKind::Bar:
        chart = barChart(table);
        break;
    }
    chart->setTitle(table.title);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

QChart* StatisticChartView::barChart(const reporting::StatisticTable& table)
{
    auto* series = new QBarSeries;
    double maximum = 0;
    const QList<int> columns = chartedColumns(table);
    for (int column : columns) {
        auto* set = new QBarSet(table.columns.at(column).title);
        set->setColor(kPalette.at(series->count() % kPalette.size()));
        for (const reporting::StatisticRow& row : table.rows) {
            *set << row.values.value(column);
            maximum = qMax(maximum, row.values.value(column));
        }
        connect(set, &QBarSet::clicked, this, [this, column](int index) { Q_EMIT figureClicked(index, column); });
        series->append(set);
    }
    series->setLabelsVisible(true);
    QChart* chart = newChart();
    chart->addSeries(series);
    chart->legend()->setVisible(columns.size() > 1);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(rowLabels(table));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis* axisY = valueAxis(maximum);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QChart* StatisticChartView::pieChart(const reporting::StatisticTable& table)
{
    auto* series = new QPieSeries;
    const int column = chartedColumns(table).value(0);
    for (int row = 0; row < table.rows.size(); ++row) {
        const double value = table.rows.at(row).values.value(column);
        if (value <= 0)
            continue;
        QPieSlice* slice = series->append(
            table.rows.at(row).label + u' ' + reporting::formatValue(value, reporting::ValueFormat::Count), value);
        slice->setColor(kPalette.at(row % kPalette.size()));
        connect(slice, &QPieSlice::clicked, this, [this, row, column] { Q_EMIT figureClicked(row, column); });
    }
    series->setLabelsVisible(true);
    QChart* chart = newChart();
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* StatisticChartView::lineChart(const reporting::StatisticTable& table)
{
    QChart* chart = newChart();
    auto* axisX = new QBarCategoryAxis;
    axisX->append(rowLabels(table));
    axisX->setLabelsAngle(-90);
    chart->addAxis(axisX, Qt::AlignBottom);
    double maximum = 0;
    QList<QLineSeries*> lines;
    for (int column : chartedColumns(table)) {
        auto* line = new QLineSeries;
        line->setName(table.columns.at(column).title);
        line->setColor(kPalette.at(lines.size() % kPalette.size()));
        line->setPointsVisible(true);
        for (int row = 0; row < table.rows.size(); ++row) {
            line->append(row, table.rows.at(row).values.value(column));
            maximum = qMax(maximum, table.rows.at(row).values.value(column));
        }
        connect(line, &QLineSeries::clicked, this,
                [this, column](const QPointF& point) { Q_EMIT figureClicked(qRound(point.x()), column); });
        chart->addSeries(line);
        line->attachAxis(axisX);
        lines << line;
    }
    QValueAxis* axisY = valueAxis(maximum);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries* line : lines)
        line->attachAxis(axisY);
    return chart;
}

} // namespace qf::ui
