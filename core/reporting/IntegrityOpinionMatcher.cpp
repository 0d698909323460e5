#include "reporting/IntegrityOpinionMatcher.h"

#include "people/IdNumber.h"
#include "people/Masking.h"
#include "people/SubjectHistory.h"
#include "reporting/IntegrityOpinionConclusion.h"
#include "storage/Sql.h"

namespace qf::reporting {

Result<Match> matchWithin(const QSqlDatabase& db, const RequestedPerson& person)
{
    const QString idNumber = people::normaliseIdNumber(person.idNumber);
    const bool validId = !idNumber.isEmpty() && people::checkIdNumber(idNumber).valid;
    if (validId) {
        auto byId = storage::querySingleValue(
            db, QStringLiteral("SELECT id FROM person WHERE id_number = ? AND id_number_valid = 1 ORDER BY id LIMIT 1"),
            {idNumber});
        if (!byId.ok())
            return byId.error();
        if (!byId->isNull())
            return Match{MatchKind::IdNumber, byId->toLongLong(), {}};
    }
    auto byName = storage::runQuery(
        db,
        QStringLiteral("SELECT id, name, id_number, unit, position FROM person WHERE name = ? AND unit = ? AND "
                       "(? = '' OR id_number_valid = 0 OR id_number = ?) ORDER BY id"),
        {person.name.trimmed(), person.unit.trimmed(), idNumber, idNumber});
    if (!byName.ok())
        return byName.error();
    QList<MatchCandidate> candidates;
    while (byName->next())
        candidates << MatchCandidate{byName->value(0).toLongLong(), byName->value(1).toString(),
                                     people::maskIdNumber(byName->value(2).toString()), byName->value(3).toString(),
                                     byName->value(4).toString()};
    if (candidates.isEmpty())
        return Match{};
    if (candidates.size() == 1)
        return Match{MatchKind::NameUnit, candidates.first().personId, {}};
    return Match{MatchKind::Ambiguous, 0, candidates};
}

Result<ComputedConclusion> concludeForPersonWithin(const QSqlDatabase& db, qint64 personId,
                                                   const people::SanctionLookup& sanctions, const QDate& asOf)
{
    if (personId == 0)
        return concludeFrom({}, asOf);
    auto history = people::subjectHistoryWithin(db, personId, sanctions);
    if (!history.ok())
        return history.error();
    return concludeFrom(history.value(), asOf);
}

} // namespace qf::reporting
