#include "CaseVerifyThread.h"

#include "storage/WorkerConnection.h"

namespace qf::ui {

CaseVerifyThread::CaseVerifyThread(storage::Vault& vault, QList<evidence::AttachmentToVerify> attachments,
                                   QObject* parent)
    : QThread(parent), m_vault(vault), m_attachments(std::move(attachments))
{
}

CaseVerifyThread::~CaseVerifyThread()
{
    cancel();
    wait();
}

void CaseVerifyThread::run()
{
    m_outcome = storage::onWorkerConnection(m_vault, QStringLiteral("case-verify"), [this](const QSqlDatabase& db) {
        return evidence::checkAttachments(
            db, m_attachments, [this](qint64 done, qint64 total) { Q_EMIT progressed(done, total); }, &m_cancel);
    });
}

} // namespace qf::ui
