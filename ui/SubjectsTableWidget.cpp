#include "SubjectsTableWidget.h"

#include "CategoryDelegate.h"
#include "people/IdNumber.h"

#include <QFocusEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>

namespace qf::ui {

SubjectsTableWidget::SubjectsTableWidget(const CategoryList& cadreLevels, QWidget* parent)
    : QTableWidget(0, ColumnCount, parent), m_cadreLevels(cadreLevels)
{
    setObjectName(QStringLiteral("subjectsTableWidget"));
    setHorizontalHeaderLabels({tr("Name"), tr("ID number"), tr("Unit"), tr("Position"), tr("Cadre level")});
    setAccessibleName(tr("Subjects"));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::DoubleClicked);
    setTabKeyNavigation(true);
    setItemDelegateForColumn(CadreLevelColumn, new CategoryDelegate(cadreLevels, this));
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    setColumnWidth(NameColumn, 110);
    setColumnWidth(IdNumberColumn, 190);
    setColumnWidth(PositionColumn, 120);
    setColumnWidth(CadreLevelColumn, 110);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == IdNumberColumn)
            checkRow(item->row());
    });
}

void SubjectsTableWidget::addSubjectRow()
{
    const int row = rowCount();
    insertRow(row);
    for (int column = 0; column < ColumnCount; ++column)
        setItem(row, column, new QTableWidgetItem);
    setFocus(Qt::ShortcutFocusReason);
    setCurrentCell(row, NameColumn);
    editItem(item(row, NameColumn));
}

void SubjectsTableWidget::removeCurrentRow()
{
    const int row = currentRow();
    if (row < 0)
        return;
    removeRow(row);
    if (rowCount() > 0)
        setCurrentCell(qMin(row, rowCount() - 1), NameColumn);
    Q_EMIT idNumberProblemsChanged(idNumberProblems());
}

void SubjectsTableWidget::attachRowButtons(QWidget* window, QPushButton* add, QPushButton* remove)
{
    add->setObjectName(QStringLiteral("addSubjectPushButton"));
    add->setToolTip(tr("Add a subject row (Ctrl+N)"));
    add->setFocusPolicy(Qt::ClickFocus);
    remove->setObjectName(QStringLiteral("removeSubjectPushButton"));
    remove->setToolTip(tr("Remove the current subject row (Ctrl+Delete)"));
    remove->setFocusPolicy(Qt::ClickFocus);
    connect(add, &QPushButton::clicked, this, &SubjectsTableWidget::addSubjectRow);
    connect(remove, &QPushButton::clicked, this, &SubjectsTableWidget::removeCurrentRow);
    auto* addKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), window);
    connect(addKeys, &QShortcut::activated, this, &SubjectsTableWidget::addSubjectRow);
    auto* removeKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), window);
    connect(removeKeys, &QShortcut::activated, this, &SubjectsTableWidget::removeCurrentRow);
}

void SubjectsTableWidget::commitPendingEdit()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    QWidget* editor = indexWidget(currentIndex());
    if (!editor)
        return;
    commitData(editor);
    QTableWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
}

QString SubjectsTableWidget::cellText(int row, int column) const
{
    const QTableWidgetItem* cell = item(row, column);
    return cell ? cell->text().trimmed() : QString();
}

QList<people::Person> SubjectsTableWidget::subjects() const
{
    QList<people::Person> result;
    for (int row = 0; row < rowCount(); ++row) {
        people::Person person;
        person.name = cellText(row, NameColumn);
        if (person.name.isEmpty())
            continue;
        person.idNumber = people::normaliseIdNumber(cellText(row, IdNumberColumn));
        person.unit = cellText(row, UnitColumn);
        person.position = cellText(row, PositionColumn);
        const QTableWidgetItem* level = item(row, CadreLevelColumn);
        person.cadreLevel = level ? level->data(Qt::UserRole).toString() : QString();
        result << person;
    }
    return result;
}

void SubjectsTableWidget::setSubjects(const QList<people::Person>& subjects)
{
    setRowCount(0);
    for (const people::Person& person : subjects) {
        const int row = rowCount();
        insertRow(row);
        const QStringList texts{person.name, person.idNumber, person.unit, person.position,
                                person.cadreLevel.isEmpty() ? QString() : m_cadreLevels.label(person.cadreLevel)};
        for (int column = 0; column < ColumnCount; ++column)
            setItem(row, column, new QTableWidgetItem(texts.at(column)));
        item(row, CadreLevelColumn)->setData(Qt::UserRole, person.cadreLevel);
    }
    if (rowCount() == 0) {
        insertRow(0);
        for (int column = 0; column < ColumnCount; ++column)
            setItem(0, column, new QTableWidgetItem);
    }
    setCurrentCell(0, NameColumn);
}

void SubjectsTableWidget::checkRow(int row)
{
    QTableWidgetItem* cell = item(row, IdNumberColumn);
    if (!cell)
        return;
    const QString number = people::normaliseIdNumber(cell->text());
    const bool bad = !number.isEmpty() && !people::checkIdNumber(number).valid;
    {
        const QSignalBlocker blocker(this);
        cell->setData(Qt::BackgroundRole, bad ? QVariant(QColor(0xfd, 0xec, 0xea)) : QVariant());
        cell->setData(Qt::ForegroundRole, bad ? QVariant(QColor(0xb0, 0x1c, 0x1c)) : QVariant());
        cell->setToolTip(bad ? people::checkIdNumber(number).problem : QString());
    }
    Q_EMIT idNumberProblemsChanged(idNumberProblems());
}

QStringList SubjectsTableWidget::idNumberProblems() const
{
    QStringList problems;
    for (int row = 0; row < rowCount(); ++row) {
        const QString number = people::normaliseIdNumber(cellText(row, IdNumberColumn));
        if (number.isEmpty())
            continue;
        const people::IdNumberCheck check = people::checkIdNumber(number);
        if (!check.valid)
            problems << tr("Subject %1 (%2): %3").arg(row + 1).arg(number, check.problem);
    }
    return problems;
}

bool SubjectsTableWidget::atEdge(bool next) const
{
    if (rowCount() == 0)
        return true;
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return true;
    return next ? (current.row() == rowCount() - 1 && current.column() == ColumnCount - 1)
                : (current.row() == 0 && current.column() == 0);
}

void SubjectsTableWidget::focusInEvent(QFocusEvent* event)
{
    QTableWidget::focusInEvent(event);
    // Tabbing in lands in a cell ready to type into, as in the fields before and after the table.
    const bool byTab = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (byTab && state() != QAbstractItemView::EditingState && currentIndex().isValid())
        edit(currentIndex());
}

bool SubjectsTableWidget::focusNextPrevChild(bool next)
{
    // Without this the table keeps Tab forever: Qt wraps from the last cell back to the first.
    if (atEdge(next))
        return QWidget::focusNextPrevChild(next);
    return QTableWidget::focusNextPrevChild(next);
}

void SubjectsTableWidget::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool leaving = (hint == QAbstractItemDelegate::EditNextItem && atEdge(true)) ||
                         (hint == QAbstractItemDelegate::EditPreviousItem && atEdge(false));
    if (!leaving) {
        QTableWidget::closeEditor(editor, hint);
        return;
    }
    QTableWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
    QWidget::focusNextPrevChild(hint == QAbstractItemDelegate::EditNextItem);
}

} // namespace qf::ui
