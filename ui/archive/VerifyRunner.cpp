#include "VerifyRunner.h"

namespace qf::ui {

VerifyRunner::VerifyRunner(storage::Vault& vault, QObject* parent) : QObject(parent), m_vault(vault)
{
}

VerifyRunner::~VerifyRunner() = default;

void VerifyRunner::start(const QString& path, crypto::SecretBytes passphrase)
{
    if (m_task.isRunning())
        return;
    m_report.reset();
    m_path = path;
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(passphrase));
    m_task.start(
        m_vault,
        [path, secret](const QSqlDatabase& db, const ArchiveTaskThread::Progress& progress,
                       const std::atomic_bool* cancel) -> Result<archive::VerifyReport> {
            return archive::ArchiveVerifier::verifyWithVault(db, path, secret->isEmpty() ? nullptr : secret.get(),
                                                             progress, cancel);
        },
        this, &VerifyRunner::progressed, tr("The verification stopped without a result."),
        [this](Result<archive::VerifyReport> outcome) { verificationEnded(std::move(outcome)); });
}

void VerifyRunner::cancel()
{
    m_task.cancel();
}

void VerifyRunner::stopNow()
{
    m_task.stopNow();
}

void VerifyRunner::verificationEnded(Result<archive::VerifyReport> outcome)
{
    archive::VerifyReport report;
    if (outcome.ok()) {
        report = std::move(outcome.value());
    } else {
        // The vault could not be opened on the worker thread, or the work ended without a report.
        report.path = m_path;
        report.failure = outcome.error();
    }
    m_report = std::move(report);
    Q_EMIT finished();
}

} // namespace qf::ui
