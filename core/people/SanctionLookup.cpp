#include "people/SanctionLookup.h"

namespace qf::people {

bool blocksAppointment(const SanctionPeriod& sanction, const QDate& day)
{
    return sanction.effectiveOn.isValid() && sanction.effectEndsOn.isValid() && sanction.effectiveOn <= day &&
           day <= sanction.effectEndsOn;
}

QDate effectPeriodEnd(const QDate& effectiveOn, int months)
{
    return effectiveOn.addMonths(months).addDays(-1);
}

} // namespace qf::people
