#include "people/SanctionLookup.h"
#include "sanctions/Sanction.h"
#include "sanctions/SanctionRepository.h"

namespace qf::people {

namespace {

// Integrity files and opinions see each standing decision as the period during which it blocks promotion.
class RecordedSanctionLookup final : public SanctionLookup
{
public:
    Result<QList<SanctionPeriod>> sanctionsOf(const QSqlDatabase& db, qint64 personId) const override
    {
        auto records = sanctions::SanctionRepository(db).standingOf(personId);
        if (!records.ok())
            return records.error();
        QList<SanctionPeriod> periods;
        for (const sanctions::SanctionRecord& record : records.value())
            periods << SanctionPeriod{sanctions::sanctionTerm(record.kind),
                                      sanctions::categoryOf(record.kind) == sanctions::SanctionCategory::Organizational,
                                      record.decisionNumber,
                                      record.caseNumber,
                                      record.effectiveOn,
                                      record.affectsUntil};
        return periods;
    }
};

} // namespace

const SanctionLookup& defaultSanctionLookup()
{
    static const RecordedSanctionLookup recorded;
    return recorded;
}

} // namespace qf::people
