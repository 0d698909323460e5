#pragma once

#include "audit/AuditEntry.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QSqlDatabase>
#include <atomic>
#include <functional>

namespace qf::audit {

struct AuditVerification
{
    bool intact = false;
    qint64 entriesChecked = 0;
    AuditHead head;
    qint64 brokenEntryId = 0; // the first entry that fails, 0 when intact
    QString problem;          // what is wrong with it
    bool cancelled = false;
};

// Walks the chain in id order and reports the first broken link. Progress is reported every `progressEvery`
// entries with the number checked; setting `cancel` stops early.
class AuditVerifier
{
public:
    explicit AuditVerifier(const crypto::SecretBytes& auditKey);

    Result<AuditVerification> verify(const QSqlDatabase& db, const std::function<void(qint64)>& progress = {},
                                     const std::atomic_bool* cancel = nullptr, qint64 progressEvery = 50000) const;

private:
    crypto::SecretBytes m_key;
};

} // namespace qf::audit
