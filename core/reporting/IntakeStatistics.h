#pragma once

#include "reporting/StatisticSection.h"

namespace qf::reporting {

// Reports by channel; leads by source, sector and disposition.
StatisticSection reportsByChannelSection();
StatisticSection leadsBySourceSection();
StatisticSection leadsBySectorSection();
StatisticSection leadsByDispositionSection();

} // namespace qf::reporting
