#pragma once

#include "common/Result.h"
#include "people/SanctionLookup.h"
#include "reporting/IntegrityOpinion.h"

#include <QSqlDatabase>

namespace qf::reporting {

struct Match
{
    MatchKind kind = MatchKind::None;
    qint64 personId = 0;
    QList<MatchCandidate> candidates; // when ambiguous
};

// Finds a requested person among the people on record: by a valid ID number first, then by name and unit (among
// people without a different valid ID number when one was given). Several candidates make the match ambiguous.
Result<Match> matchWithin(const QSqlDatabase& db, const RequestedPerson& person);

// The conclusion for a person on record (0: nobody on record, so no reports) on `asOf`.
Result<ComputedConclusion> concludeForPersonWithin(const QSqlDatabase& db, qint64 personId,
                                                   const people::SanctionLookup& sanctions, const QDate& asOf);

} // namespace qf::reporting
