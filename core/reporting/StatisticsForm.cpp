#include "reporting/StatisticsForm.h"

#include <QCoreApplication>

namespace qf::reporting {

namespace {

// 一、二、… for the section headings (at most 99 sections).
QString chineseOrdinal(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 10)
        return digits.at(n);
    const QString tens = n / 10 == 1 ? QStringLiteral("十") : digits.at(n / 10) + QStringLiteral("十");
    return n % 10 == 0 ? tens : tens + digits.at(n % 10);
}

documents::Table formTable(const StatisticTable& table)
{
    documents::Table form;
    form.columns << documents::TableColumn{QCoreApplication::translate("qf::reporting::StatisticsForm", "Item"), 2.0};
    for (const StatisticColumn& column : table.columns)
        form.columns << documents::TableColumn{column.title, 1.0};
    form.labelColumns = {0};
    for (const StatisticRow& row : table.rows) {
        QStringList cells{row.label};
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            cells << formatValue(row.values.value(i), table.columns.at(i).format);
        form.rows << cells;
    }
    if (table.hasTotals() && !table.rows.isEmpty()) {
        QStringList cells{QCoreApplication::translate("qf::reporting::StatisticsForm", "Total")};
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            cells << formatValue(table.total(int(i)), table.columns.at(i).format);
        form.rows << cells;
    }
    return form;
}

} // namespace

documents::DocumentLayout statisticsForm(const StatisticsReport& report, const QString& organ,
                                         const QString& preparedBy)
{
    documents::DocumentLayout layout;
    layout.kind = documents::LayoutKind::Form;
    layout.organMark = organ;
    layout.title = QCoreApplication::translate("qf::reporting::StatisticsForm", "Statistical table");
    layout.body << documents::Paragraph{
        QCoreApplication::translate("qf::reporting::StatisticsForm", "Period: %1 to %2")
            .arg(documents::chineseDate(report.range.from), documents::chineseDate(report.range.to)),
        0, false, true};
    int number = 0;
    for (const StatisticTable& table : report.tables) {
        layout.body << documents::Paragraph{chineseOrdinal(++number) + QStringLiteral("、") + table.title, 1, true,
                                            false};
        if (table.rows.isEmpty()) {
            layout.body << documents::Paragraph{
                QCoreApplication::translate("qf::reporting::StatisticsForm", "No records in this period."), 0, true,
                false};
            continue;
        }
        layout.body << formTable(table);
    }
    layout.body << documents::Spacer{1};
    layout.body << documents::Paragraph{
        QCoreApplication::translate("qf::reporting::StatisticsForm", "Prepared by: %1    Date: %2")
            .arg(preparedBy, documents::chineseDate(report.today)),
        0, false, false};
    return layout;
}

} // namespace qf::reporting
