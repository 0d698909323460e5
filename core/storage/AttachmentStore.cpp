#include "storage/AttachmentStore.h"

#include "audit/AuditTrail.h"
#include "crypto/Mac.h"
#include "storage/FileErrors.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

namespace qf::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::storage::AttachmentStore", text);
}

Result<qint64> storeChunk(const QSqlDatabase& db, const QByteArray& chunk)
{
    const QByteArray hash = crypto::sha256(chunk);
    auto existing = querySingleValue(db, QStringLiteral("SELECT id FROM attachment_chunk WHERE sha256 = ?"), {hash});
    if (!existing.ok())
        return existing.error();
    if (!existing->isNull())
        return existing->toLongLong();
    auto inserted = runQuery(db, QStringLiteral("INSERT INTO attachment_chunk (sha256, size, data) VALUES (?, ?, ?)"),
                             {hash, chunk.size(), chunk});
    if (!inserted.ok())
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

// Walks the parts of an attachment in order, handing each chunk to `sink`, with whether it matches its hash when
// `checkEachPart` is set (always "intact" otherwise).
Status walkChunks(const QSqlDatabase& db, qint64 attachmentId, qint64 total, const ByteProgress& progress,
                  const std::function<Status(const QByteArray&, bool intact, qint64 seq)>& sink,
                  bool checkEachPart = true)
{
    auto parts =
        runQuery(db,
                 QStringLiteral("SELECT p.seq, c.sha256, c.data FROM attachment_part p JOIN attachment_chunk c "
                                "ON c.id = p.chunk_id WHERE p.attachment_id = ? ORDER BY p.seq"),
                 {attachmentId});
    if (!parts.ok())
        return parts.error();
    qint64 done = 0;
    while (parts->next()) {
        const QByteArray data = parts->value(2).toByteArray();
        const bool intact =
            !checkEachPart || crypto::constantTimeEquals(crypto::sha256(data), parts->value(1).toByteArray());
        QF_TRY(sink(data, intact, parts->value(0).toLongLong()));
        done += data.size();
        if (progress)
            progress(done, total);
    }
    // A read that failed part-way ends the loop like the last part would: say so, rather than let the short copy
    // pass for a damaged attachment.
    if (parts->lastError().isValid())
        return sqlError(parts.value(), QStringLiteral("reading the parts of an attachment"));
    return {};
}

} // namespace

Result<AttachmentInfo> AttachmentStore::put(QIODevice& input, const QString& name, const QString& mimeType,
                                            qint64 storedBy, const ByteProgress& progress,
                                            const std::atomic_bool* cancel)
{
    if (!input.isReadable())
        return makeError(ErrorCode::Invalid, tr("The file %1 cannot be read.").arg(name));
    const qint64 total = input.isSequential() ? -1 : input.size();
    if (total > kMaxFileBytes)
        return makeError(ErrorCode::Invalid, tr("%1 is larger than 8 GiB.").arg(name));
    AttachmentInfo info;
    info.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.name = name;
    info.mimeType = mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType;
    auto inserted = runQuery(m_db,
                             QStringLiteral("INSERT INTO attachment (uid, sha256, size, name, mime_type, stored_by, "
                                            "stored_at) VALUES (?, randomblob(32), 0, ?, ?, ?, ?)"),
                             {info.uid, info.name, info.mimeType, storedBy, audit::nowUtcIso()});
    if (!inserted.ok())
        return inserted.error();
    info.id = inserted->lastInsertId().toLongLong();
    crypto::Sha256Stream whole;
    qint64 seq = 0;
    while (true) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Failed, tr("Cancelled; nothing was stored."));
        QByteArray chunk(kChunkBytes, Qt::Uninitialized);
        const qint64 got = input.read(chunk.data(), kChunkBytes);
        if (got < 0)
            return makeError(ErrorCode::Failed, tr("Reading %1 failed: %2").arg(name, input.errorString()));
        if (got == 0)
            break;
        chunk.truncate(got);
        info.size += chunk.size();
        if (info.size > kMaxFileBytes)
            return makeError(ErrorCode::Invalid, tr("%1 is larger than 8 GiB.").arg(name));
        whole.add(chunk);
        auto chunkId = storeChunk(m_db, chunk);
        if (!chunkId.ok())
            return chunkId.error();
        QF_TRY(execute(m_db,
                       QStringLiteral("INSERT INTO attachment_part (attachment_id, seq, chunk_id) VALUES (?, ?, ?)"),
                       {info.id, seq++, chunkId.value()}));
        if (progress)
            progress(info.size, total);
    }
    info.sha256 = whole.finish();
    auto same = runQuery(m_db, QStringLiteral("SELECT id, uid, name, mime_type FROM attachment WHERE sha256 = ?"),
                         {info.sha256});
    if (!same.ok())
        return same.error();
    if (same->next()) {
        // The content is already stored: keep that attachment, drop the parts just written (their chunks are shared).
        AttachmentInfo existing = info;
        existing.id = same->value(0).toLongLong();
        existing.uid = same->value(1).toString();
        existing.name = same->value(2).toString();
        existing.mimeType = same->value(3).toString();
        existing.reused = true;
        same->finish();
        QF_TRY(execute(m_db, QStringLiteral("DELETE FROM attachment_part WHERE attachment_id = ?"), {info.id}));
        QF_TRY(execute(m_db, QStringLiteral("DELETE FROM attachment WHERE id = ?"), {info.id}));
        return existing;
    }
    QF_TRY(execute(m_db, QStringLiteral("UPDATE attachment SET sha256 = ?, size = ? WHERE id = ?"),
                   {info.sha256, info.size, info.id}));
    return info;
}

Result<AttachmentInfo> AttachmentStore::info(const QString& uid) const
{
    auto row = runQuery(
        m_db, QStringLiteral("SELECT id, uid, sha256, size, name, mime_type FROM attachment WHERE uid = ?"), {uid});
    if (!row.ok())
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, tr("There is no such attachment."));
    AttachmentInfo info;
    info.id = row->value(0).toLongLong();
    info.uid = row->value(1).toString();
    info.sha256 = row->value(2).toByteArray();
    info.size = row->value(3).toLongLong();
    info.name = row->value(4).toString();
    info.mimeType = row->value(5).toString();
    return info;
}

Status AttachmentStore::read(const QString& uid, QIODevice& output, const ByteProgress& progress, ReadCheck check)
{
    auto found = info(uid);
    if (!found.ok())
        return found.error();
    crypto::Sha256Stream whole;
    QF_TRY(walkChunks(
        m_db, found->id, found->size, progress,
        [&](const QByteArray& data, bool intact, qint64 seq) -> Status {
            if (!intact)
                return makeError(ErrorCode::Damaged,
                                 tr("Part %1 of %2 does not match its hash; the copy was stopped. Run "
                                    "a verification to record the damage.")
                                     .arg(seq + 1)
                                     .arg(found->name));
            whole.add(data);
            if (output.write(data) != data.size())
                return makeError(ErrorCode::Failed,
                                 tr("Writing %1 failed: %2").arg(found->name, fileWriteProblem(output)));
            return {};
        },
        check == ReadCheck::EveryPart));
    if (!crypto::constantTimeEquals(whole.finish(), found->sha256))
        return makeError(ErrorCode::Damaged, tr("%1 does not match its recorded hash.").arg(found->name));
    return {};
}

Result<AttachmentCheck> AttachmentStore::verify(const QString& uid, const QString& checkedBy,
                                                const ByteProgress& progress)
{
    auto outcome = check(uid, progress);
    if (!outcome.ok())
        return outcome.error();
    QF_TRY(recordCheck(uid, checkedBy, outcome.value()));
    return outcome;
}

Result<AttachmentCheck> AttachmentStore::check(const QString& uid, const ByteProgress& progress,
                                               const std::atomic_bool* cancel) const
{
    auto found = info(uid);
    if (!found.ok())
        return found.error();
    crypto::Sha256Stream whole;
    QStringList problems;
    QF_TRY(walkChunks(m_db, found->id, found->size, progress,
                      [&](const QByteArray& data, bool intact, qint64 seq) -> Status {
                          if (cancel && cancel->load())
                              return makeError(ErrorCode::Cancelled, tr("The verification was cancelled."));
                          whole.add(data);
                          if (!intact)
                              problems << tr("part %1 altered").arg(seq + 1);
                          return {};
                      }));
    if (!crypto::constantTimeEquals(whole.finish(), found->sha256))
        problems << tr("file hash differs");
    return AttachmentCheck{problems.isEmpty(), problems.join(QStringLiteral("; "))};
}

Status AttachmentStore::recordCheck(const QString& uid, const QString& checkedBy, const AttachmentCheck& check)
{
    auto found = info(uid);
    if (!found.ok())
        return found.error();
    auto inserted = execute(m_db,
                            QStringLiteral("INSERT INTO attachment_verification (attachment_id, checked_at, "
                                           "checked_by, passed, detail) VALUES (?, ?, ?, ?, ?)"),
                            {found->id, audit::nowUtcIso(), checkedBy, check.passed ? 1 : 0, check.detail});
    if (!inserted.ok())
        return inserted.error();
    return {};
}

Result<bool> AttachmentStore::everFailed(const QString& uid) const
{
    auto failed = querySingleValue(m_db,
                                   QStringLiteral("SELECT count(*) FROM attachment_verification v JOIN attachment a ON "
                                                  "a.id = v.attachment_id WHERE a.uid = ? AND v.passed = 0"),
                                   {uid});
    if (!failed.ok())
        return failed.error();
    return failed->toInt() > 0;
}

} // namespace qf::storage
