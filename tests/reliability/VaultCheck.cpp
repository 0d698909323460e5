#include "VaultCheck.h"

#include "audit/AuditVerifier.h"
#include "storage/AttachmentStore.h"
#include "storage/Sql.h"

#include <QBuffer>

namespace qf::reliability {

namespace {

qint64 count(const QSqlDatabase& db, const QString& sql, const QVariantList& values, QStringList& problems)
{
    auto value = storage::querySingleValue(db, sql, values);
    if (!value.ok()) {
        problems << QStringLiteral("query failed: %1").arg(value.message());
        return -1;
    }
    return value->toLongLong();
}

void checkCommitted(const QSqlDatabase& db, const Committed& record, VaultCheck& check)
{
    static const QHash<QString, QString> presence = {
        {QStringLiteral("report"), QStringLiteral("SELECT count(*) FROM report WHERE uid = ?")},
        {QStringLiteral("case"), QStringLiteral("SELECT count(*) FROM case_file WHERE uid = ? AND number = ?")},
        {QStringLiteral("stage"), QStringLiteral("SELECT count(*) FROM case_file WHERE uid = ? AND stage = ?")},
        {QStringLiteral("evidence"),
         QStringLiteral("SELECT count(*) FROM evidence_item e JOIN case_file c ON c.id = e.case_id WHERE e.uid = ? "
                        "AND c.uid = ?")},
        {QStringLiteral("attachment"),
         QStringLiteral("SELECT count(*) FROM attachment WHERE uid = ? AND lower(hex(sha256)) = ?")},
        {QStringLiteral("property"),
         QStringLiteral("SELECT count(*) FROM property_item p JOIN case_file c ON c.id = p.case_id WHERE p.uid = ? "
                        "AND c.uid = ?")},
    };
    const QString sql = presence.value(record.kind);
    if (sql.isEmpty()) {
        check.problems << QStringLiteral("unknown record kind in the side log: %1").arg(record.line());
        return;
    }
    QVariantList values{record.uid};
    if (sql.count(u'?') == 2)
        values << record.detail;
    if (count(db, sql, values, check.problems) != 1)
        check.problems << QStringLiteral("committed but missing or changed: %1").arg(record.line());
    else
        ++check.recordsChecked;
}

// A record whose own audit entry is missing was committed without it: the mutation path forbids that.
void checkAuditedRecords(const QSqlDatabase& db, VaultCheck& check)
{
    const QList<QPair<QString, QString>> unaudited = {
        {QStringLiteral("report"), QStringLiteral("SELECT uid FROM report r WHERE NOT EXISTS (SELECT 1 FROM "
                                                  "audit_entry a WHERE a.target_uid = r.uid)")},
        {QStringLiteral("case"), QStringLiteral("SELECT uid FROM case_file c WHERE NOT EXISTS (SELECT 1 FROM "
                                                "audit_entry a WHERE a.target_uid = c.uid)")},
    };
    for (const auto& [kind, sql] : unaudited) {
        auto rows = storage::runQuery(db, sql);
        if (!rows.ok()) {
            check.problems << rows.message();
            continue;
        }
        while (rows->next())
            check.problems << QStringLiteral("%1 %2 has no audit entry").arg(kind, rows->value(0).toString());
    }
    // Evidence, attachments and property are audited against their case: one entry per record.
    const QList<QPair<QString, QString>> perCase = {
        {QStringLiteral("evidence.record"),
         QStringLiteral("SELECT count(*) FROM evidence_item e WHERE e.case_id = c.id")},
        {QStringLiteral("evidence.attach"),
         QStringLiteral("SELECT count(*) FROM evidence_attachment ea JOIN evidence_item e ON e.id = ea.evidence_id "
                        "WHERE e.case_id = c.id")},
        {QStringLiteral("property.register"),
         QStringLiteral("SELECT count(*) FROM property_item p WHERE p.case_id = c.id")},
    };
    for (const auto& [action, rowsOfCase] : perCase) {
        auto mismatched = storage::runQuery(
            db,
            QStringLiteral("SELECT c.uid, (%1), (SELECT count(*) FROM audit_entry a WHERE a.action = ? AND "
                           "a.target_uid = c.uid) FROM case_file c")
                .arg(rowsOfCase),
            {action});
        if (!mismatched.ok()) {
            check.problems << mismatched.message();
            continue;
        }
        while (mismatched->next())
            if (mismatched->value(1).toLongLong() != mismatched->value(2).toLongLong())
                check.problems << QStringLiteral("case %1: %2 records but %3 %4 audit entries")
                                      .arg(mismatched->value(0).toString())
                                      .arg(mismatched->value(1).toLongLong())
                                      .arg(mismatched->value(2).toLongLong())
                                      .arg(action);
    }
}

void checkAttachments(const QSqlDatabase& db, VaultCheck& check, QSet<QString>* alreadyRead)
{
    QStringList uids;
    {
        auto rows = storage::runQuery(db, QStringLiteral("SELECT uid FROM attachment ORDER BY id"));
        if (!rows.ok()) {
            check.problems << rows.message();
            return;
        }
        while (rows->next())
            uids << rows->value(0).toString();
    }
    storage::AttachmentStore store(db);
    for (const QString& uid : std::as_const(uids)) {
        if (!alreadyRead || !alreadyRead->contains(uid)) {
            // Reading checks every chunk's hash and the whole file's hash.
            QBuffer sink;
            sink.open(QIODevice::WriteOnly);
            if (Status read = store.read(uid, sink); !read.ok())
                check.problems << QStringLiteral("attachment %1 is incomplete: %2").arg(uid, read.message());
            else if (alreadyRead)
                alreadyRead->insert(uid);
        }
        // Parts numbered 0..n-1 whose chunks add up to the recorded size.
        auto shape = storage::runQuery(db,
                                       QStringLiteral("SELECT a.size, count(p.seq), coalesce(sum(c.size), 0), "
                                                      "coalesce(max(p.seq), -1) FROM attachment a LEFT JOIN "
                                                      "attachment_part p ON p.attachment_id = a.id LEFT JOIN "
                                                      "attachment_chunk c ON c.id = p.chunk_id WHERE a.uid = ? "
                                                      "GROUP BY a.id"),
                                       {uid});
        if (!shape.ok() || !shape->next()) {
            check.problems << QStringLiteral("attachment %1 cannot be read back").arg(uid);
            continue;
        }
        const qint64 size = shape->value(0).toLongLong();
        const qint64 parts = shape->value(1).toLongLong();
        if (shape->value(2).toLongLong() != size || shape->value(3).toLongLong() != parts - 1 ||
            parts != (size + storage::AttachmentStore::kChunkBytes - 1) / storage::AttachmentStore::kChunkBytes)
            check.problems << QStringLiteral("attachment %1 has %2 parts holding %3 bytes for a size of %4")
                                  .arg(uid)
                                  .arg(parts)
                                  .arg(shape->value(2).toLongLong())
                                  .arg(size);
        if (count(db,
                  QStringLiteral("SELECT count(*) FROM evidence_attachment ea JOIN attachment a ON a.id = "
                                 "ea.attachment_id WHERE a.uid = ?"),
                  {uid}, check.problems) < 1)
            check.problems << QStringLiteral("attachment %1 belongs to no evidence item").arg(uid);
    }
}

void checkAuditChain(const access::Session& session, const QSqlDatabase& db, VaultCheck& check)
{
    auto verified = audit::AuditVerifier(session.vault().auditKey()).verify(db);
    if (!verified.ok()) {
        check.problems << QStringLiteral("audit verification failed: %1").arg(verified.message());
        return;
    }
    if (!verified->intact)
        check.problems
            << QStringLiteral("audit chain broken at entry %1: %2").arg(verified->brokenEntryId).arg(verified->problem);
    check.auditEntries = verified->entriesChecked;
    // Linear: ids run 1..n without gaps and no two entries share a predecessor (a fork).
    const qint64 entries = count(db, QStringLiteral("SELECT count(*) FROM audit_entry"), {}, check.problems);
    const qint64 last = count(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_entry"), {}, check.problems);
    const qint64 predecessors =
        count(db, QStringLiteral("SELECT count(DISTINCT prev_hash) FROM audit_entry"), {}, check.problems);
    if (entries != last || predecessors != entries)
        check.problems << QStringLiteral("audit chain is not linear: %1 entries, last id %2, %3 distinct predecessors")
                              .arg(entries)
                              .arg(last)
                              .arg(predecessors);
}

} // namespace

Result<VaultCheck> checkVault(const QString& vaultPath, const QList<Committed>& committed, QSet<QString>* alreadyRead)
{
    auto admin = login(vaultPath, QStringLiteral("admin"));
    if (!admin.ok())
        return admin.error();
    const QSqlDatabase db = admin.value()->database();
    VaultCheck check;
    auto integrity = storage::querySingleValue(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity.ok() || integrity->toString() != QLatin1String("ok"))
        check.problems
            << QStringLiteral("integrity_check: %1").arg(integrity.ok() ? integrity->toString() : integrity.message());
    checkAuditChain(*admin.value(), db, check);
    for (const Committed& record : committed)
        checkCommitted(db, record, check);
    checkAuditedRecords(db, check);
    checkAttachments(db, check, alreadyRead);
    return check;
}

} // namespace qf::reliability
