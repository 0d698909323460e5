#include "audit/AuditLog.h"

#include "storage/Sql.h"

namespace qf::audit {

namespace {

Result<QList<AuditEntry>> readEntries(const QSqlDatabase& db, const QString& condition, const QVariantList& values)
{
    auto rows = storage::runQuery(db,
                                  QStringLiteral("SELECT id, at_utc, actor, action, target_type, target_uid, summary, "
                                                 "prev_hash, hash FROM audit_entry WHERE ") +
                                      condition + QStringLiteral(" ORDER BY id LIMIT ?"),
                                  values);
    if (!rows.ok())
        return rows.error();
    QList<AuditEntry> entries;
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

} // namespace

Result<QList<AuditEntry>> readAuditPage(const QSqlDatabase& db, qint64 afterId, int limit)
{
    return readEntries(db, QStringLiteral("id > ?"), {afterId, qMax(0, limit)});
}

Result<QList<AuditEntry>> readAuditForTarget(const QSqlDatabase& db, const QString& targetType,
                                             const QString& targetUid, int limit)
{
    return readEntries(db, QStringLiteral("target_type = ? AND target_uid = ?"),
                       {targetType, targetUid, qMax(0, limit)});
}

Result<qint64> countAuditEntries(const QSqlDatabase& db)
{
    auto count = storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM audit_entry"));
    if (!count.ok())
        return count.error();
    return count->toLongLong();
}

} // namespace qf::audit
