#include "audit/AuditLog.h"

#include "storage/Sql.h"

namespace qf::audit {

Result<QList<AuditEntry>> readAuditPage(const QSqlDatabase& db, qint64 afterId, int limit)
{
    auto rows = storage::runQuery(db,
                                  QStringLiteral("SELECT id, at_utc, actor, action, target_type, target_uid, summary, "
                                                 "prev_hash, hash FROM audit_entry WHERE id > ? ORDER BY id LIMIT ?"),
                                  {afterId, qMax(0, limit)});
    if (!rows.ok())
        return rows.error();
    QList<AuditEntry> entries;
    entries.reserve(qMax(0, limit));
    while (rows->next()) {
        AuditEntry entry;
        entry.id = rows->value(0).toLongLong();
        entry.atUtc = rows->value(1).toString();
        entry.actor = rows->value(2).toString();
        entry.action = rows->value(3).toString();
        entry.targetType = rows->value(4).toString();
        entry.targetUid = rows->value(5).toString();
        entry.summary = rows->value(6).toString();
        entry.prevHash = rows->value(7).toByteArray();
        entry.hash = rows->value(8).toByteArray();
        entries.append(std::move(entry));
    }
    return entries;
}

Result<qint64> countAuditEntries(const QSqlDatabase& db)
{
    auto count = storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM audit_entry"));
    if (!count.ok())
        return count.error();
    return count->toLongLong();
}

} // namespace qf::audit
