#pragma once

#include "documents/DocumentLayout.h"
#include "reporting/StatisticsService.h"

namespace qf::reporting {

// The statistical table (统计表) in the official form layout: one ruled table per section, with totals, ready for
// the GB/T renderer and print preview.
documents::DocumentLayout statisticsForm(const StatisticsReport& report, const QString& organ,
                                         const QString& preparedBy);

} // namespace qf::reporting
