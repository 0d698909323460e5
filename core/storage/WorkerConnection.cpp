#include "storage/WorkerConnection.h"

#include "storage/Vault.h"

#include <QAtomicInteger>

namespace qf::storage {

namespace {
QAtomicInteger<quint32> connectionCounter;

QString uniqueName(const QString& purpose)
{
    return QStringLiteral("qf-worker-%1-%2").arg(purpose).arg(connectionCounter.fetchAndAddRelaxed(1));
}
} // namespace

WorkerConnection::WorkerConnection(Vault& vault, const QString& purpose)
    : m_vault(vault), m_name(uniqueName(purpose)), m_db(vault.openConnection(m_name))
{
}

WorkerConnection::~WorkerConnection()
{
    // The handle must be gone before Qt removes the connection.
    const bool opened = m_db.ok();
    m_db = Error{};
    if (opened)
        m_vault.closeConnection(m_name);
}

} // namespace qf::storage
