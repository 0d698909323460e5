#pragma once

#include "audit/AuditEntry.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace qf::audit {

// Read model of the audit trail for viewers: pages in id order, so a view can load lazily.
// Returns up to `limit` entries with an id greater than `afterId`.
Result<QList<AuditEntry>> readAuditPage(const QSqlDatabase& db, qint64 afterId, int limit);
// Every entry about one record (target type "case", "lead", ...), oldest first, at most `limit` of them.
Result<QList<AuditEntry>> readAuditForTarget(const QSqlDatabase& db, const QString& targetType,
                                             const QString& targetUid, int limit = 1000);
// How many entries the trail holds.
Result<qint64> countAuditEntries(const QSqlDatabase& db);

} // namespace qf::audit
