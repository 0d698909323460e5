#pragma once

#include "audit/AuditVerifier.h"
#include "common/Result.h"

#include <QThread>
#include <atomic>
#include <optional>

namespace qf::storage {
class Vault;
}

namespace qf::ui {

// Verifies the audit chain off the GUI thread, on a connection of its own that it opens and closes itself.
class AuditVerifyThread : public QThread
{
    Q_OBJECT

public:
    // The verifier must be built (from the vault's audit key) on the GUI thread before starting.
    AuditVerifyThread(storage::Vault& vault, const crypto::SecretBytes& auditKey, qint64 progressEvery,
                      QObject* parent = nullptr);
    ~AuditVerifyThread() override;

    void cancel() { m_cancel.store(true); }
    // Valid after finished().
    const std::optional<Result<audit::AuditVerification>>& outcome() const { return m_outcome; }

Q_SIGNALS:
    void progressed(qint64 entriesChecked);

protected:
    void run() override;

private:
    storage::Vault& m_vault;
    audit::AuditVerifier m_verifier;
    qint64 m_progressEvery;
    std::atomic_bool m_cancel{false};
    std::optional<Result<audit::AuditVerification>> m_outcome;
};

} // namespace qf::ui
