#pragma once

#include "reporting/StatisticSection.h"

namespace qf::reporting {

// Cases by stage; timeliness (overdue rates per stage); workload per investigator.
StatisticSection casesByStageSection();
StatisticSection timelinessSection();
StatisticSection workloadSection();

} // namespace qf::reporting
