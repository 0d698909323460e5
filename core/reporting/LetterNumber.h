#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace qf::reporting {

// Issues the next registry number for a letter kind inside the caller's transaction, storing `defaultPattern` as the
// vault's pattern for that kind the first time (an agency can change it in the settings afterwards).
Result<QString> issueLetterNumber(const QSqlDatabase& db, const QString& kind, const QString& defaultPattern,
                                  const QString& targetType, const QString& targetUid, const QString& actor);

} // namespace qf::reporting
