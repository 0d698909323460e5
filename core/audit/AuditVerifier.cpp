#include "audit/AuditVerifier.h"

#include "crypto/Mac.h"
#include "storage/RawStatement.h"

#include <QCoreApplication>
#include <cstring>

namespace qf::audit {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("qf::audit::AuditVerifier", text);
}
} // namespace

AuditVerifier::AuditVerifier(const crypto::SecretBytes& auditKey) : m_key(crypto::SecretBytes::copyOf(auditKey.view()))
{
}

Result<AuditVerification> AuditVerifier::verify(const QSqlDatabase& db, const std::function<void(qint64)>& progress,
                                                const std::atomic_bool* cancel, qint64 progressEvery) const
{
    storage::RawStatement rows(db, "SELECT id, at_utc, actor, action, target_type, target_uid, summary, prev_hash, "
                                   "hash FROM audit_entry ORDER BY id");
    if (!rows.isValid())
        return makeError(ErrorCode::Database, tr("Cannot read the audit trail: %1").arg(rows.errorMessage()));
    const crypto::HmacSha256 mac(m_key);
    AuditVerification result;
    // Per-entry state lives in buffers reused across the whole walk: no allocation per entry beyond the canonical
    // bytes. `previous` holds the last verified hash, `lastAtUtc` the last verified time (converted once, at the end).
    QByteArray previous(crypto::kHashBytes, '\0');
    QByteArray lastAtUtc;
    unsigned char expected[crypto::kHashBytes];
    qint64 expectedId = 1;
    auto broken = [&](qint64 id, const QString& problem) {
        result.brokenEntryId = id;
        result.problem = problem;
    };
    while (rows.step()) {
        const qint64 id = rows.int64(0);
        if (id != expectedId) {
            broken(id, id > expectedId ? tr("entries %1 to %2 are missing").arg(expectedId).arg(id - 1)
                                       : tr("entry id out of order"));
            break;
        }
        const QByteArrayView prevHash = rows.blob(7);
        if (!crypto::constantTimeEquals(prevHash, previous)) {
            broken(id, tr("its link to entry %1 does not match").arg(id - 1));
            break;
        }
        const QByteArray canonical =
            canonicalEntryBytes(id, rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5), rows.text(6));
        mac.compute(prevHash, canonical, expected);
        const QByteArrayView stored = rows.blob(8);
        const QByteArrayView computed(reinterpret_cast<const char*>(expected), crypto::kHashBytes);
        if (!crypto::constantTimeEquals(stored, computed)) {
            broken(id, tr("its content was changed after it was written"));
            break;
        }
        // stored equals the 32 computed bytes here, so it fits the buffer exactly.
        std::memcpy(previous.data(), stored.data(), crypto::kHashBytes);
        const QByteArrayView atUtc = rows.text(1);
        lastAtUtc.resize(atUtc.size());
        if (!atUtc.isEmpty())
            std::memcpy(lastAtUtc.data(), atUtc.data(), static_cast<std::size_t>(atUtc.size()));
        result.head.count = id;
        ++expectedId;
        ++result.entriesChecked;
        if (progress && result.entriesChecked % progressEvery == 0)
            progress(result.entriesChecked);
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
    }
    if (rows.failed())
        return makeError(ErrorCode::Damaged, tr("The audit trail cannot be read: %1").arg(rows.errorMessage()));
    result.head.lastHash = previous;
    if (result.head.count > 0)
        result.head.lastAtUtc = QString::fromUtf8(lastAtUtc);
    result.intact = result.brokenEntryId == 0 && !result.cancelled;
    if (progress)
        progress(result.entriesChecked);
    return result;
}

} // namespace qf::audit
