#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>

namespace qf::storage {

struct AttachmentInfo
{
    qint64 id = 0;
    QString uid;
    QByteArray sha256;
    qint64 size = 0;
    QString name;
    QString mimeType;
    bool reused = false; // the same content was already in the vault
};

struct AttachmentCheck
{
    bool passed = false;
    QString detail;
};

using ByteProgress = std::function<void(qint64 done, qint64 total)>;

// Files inside the vault: split into 1 MiB chunks addressed by SHA-256 and stored once, streamed in and out so
// a file of any size never sits whole in memory. Decrypted bytes go only where the caller points them. Calls run
// inside the caller's transaction.
class AttachmentStore
{
public:
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    static constexpr qint64 kMaxFileBytes = 8LL * 1024 * 1024 * 1024;

    explicit AttachmentStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<AttachmentInfo> put(QIODevice& input, const QString& name, const QString& mimeType, qint64 storedBy,
                               const ByteProgress& progress = {}, const std::atomic_bool* cancel = nullptr);
    enum class ReadCheck
    {
        EveryPart, // each chunk's hash before it is handed on: a damaged part stops the copy where it is
        WholeFile, // only the file's hash, at the end: for a caller that discards the copy when the read fails
    };
    // Streams the content out and checks it on the way; the read fails if the content is not the one recorded.
    Status read(const QString& uid, QIODevice& output, const ByteProgress& progress = {},
                ReadCheck check = ReadCheck::EveryPart);
    Result<AttachmentInfo> info(const QString& uid) const;
    // Recomputes every hash; a mismatch is recorded permanently. The check itself is recorded either way.
    Result<AttachmentCheck> verify(const QString& uid, const QString& checkedBy, const ByteProgress& progress = {});
    // The two halves of verify: recompute without writing (any connection, any thread; a set `cancel` stops it
    // with ErrorCode::Cancelled), then record the outcome permanently.
    Result<AttachmentCheck> check(const QString& uid, const ByteProgress& progress = {},
                                  const std::atomic_bool* cancel = nullptr) const;
    Status recordCheck(const QString& uid, const QString& checkedBy, const AttachmentCheck& check);
    Result<bool> everFailed(const QString& uid) const;

private:
    QSqlDatabase m_db;
};

} // namespace qf::storage
