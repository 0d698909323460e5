#pragma once

#include "reporting/StatisticSection.h"

namespace qf::reporting {

// The statistics page's sanction tables: decisions by kind and by cadre level, and amounts recovered.
StatisticSection sanctionsByKindSection();
StatisticSection sanctionsByCadreLevelSection();
StatisticSection amountsRecoveredSection();

} // namespace qf::reporting
