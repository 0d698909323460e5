#include "reporting/StatisticsCsv.h"

#include <QCoreApplication>

namespace qf::reporting {

namespace {

QString cell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0)))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

QString line(const QStringList& cells)
{
    QStringList quoted;
    for (const QString& text : cells)
        quoted << cell(text);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

// Numbers without thousands separators or percent signs, so a spreadsheet reads them as numbers.
QString number(double value, ValueFormat format)
{
    return format == ValueFormat::Count ? QString::number(qRound64(value)) : QString::number(value, 'f', 2);
}

} // namespace

QByteArray statisticsCsv(const StatisticsReport& report)
{
    QString text;
    text += line({QCoreApplication::translate("qf::reporting::StatisticsCsv", "Period"),
                  report.range.from.toString(Qt::ISODate), report.range.to.toString(Qt::ISODate)});
    for (const StatisticTable& table : report.tables) {
        text += QStringLiteral("\r\n");
        text += line({table.title});
        QStringList header{QCoreApplication::translate("qf::reporting::StatisticsCsv", "Item")};
        for (const StatisticColumn& column : table.columns)
            header << (column.format == ValueFormat::Percent ? column.title + QStringLiteral(" (%)") : column.title);
        text += line(header);
        for (const StatisticRow& row : table.rows) {
            QStringList cells{row.label};
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                cells << number(row.values.value(i), table.columns.at(i).format);
            text += line(cells);
        }
        if (table.hasTotals() && !table.rows.isEmpty()) {
            QStringList cells{QCoreApplication::translate("qf::reporting::StatisticsCsv", "Total")};
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                cells << number(table.total(int(i)), table.columns.at(i).format);
            text += line(cells);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace qf::reporting
