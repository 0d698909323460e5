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
    m_outcome = storage::onWorkerConnection(m_vault, QStringLiteral("audit-verify"), [this](const QSqlDatabase& db) {
        return m_verifier.verify(
            db, [this](qint64 checked) { Q_EMIT progressed(checked); }, &m_cancel, m_progressEvery);
    });
}

} // namespace qf::ui
