#pragma once

#include "reporting/StatisticSection.h"

namespace qf::reporting {

// Per month: reports received, leads registered, cases filed and cases closed.
StatisticSection monthlyTrendSection();

} // namespace qf::reporting
