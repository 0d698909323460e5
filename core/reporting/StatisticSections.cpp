#include "reporting/CaseStatistics.h"
#include "reporting/IntakeStatistics.h"
#include "reporting/OfficeStatistics.h"
#include "reporting/SanctionSections.h"
#include "reporting/StatisticSection.h"
#include "reporting/TrendStatistics.h"

namespace qf::reporting {

QList<StatisticSection> statisticSections()
{
    return {reportsByChannelSection(),
            leadsBySourceSection(),
            leadsBySectorSection(),
            leadsByDispositionSection(),
            casesByStageSection(),
            monthlyTrendSection(),
            timelinessSection(),
            workloadSection(),
            workloadPerOfficeSection(),
            sanctionsByKindSection(),
            sanctionsByCadreLevelSection(),
            amountsRecoveredSection()};
}

} // namespace qf::reporting
