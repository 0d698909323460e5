#include "AuditVerifyThread.h"

#include "storage/WorkerConnection.h"

namespace qf::ui {

AuditVerifyThread::AuditVerifyThread(storage::Vault& vault, const crypto::SecretBytes& auditKey, qint64 progressEvery,
                                     QObject* parent)
    : QThread(parent), m_vault(vault), m_verifier(auditKey), m_progressEvery(qMax<qint64>(1, progressEvery))
{
}

AuditVerifyThread::~AuditVerifyThread()
{
    cancel();
    wait();
}

void AuditVerifyThread::run()
{
    storage::WorkerConnection connection(m_vault, QStringLiteral("audit-verify"));
    if (!connection.ok()) {
        m_outcome = connection.error();
        return;
    }
    m_outcome = m_verifier.verify(
        connection.database(), [this](qint64 checked) { Q_EMIT progressed(checked); }, &m_cancel, m_progressEvery);
}

} // namespace qf::ui
