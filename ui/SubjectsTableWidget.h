#pragma once

#include "CategoryList.h"
#include "people/Person.h"

#include <QTableWidget>

class QPushButton;

namespace qf::ui {

// The subjects (被反映人) of a report, typed straight into a table: Tab walks the cells and leaves the table after
// the last one; ID numbers are checked as they are typed.
class SubjectsTableWidget : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        IdNumberColumn,
        UnitColumn,
        PositionColumn,
        CadreLevelColumn,
        ColumnCount,
    };

    explicit SubjectsTableWidget(const CategoryList& cadreLevels, QWidget* parent = nullptr);

    // Appends an empty row and starts typing its name.
    void addSubjectRow();
    void removeCurrentRow();
    // Wires the add and remove buttons under the table and their shortcuts in `window` (Ctrl+N adds a row,
    // Ctrl+Delete removes the current one). The buttons take no focus, so Tab stays in the cells.
    void attachRowButtons(QWidget* window, QPushButton* add, QPushButton* remove);
    // A cell still being edited holds text the table has not seen yet; Ctrl+Enter must not lose it.
    void commitPendingEdit();
    // Rows with a name; rows left empty are ignored.
    QList<people::Person> subjects() const;
    void setSubjects(const QList<people::Person>& subjects);
    // One line per row whose ID number fails its check ("Row 2: ..."), translated.
    QStringList idNumberProblems() const;

Q_SIGNALS:
    void idNumberProblemsChanged(const QStringList& problems);

protected:
    void focusInEvent(QFocusEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void checkRow(int row);
    bool atEdge(bool next) const;
    QString cellText(int row, int column) const;

    CategoryList m_cadreLevels;
};

} // namespace qf::ui
