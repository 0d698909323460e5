#pragma once

#include "common/Result.h"
#include "storage/StatementCache.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlDatabase>

namespace qf::demo {

// The dates a generated vault's records carry. The services stamp what they write with the present moment, so a
// generated vault would hold two years of reports but leads and cases all made today, and the statistics would show
// one day of work. The generator moves the stamps back inside its own transaction: a report is screened and its
// lead registered a few days after the report arrived, a review meeting is held some days after the newest lead it
// decides, a case is opened some days after that meeting, and its stage changes follow. Its own random sequence leaves
// the generated content as the seed makes it; no date is ever later than today.
class DemoTimeline
{
public:
    DemoTimeline(const QSqlDatabase& db, quint32 seed, const QDate& today)
        : m_statements(db), m_random(seed ^ 0x7469u), m_today(today)
    {
    }

    QDate screened(const QDate& received) { return capped(received.addDays(m_random.bounded(5))); }
    // A day within the two years the demo's reports cover.
    QDate withinTwoYears() { return m_today.addDays(-static_cast<qint64>(m_random.bounded(720))); }
    QDate meetingAfter(const QDate& newestLead) { return capped(newestLead.addDays(3 + m_random.bounded(18))); }
    QDate opened(const QDate& decided) { return capped(decided.addDays(1 + m_random.bounded(10))); }

    // The report's screening, and the lead it became if any, on that day.
    Status dateScreening(qint64 reportId, const QString& leadUid, const QDate& day);
    Status dateLead(const QString& leadUid, const QDate& day);
    Status dateCase(qint64 caseId, const QDate& day);
    // The case's approved stage changes spread evenly from the day it was opened; the last one keeps its moment,
    // which is when the case entered the stage it is in, its deadline included.
    Status dateStages(qint64 caseId, const QDate& opened);

private:
    QDate capped(const QDate& day) const { return std::min(day, m_today); }
    // A moment in office hours on that day, as the services write it (UTC, ISO 8601 with milliseconds).
    QString stamp(const QDate& day);
    Status dateLeadAt(const QString& leadUid, const QString& at);
    // Runs one of the few updates the timeline makes, prepared once: the generator makes them for every record.
    Status update(const QString& sql, const QVariantList& values);

    storage::StatementCache m_statements;
    QRandomGenerator m_random;
    QDate m_today;
};

} // namespace qf::demo
