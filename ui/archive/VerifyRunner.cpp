#include "VerifyRunner.h"

#include "ArchiveTaskThread.h"

namespace qf::ui {

VerifyRunner::VerifyRunner(storage::Vault& vault, QObject* parent) : QObject(parent), m_vault(vault)
{
}

VerifyRunner::~VerifyRunner()
{
    if (m_thread) {
        m_thread->cancel();
        m_thread->wait();
    }
}

void VerifyRunner::start(const QString& path, crypto::SecretBytes passphrase)
{
    if (m_thread)
        return;
    m_report.reset();
    m_path = path;
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(passphrase));
    m_pending = std::make_shared<std::optional<archive::VerifyReport>>();
    auto pending = m_pending;
    m_thread = new ArchiveTaskThread(
        m_vault,
        [=](const QSqlDatabase& db, const ArchiveTaskThread::Progress& progress, const std::atomic_bool* cancel) {
            *pending = archive::ArchiveVerifier::verifyWithVault(db, path, secret->isEmpty() ? nullptr : secret.get(),
                                                                 progress, cancel);
        },
        this);
    connect(m_thread, &ArchiveTaskThread::progressed, this, &VerifyRunner::progressed);
    connect(m_thread, &QThread::finished, this, &VerifyRunner::threadFinished);
    m_thread->start(QThread::LowPriority);
}

void VerifyRunner::cancel()
{
    if (m_thread)
        m_thread->cancel();
}

void VerifyRunner::stopNow()
{
    if (!m_thread)
        return;
    m_thread->cancel();
    m_thread->wait();
    threadFinished();
}

void VerifyRunner::threadFinished()
{
    if (!m_thread)
        return; // already delivered by stopNow()
    ArchiveTaskThread* thread = std::exchange(m_thread, nullptr);
    archive::VerifyReport report;
    report.path = m_path;
    if (thread->connectionError())
        report.failure = *thread->connectionError();
    else if (m_pending && m_pending->has_value())
        report = std::move(**m_pending);
    else
        report.failure = makeError(ErrorCode::Failed, tr("The verification stopped without a result."));
    m_pending.reset();
    thread->deleteLater();
    m_report = std::move(report);
    Q_EMIT finished();
}

} // namespace qf::ui
