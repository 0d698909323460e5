#pragma once

#include "reporting/StatisticsService.h"

#include <QByteArray>

namespace qf::reporting {

// The statistics as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read Chinese): per section a title
// line, a header line, one line per row and a total line. Cells that a spreadsheet would run as a formula are
// quoted with a leading apostrophe.
QByteArray statisticsCsv(const StatisticsReport& report);

} // namespace qf::reporting
