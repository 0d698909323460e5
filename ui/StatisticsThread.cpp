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
    m_outcome = storage::onWorkerConnection(m_vault, QStringLiteral("statistics"), [this](const QSqlDatabase& db) {
        return reporting::StatisticsService::computeWithin(db, m_query);
    });
}

} // namespace qf::ui
