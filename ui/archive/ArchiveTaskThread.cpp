#include "ArchiveTaskThread.h"

#include "storage/Vault.h"

#include <QAtomicInteger>

namespace qf::ui {

namespace {
QAtomicInteger<quint32> connectionCounter;
}

ArchiveTaskThread::ArchiveTaskThread(storage::Vault& vault, Task task, QObject* parent)
    : QThread(parent), m_vault(vault), m_task(std::move(task))
{
}

ArchiveTaskThread::~ArchiveTaskThread()
{
    cancel();
    wait();
}

void ArchiveTaskThread::run()
{
    const QString name = QStringLiteral("qf-archive-task-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        auto db = m_vault.openConnection(name);
        if (!db.ok()) {
            m_connectionError = db.error();
            return;
        }
        qint64 lastShown = -1;
        const Progress progress = [this, &lastShown](qint64 done, qint64 total) {
            const qint64 step = qMax<qint64>(1, total / 1000);
            if (lastShown >= 0 && done < total && done - lastShown < step)
                return;
            lastShown = done;
            Q_EMIT progressed(done, total);
        };
        m_task(db.value(), progress, &m_cancel);
    }
    m_vault.closeConnection(name);
}

} // namespace qf::ui
