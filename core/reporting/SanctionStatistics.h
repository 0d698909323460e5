#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "sanctions/Sanction.h"

#include <QDate>
#include <QSqlDatabase>

namespace qf::reporting {

// How many decisions of one kind took effect for people of one cadre level.
struct SanctionCount
{
    sanctions::SanctionKind kind = sanctions::SanctionKind::PartyWarning;
    QString cadreLevel; // category code, kind 'cadre_level'; empty when not recorded
    int count = 0;
};

// The total recovered in one currency.
struct RecoveredTotal
{
    QString currency;
    qint64 amountCents = 0;
    int recoveries = 0;
};

// Sanction and recovery statistics over an inclusive date range. A decision counts once, in its current
// version, by its effective date; revoked decisions do not count. Recoveries count by the date recovered.
Result<QList<SanctionCount>> sanctionsByKindAndLevel(access::Session& session, const QDate& from, const QDate& to);
Result<QList<SanctionCount>> sanctionsByKindAndLevelWithin(const QSqlDatabase& db, const QDate& from, const QDate& to);
Result<QList<RecoveredTotal>> amountsRecovered(access::Session& session, const QDate& from, const QDate& to);
Result<QList<RecoveredTotal>> amountsRecoveredWithin(const QSqlDatabase& db, const QDate& from, const QDate& to);

} // namespace qf::reporting
