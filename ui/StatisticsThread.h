#pragma once

#include "reporting/StatisticsService.h"

#include <QThread>
#include <optional>

namespace qf::storage {
class Vault;
}

namespace qf::ui {

// Computes the statistics off the GUI thread, on a connection of its own, for a query the service has already
// checked (StatisticsService::queryFor). It reads only.
class StatisticsThread : public QThread
{
    Q_OBJECT

public:
    StatisticsThread(storage::Vault& vault, reporting::StatisticsQuery query, QObject* parent = nullptr);
    ~StatisticsThread() override;

    // Valid after finished().
    const std::optional<Result<reporting::StatisticsReport>>& outcome() const { return m_outcome; }

protected:
    void run() override;

private:
    storage::Vault& m_vault;
    reporting::StatisticsQuery m_query;
    std::optional<Result<reporting::StatisticsReport>> m_outcome;
};

} // namespace qf::ui
