#include "StatisticsThread.h"

#include "storage/WorkerConnection.h"

namespace qf::ui {

StatisticsThread::StatisticsThread(storage::Vault& vault, reporting::StatisticsQuery query, QObject* parent)
    : QThread(parent), m_vault(vault), m_query(std::move(query))
{
}

StatisticsThread::~StatisticsThread()
{
    wait();
}

void StatisticsThread::run()
{
    storage::WorkerConnection connection(m_vault, QStringLiteral("statistics"));
    if (!connection.ok()) {
        m_outcome = connection.error();
        return;
    }
    m_outcome = reporting::StatisticsService::computeWithin(connection.database(), m_query);
}

} // namespace qf::ui
