#include "CaseTab.h"

#include "ErrorMessages.h"
#include "RecordTable.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace qf::ui {

CaseTab::CaseTab(access::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
}

void CaseTab::setCase(const cases::Case& c)
{
    m_case = c;
    reload();
}

bool CaseTab::showFailure(const Error& error, const QString& title)
{
    ErrorMessages::show(this, title, error);
    return false;
}

bool CaseTab::finish(const Status& status, const QString& title)
{
    if (!status.ok())
        return showFailure(status.error(), title);
    Q_EMIT changed();
    return true;
}

QTableWidget* CaseTab::makeTable(const QStringList& headers, const QString& objectName)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    setUpRecordTable(table);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

void CaseTab::setRow(QTableWidget* table, int row, const QStringList& cells, const QVariant& key)
{
    for (int column = 0; column < cells.size() && column < table->columnCount(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        if (column == 0)
            item->setData(Qt::UserRole, key);
        table->setItem(row, column, item);
    }
}

QString CaseTab::selectedKey(const QTableWidget* table)
{
    const int row = table->currentRow();
    if (row < 0 || !table->selectionModel()->isRowSelected(row, {}))
        return {};
    const QTableWidgetItem* item = table->item(row, 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QPushButton* CaseTab::makeButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    return button;
}

} // namespace qf::ui
