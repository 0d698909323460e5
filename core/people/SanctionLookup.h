#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace qf::people {

// A sanction or organizational measure on record against a person, with the period during which it stands in the way
// of promotion (FORMS.md §7). `effectEndsOn` is the last day of that period.
struct SanctionPeriod
{
    QString term; // the glossary term, e.g. 严重警告 or 诫勉谈话
    bool organizationalMeasure = false;
    QString decisionNumber; // 处分决定文号
    QString caseNumber;
    QDate effectiveOn;
    QDate effectEndsOn;
};

// True while the sanction is in its effect period on `day`: from its effective date to its last day, inclusive.
bool blocksAppointment(const SanctionPeriod& sanction, const QDate& day);
// The last day of an effect period of `months` from `effectiveOn` (a 1-year period from 2025-03-01 ends 2026-02-28).
QDate effectPeriodEnd(const QDate& effectiveOn, int months);

// Where integrity files and opinions read sanctions from. Tests may pass their own; the services default to the
// sanctions module's records (core/sanctions/SanctionPeriodLookup.cpp).
class SanctionLookup
{
public:
    virtual ~SanctionLookup() = default;
    virtual Result<QList<SanctionPeriod>> sanctionsOf(const QSqlDatabase& db, qint64 personId) const = 0;
};

// The lookup the services use unless given another: current, unrevoked sanction decisions in the vault.
const SanctionLookup& defaultSanctionLookup();

} // namespace qf::people
