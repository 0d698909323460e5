#include "AttendeesTableWidget.h"

#include <QHeaderView>

namespace qf::ui {

AttendeesTableWidget::AttendeesTableWidget(QWidget* parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("attendeesTableWidget"));
    setHorizontalHeaderLabels({tr("Member"), tr("Present"), tr("Dissent"), tr("Opinion")});
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::DoubleClicked);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setSectionResizeMode(OpinionColumn, QHeaderView::Stretch);
    setColumnWidth(NameColumn, 140);
    setColumnWidth(PresentColumn, 80);
    setColumnWidth(DissentColumn, 80);
    connect(this, &QTableWidget::itemChanged, this, &AttendeesTableWidget::attendeesChanged);
}

void AttendeesTableWidget::addAttendee(const QString& name, bool present)
{
    QSignalBlocker blocker(this);
    const int row = rowCount();
    insertRow(row);
    setItem(row, NameColumn, new QTableWidgetItem(name));
    for (int column : {static_cast<int>(PresentColumn), static_cast<int>(DissentColumn)}) {
        auto* check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        check->setCheckState(column == PresentColumn && present ? Qt::Checked : Qt::Unchecked);
        setItem(row, column, check);
    }
    setItem(row, OpinionColumn, new QTableWidgetItem);
    setCurrentCell(row, NameColumn);
    blocker.unblock();
    Q_EMIT attendeesChanged();
}

void AttendeesTableWidget::removeCurrentAttendee()
{
    if (currentRow() < 0)
        return;
    removeRow(currentRow());
    Q_EMIT attendeesChanged();
}

void AttendeesTableWidget::setAttendees(const QList<leads::Attendee>& attendees)
{
    {
        const QSignalBlocker blocker(this);
        setRowCount(0);
    }
    for (const leads::Attendee& attendee : attendees) {
        addAttendee(attendee.name, attendee.present);
        const QSignalBlocker blocker(this);
        item(rowCount() - 1, DissentColumn)->setCheckState(attendee.dissent ? Qt::Checked : Qt::Unchecked);
        item(rowCount() - 1, OpinionColumn)->setText(attendee.opinion);
    }
    Q_EMIT attendeesChanged();
}

QList<leads::Attendee> AttendeesTableWidget::attendees() const
{
    QList<leads::Attendee> result;
    for (int row = 0; row < rowCount(); ++row) {
        leads::Attendee attendee;
        attendee.name = item(row, NameColumn) ? item(row, NameColumn)->text().trimmed() : QString();
        if (attendee.name.isEmpty())
            continue;
        attendee.present = item(row, PresentColumn)->checkState() == Qt::Checked;
        attendee.dissent = item(row, DissentColumn)->checkState() == Qt::Checked;
        attendee.opinion = item(row, OpinionColumn) ? item(row, OpinionColumn)->text().trimmed() : QString();
        result << attendee;
    }
    return result;
}

int AttendeesTableWidget::presentCount() const
{
    int present = 0;
    for (const leads::Attendee& attendee : attendees())
        present += attendee.present ? 1 : 0;
    return present;
}

} // namespace qf::ui
