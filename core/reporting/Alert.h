#pragma once

#include "reporting/Statistics.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace qf::reporting {

// One thing that is due or overdue, and the record it belongs to.
struct Alert
{
    QString source;      // the alert source's id: deadline, supervision, transfer, appeal, follow_up, ...
    QString sourceTitle; // translated
    QString what;        // what is due, e.g. the deadline's stage or the agency awaited
    QDate dueOn;
    RecordKind kind = RecordKind::Case;
    QString recordUid;
    QString recordNumber;

    // Days from `today` to the due date: negative when overdue, 0 when due today.
    qint64 daysLeft(const QDate& today) const { return today.daysTo(dueOn); }
    bool overdue(const QDate& today) const { return dueOn < today; }
};

// What an alert run covers: everything overdue, and what falls due within `horizonDays` of `today`; of each source
// the `limitPerSource` most urgent alerts.
struct AlertQuery
{
    QDate today;
    int horizonDays = 14;
    qint64 userId = 0;
    bool seeAll = false;
    int limitPerSource = 500;

    access::RecordVisibility visibility() const { return {userId, seeAll}; }
    QDate horizon() const { return today.addDays(horizonDays); }
    // One more than the limit, so a source can tell that it was cut short.
    int fetchLimit() const { return limitPerSource + 1; }
};

// The alerts of one run, soonest first, and the sources that had more than the limit.
struct AlertList
{
    QList<Alert> alerts;
    QStringList cutShort; // source titles
};

} // namespace qf::reporting
