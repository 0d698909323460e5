#pragma once

#include "access/RecordVisibility.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace qf::reporting {

// The kind of record a figure counts, so a figure can open the records behind it.
enum class RecordKind
{
    Report,
    Lead,
    Case,
    IntegrityRequest, // an organization department's request for integrity opinions (alerts only)
};
QString recordKindKey(RecordKind kind);

enum class ChartKind
{
    Bar,
    Pie,
    Line,
};

enum class ValueFormat
{
    Count,
    Percent,
    Amount, // yuan, two decimals
};
QString formatValue(double value, ValueFormat format);

// A closed range of calendar days; both ends count.
struct DateRange
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // The first day after the range, for half-open comparisons on timestamps.
    QDate end() const { return to.addDays(1); }
    // The first day of every month the range touches.
    QList<QDate> months() const;
};

struct StatisticColumn
{
    QString title;
    ValueFormat format = ValueFormat::Count;
    std::optional<RecordKind> records; // what a figure in this column counts; none: not a count of records
};

struct StatisticRow
{
    QString key; // category code, stage id, month (yyyy-MM) or user login
    QString label;
    QList<double> values; // one per column
};

// One statistical table: what a chart shows and what the printed form and the CSV file list.
struct StatisticTable
{
    QString id;
    QString title;
    ChartKind chart = ChartKind::Bar;
    QList<StatisticColumn> columns;
    QList<StatisticRow> rows;

    double total(int column) const;
    bool hasTotals() const; // every column is a count or an amount
};

// What one statistics run covers. `today` decides what is overdue; the user and `seeAll` decide which
// confidential records a drill-down may list.
struct StatisticsQuery
{
    DateRange range;
    QDate today;
    qint64 userId = 0;
    bool seeAll = false;
    int recordLimit = 2000;

    access::RecordVisibility visibility() const { return {userId, seeAll}; }
};

// A figure in a table: the row and column a user clicked.
struct Figure
{
    QString tableId;
    QString rowKey;
    int column = 0;
};

// One record behind a figure, as the drill-down list shows it.
struct RecordRef
{
    RecordKind kind = RecordKind::Report;
    QString uid;
    QString number;
    QDate date;
    QString label;
    QString state;
};

} // namespace qf::reporting
