#include "people/SanctionLookup.h"

namespace qf::people {

namespace {

// Stands in until the sanctions module (core/sanctions) provides a lookup over its records.
class NoSanctionLookup final : public SanctionLookup
{
public:
    Result<QList<SanctionPeriod>> sanctionsOf(const QSqlDatabase&, qint64) const override
    {
        return QList<SanctionPeriod>{};
    }
};

} // namespace

bool blocksAppointment(const SanctionPeriod& sanction, const QDate& day)
{
    return sanction.effectiveOn.isValid() && sanction.effectEndsOn.isValid() && sanction.effectiveOn <= day &&
           day <= sanction.effectEndsOn;
}

QDate effectPeriodEnd(const QDate& effectiveOn, int months)
{
    return effectiveOn.addMonths(months).addDays(-1);
}

const SanctionLookup& defaultSanctionLookup()
{
    static const NoSanctionLookup none;
    return none;
}

} // namespace qf::people
