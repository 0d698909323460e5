#pragma once

#include "common/Result.h"
#include "people/SanctionLookup.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace qf::people {

// One thing on record about a person: a report, a lead, a case, a sanction or an organizational measure.
struct HistoryItem
{
    enum class Kind
    {
        Report,
        Lead,
        Case,
        Sanction,
        OrganizationalMeasure,
    };
    Kind kind = Kind::Report;
    QDate date;
    QString number;  // lead, case or decision number; empty for reports
    QString summary; // what it was about
    QString state;   // report screening, lead status and disposition, case stage (keys, not translated)
    bool open = false;
    bool countsAsReport = false; // a report, or a lead that did not come from one
};

// Everything on record about a person, oldest first.
struct SubjectHistory
{
    QList<HistoryItem> items;
    QList<SanctionPeriod> sanctions;

    int reportsReceived() const; // reports, plus leads that did not come from a report
};

// Reads a person's history: reports and leads naming them, the cases filed from those leads, and sanctions through
// the lookup. Reads only; callers check permissions.
Result<SubjectHistory> subjectHistoryWithin(const QSqlDatabase& db, qint64 personId, const SanctionLookup& sanctions);

} // namespace qf::people
