#include "StatisticChartView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <algorithm>

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

// Bars run across, one row of the table per line with its whole label on the left, so long category names (国有企业,
// 第一纪检监察室) stay readable; the first row of the table is the top line.
QChart* StatisticChartView::barChart(const reporting::StatisticTable& table)
{
    auto* series = new QHorizontalBarSeries;
    double maximum = 0;
    const QList<int> columns = chartedColumns(table);
    const qsizetype rows = table.rows.size();
    for (int column : columns) {
        auto* set = new QBarSet(table.columns.at(column).title);
        set->setColor(kPalette.at(series->count() % kPalette.size()));
        for (qsizetype line = rows - 1; line >= 0; --line) {
            const double value = table.rows.at(line).values.value(column);
            *set << value;
            maximum = qMax(maximum, value);
        }
        connect(set, &QBarSet::clicked, this,
                [this, column, rows](int index) { Q_EMIT figureClicked(int(rows - 1 - index), column); });
        series->append(set);
    }
    series->setLabelsVisible(true);
    QChart* chart = newChart();
    chart->addSeries(series);
    chart->legend()->setVisible(columns.size() > 1);
    QStringList labels = rowLabels(table);
    std::reverse(labels.begin(), labels.end());
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false); // the axis takes the width its longest label needs
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis* values = valueAxis(maximum);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
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
    // Rows keyed by month (yyyy-MM) are placed on a time axis, which labels only a few ticks; other rows on a
    // category axis.
    QList<qreal> xs;
    for (const reporting::StatisticRow& row : table.rows) {
        const QDate month = QDate::fromString(row.key + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid()) {
            xs.clear();
            break;
        }
        xs << qreal(month.startOfDay().toMSecsSinceEpoch());
    }
    const bool monthly = !xs.isEmpty();
    QChart* chart = newChart();
    QAbstractAxis* axisX = nullptr;
    if (monthly) {
        auto* time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("yyyy-MM"));
        time->setTickCount(qBound(2, int(xs.size()), 7));
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xs.first())),
                       QDateTime::fromMSecsSinceEpoch(qint64(xs.last())));
        axisX = time;
    } else {
        auto* categories = new QBarCategoryAxis;
        categories->append(rowLabels(table));
        axisX = categories;
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    double maximum = 0;
    QList<QLineSeries*> lines;
    for (int column : chartedColumns(table)) {
        auto* line = new QLineSeries;
        line->setName(table.columns.at(column).title);
        line->setColor(kPalette.at(lines.size() % kPalette.size()));
        line->setPointsVisible(true);
        for (int row = 0; row < table.rows.size(); ++row) {
            line->append(monthly ? xs.at(row) : qreal(row), table.rows.at(row).values.value(column));
            maximum = qMax(maximum, table.rows.at(row).values.value(column));
        }
        connect(line, &QLineSeries::clicked, this, [this, column, xs](const QPointF& point) {
            if (xs.isEmpty()) {
                Q_EMIT figureClicked(qRound(point.x()), column);
                return;
            }
            const auto nearest = std::min_element(xs.cbegin(), xs.cend(), [&point](qreal a, qreal b) {
                return qAbs(a - point.x()) < qAbs(b - point.x());
            });
            Q_EMIT figureClicked(int(nearest - xs.cbegin()), column);
        });
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
