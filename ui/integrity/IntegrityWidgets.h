#pragma once

#include <QStringList>
#include <QVariant>

class QPushButton;
class QTableWidget;

namespace qf::ui::integrity {

// The read-only, row-selecting tables and the named buttons the integrity tabs are built from.
QTableWidget* makeTable(const QString& objectName, const QStringList& headers);
QPushButton* makeButton(const QString& text, const QString& objectName);
// Appends a row of cells, each carrying `key` (the record uid) under Qt::UserRole.
void addRow(QTableWidget* table, const QStringList& cells, const QVariant& key = {});

} // namespace qf::ui::integrity
