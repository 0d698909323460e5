#pragma once

#include "reporting/StatisticSection.h"

namespace qf::reporting {

// Workload per office: cases created in the period by the office they are led from, still open and closed.
StatisticSection workloadPerOfficeSection();

} // namespace qf::reporting
