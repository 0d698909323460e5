#pragma once

#include <QItemSelectionModel>
#include <QList>
#include <QTableView>

namespace qf::ui {

// A table that lists records one per row and is only read: whole rows are selected one at a time, Tab leaves the
// table, and each row is one line of text high plus `rowPadding` pixels.
void setUpRecordTable(QTableView* table, int rowPadding = 10);

// The record behind the selected row of a table that lists `records` in order, or null when no row is selected.
template <typename T> const T* selectedRecord(const QTableView* table, const QList<T>& records)
{
    const int row = table->currentIndex().row();
    if (row < 0 || row >= records.size() || !table->selectionModel()->isRowSelected(row, {}))
        return nullptr;
    return &records.at(row);
}

} // namespace qf::ui
