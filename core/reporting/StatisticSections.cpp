#include "reporting/CaseStatistics.h"
#include "reporting/IntakeStatistics.h"
#include "reporting/SanctionSections.h"
#include "reporting/StatisticSection.h"
#include "reporting/TrendStatistics.h"

namespace qf::reporting {

QList<StatisticSection> statisticSections()
{
    return {reportsByChannelSection(), leadsBySourceSection(),
            leadsBySectorSection(),    leadsByDispositionSection(),
            casesByStageSection(),     monthlyTrendSection(),
            timelinessSection(),       workloadSection(),
            sanctionsByKindSection(),  sanctionsByCadreLevelSection(),
            amountsRecoveredSection()};
}

} // namespace qf::reporting
