#pragma once

#include "evidence/CaseVerification.h"

#include <QThread>
#include <atomic>
#include <optional>

namespace qf::storage {
class Vault;
}

namespace qf::ui {

// Recomputes the hashes of a case's attachments off the GUI thread, on a connection of its own. It writes
// nothing: the GUI thread records the outcome through CaseVerificationService::record when it finishes.
class CaseVerifyThread : public QThread
{
    Q_OBJECT

public:
    CaseVerifyThread(storage::Vault& vault, QList<evidence::AttachmentToVerify> attachments, QObject* parent = nullptr);
    ~CaseVerifyThread() override;

    void cancel() { m_cancel.store(true); }
    // Valid after finished().
    const std::optional<Result<QList<evidence::AttachmentOutcome>>>& outcome() const { return m_outcome; }

Q_SIGNALS:
    void progressed(qint64 bytesDone, qint64 bytesTotal);

protected:
    void run() override;

private:
    storage::Vault& m_vault;
    QList<evidence::AttachmentToVerify> m_attachments;
    std::atomic_bool m_cancel{false};
    std::optional<Result<QList<evidence::AttachmentOutcome>>> m_outcome;
};

} // namespace qf::ui
