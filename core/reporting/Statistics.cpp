#include "reporting/Statistics.h"

#include "reporting/StatisticSection.h"

#include <QCoreApplication>
#include <QLocale>

namespace qf::reporting {

QString recordKindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Report:
        return QStringLiteral("report");
    case RecordKind::Lead:
        return QStringLiteral("lead");
    case RecordKind::Case:
        return QStringLiteral("case");
    case RecordKind::IntegrityRequest:
        return QStringLiteral("integrity_request");
    }
    return {};
}

QString formatValue(double value, ValueFormat format)
{
    switch (format) {
    case ValueFormat::Count:
        return QString::number(qRound64(value));
    case ValueFormat::Percent:
        return QString::number(value, 'f', 1) + u'%';
    case ValueFormat::Amount:
        return QString::number(value, 'f', 2);
    }
    return {};
}

QList<QDate> DateRange::months() const
{
    QList<QDate> firstDays;
    if (!isValid())
        return firstDays;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        firstDays << month;
    return firstDays;
}

double StatisticTable::total(int column) const
{
    double sum = 0;
    for (const StatisticRow& row : rows)
        sum += row.values.value(column);
    return sum;
}

bool StatisticTable::hasTotals() const
{
    return std::all_of(columns.cbegin(), columns.cend(),
                       [](const StatisticColumn& column) { return column.format != ValueFormat::Percent; });
}

StatisticTable countTable(const QString& id, const QString& title, ChartKind chart, const StatisticColumn& column,
                          const QList<QPair<QString, QString>>& keyLabels, const QHash<QString, qint64>& counts)
{
    StatisticTable table{id, title, chart, {column}, {}};
    QSet<QString> listed;
    for (const auto& [key, label] : keyLabels) {
        table.rows << StatisticRow{key, label, {double(counts.value(key))}};
        listed.insert(key);
    }
    QStringList others;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!listed.contains(it.key()))
            others << it.key();
    others.sort();
    for (const QString& key : others)
        table.rows << StatisticRow{key, key, {double(counts.value(key))}};
    return table;
}

} // namespace qf::reporting
