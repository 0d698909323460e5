#include "AuditVerifyThread.h"

#include "storage/Vault.h"

#include <QAtomicInteger>

namespace qf::ui {

namespace {
QAtomicInteger<quint32> connectionCounter;
}

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
    const QString name = QStringLiteral("qf-audit-verify-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    auto db = m_vault.openConnection(name);
    if (!db.ok()) {
        m_outcome = db.error();
        return;
    }
    m_outcome = m_verifier.verify(
        db.value(), [this](qint64 checked) { Q_EMIT progressed(checked); }, &m_cancel, m_progressEvery);
    db = Error{};
    m_vault.closeConnection(name);
}

} // namespace qf::ui
