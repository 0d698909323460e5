#pragma once

#include "leads/ReviewService.h"

#include <QTableWidget>

namespace qf::ui {

// Who attended a review meeting: name, present, dissent, and each member's opinion recorded verbatim.
class AttendeesTableWidget : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PresentColumn,
        DissentColumn,
        OpinionColumn,
        ColumnCount,
    };

    explicit AttendeesTableWidget(QWidget* parent = nullptr);

    void addAttendee(const QString& name = {}, bool present = true);
    void removeCurrentAttendee();
    void setAttendees(const QList<leads::Attendee>& attendees);
    QList<leads::Attendee> attendees() const;
    int presentCount() const;

Q_SIGNALS:
    void attendeesChanged();
};

} // namespace qf::ui
