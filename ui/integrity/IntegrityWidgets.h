#pragma once

#include <QStringList>
#include <QVariant>

class QPushButton;
class QTableWidget;
class QWidget;

namespace qf::ui::integrity {

// The read-only, row-selecting tables and the named buttons the integrity tabs are built from.
QTableWidget* makeTable(const QString& objectName, const QStringList& headers);
QPushButton* makeButton(const QString& text, const QString& objectName);
// Appends a row of cells, each carrying `key` (the record uid) under Qt::UserRole.
void addRow(QTableWidget* table, const QStringList& cells, const QVariant& key = {});
// The key of the selected row, or an empty string when no row is selected.
QString selectedKey(const QTableWidget* table);
// Selects the row whose key is `key`; false when no row has it.
bool selectKey(QTableWidget* table, const QString& key);
// Lays out a tab: its error banner above the list and the detail of what is chosen in it, split in `orientation`;
// the detail takes the larger share.
void layOutTab(QWidget* tab, QWidget* errorBanner, QWidget* list, QWidget* detail, Qt::Orientation orientation);

} // namespace qf::ui::integrity
