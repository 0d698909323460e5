#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace qf::cases {

// What assigning a staff member to a case runs into: relatives block, weaker ties warn.
struct ConflictReport
{
    QStringList blocks;
    QStringList warnings;
    bool blocked() const { return !blocks.isEmpty(); }
};

// Compares the staff member's declared relationships and recusals with the case's subjects, reporters, witnesses
// and their units. Protected parties are matched inside the vault and never named in the report.
Result<ConflictReport> checkConflicts(const QSqlDatabase& db, qint64 caseId, qint64 userId);

} // namespace qf::cases
