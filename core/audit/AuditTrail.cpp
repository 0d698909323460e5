#include "audit/AuditTrail.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace qf::audit {

QString nowUtcIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

AuditTrail::AuditTrail(const crypto::SecretBytes& auditKey) : m_mac(auditKey)
{
}

Result<AuditEntry> AuditTrail::append(const QSqlDatabase& db, const QString& actor, const AuditNote& note) const
{
    auto last = storage::runQuery(db, QStringLiteral("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"));
    if (!last.ok())
        return last.error();
    AuditEntry entry;
    entry.prevHash = QByteArray(crypto::kHashBytes, '\0');
    if (last->next()) {
        entry.id = last->value(0).toLongLong();
        entry.prevHash = last->value(1).toByteArray();
    }
    last->finish();
    entry.id += 1;
    entry.atUtc = nowUtcIso();
    entry.actor = actor;
    entry.action = note.action;
    entry.targetType = note.targetType;
    entry.targetUid = note.targetUid;
    entry.summary = note.summary;
    const QByteArray canonical =
        canonicalEntryBytes(entry.id, entry.atUtc.toUtf8(), entry.actor.toUtf8(), entry.action.toUtf8(),
                            entry.targetType.toUtf8(), entry.targetUid.toUtf8(), entry.summary.toUtf8());
    entry.hash = m_mac.compute(entry.prevHash, canonical);
    auto inserted = storage::execute(
        db,
        QStringLiteral("INSERT INTO audit_entry (id, at_utc, actor, action, target_type, target_uid, summary, "
                       "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.id, entry.atUtc, entry.actor, entry.action, entry.targetType, entry.targetUid, entry.summary,
         entry.prevHash, entry.hash});
    if (!inserted.ok())
        return inserted.error();
    return entry;
}

Result<AuditEntry> AuditTrail::appendStandalone(const QSqlDatabase& db, const QString& actor,
                                                const AuditNote& note) const
{
    auto transaction = storage::Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    auto entry = append(db, actor, note);
    if (!entry.ok())
        return entry.error();
    QF_TRY(transaction->commit());
    return entry;
}

Result<AuditHead> AuditTrail::head(const QSqlDatabase& db)
{
    auto last =
        storage::runQuery(db, QStringLiteral("SELECT id, hash, at_utc FROM audit_entry ORDER BY id DESC LIMIT 1"));
    if (!last.ok())
        return last.error();
    AuditHead head;
    if (last->next()) {
        head.count = last->value(0).toLongLong();
        head.lastHash = last->value(1).toByteArray();
        head.lastAtUtc = last->value(2).toString();
    }
    return head;
}

} // namespace qf::audit
