#include "IntegrityWidgets.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui::integrity {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QPushButton* makeButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    return button;
}

void addRow(QTableWidget* table, const QStringList& cells, const QVariant& key)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, key);
        table->setItem(row, c, item);
    }
}

QString selectedKey(const QTableWidget* table)
{
    const auto selected = table->selectionModel()->selectedRows();
    return selected.isEmpty() ? QString() : table->item(selected.first().row(), 0)->data(Qt::UserRole).toString();
}

bool selectKey(QTableWidget* table, const QString& key)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole).toString() == key) {
            table->selectRow(row);
            return true;
        }
    return false;
}

void layOutTab(QWidget* tab, QWidget* errorBanner, QWidget* list, QWidget* detail, Qt::Orientation orientation)
{
    auto* splitter = new QSplitter(orientation);
    splitter->addWidget(list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(errorBanner);
    layout->addWidget(splitter);
}

} // namespace qf::ui::integrity
