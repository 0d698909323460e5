#pragma once

#include "ArchiveTask.h"
#include "archive/ArchiveVerifier.h"

#include <QObject>
#include <memory>
#include <optional>

namespace qf::storage {
class Vault;
}

namespace qf::ui {

// Verifies one archive at a time on a worker thread with its own vault connection (the vault's workstation key
// opens archives addressed to it; its trust list judges the signer).
class VerifyRunner : public QObject
{
    Q_OBJECT

public:
    explicit VerifyRunner(storage::Vault& vault, QObject* parent = nullptr);
    ~VerifyRunner() override;

    void start(const QString& path, crypto::SecretBytes passphrase);
    void cancel();
    // Cancels, waits for the thread and delivers finished() now.
    void stopNow();
    bool isRunning() const { return m_task.isRunning(); }
    // Set after finished().
    const std::optional<archive::VerifyReport>& report() const { return m_report; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    void verificationEnded(Result<archive::VerifyReport> outcome);

    storage::Vault& m_vault;
    QString m_path;
    std::optional<archive::VerifyReport> m_report;
    ArchiveTask<archive::VerifyReport> m_task{this};
};

} // namespace qf::ui
