#pragma once

#include "reporting/StatisticsRepository.h"

#include <optional>

namespace qf::reporting {

// The grouped counts one statistics run reads, each read at most once however many sections use it.
class StatisticsData
{
public:
    StatisticsData(QSqlDatabase db, StatisticsQuery query) : m_db(std::move(db)), m_query(std::move(query)) {}

    const QSqlDatabase& db() const { return m_db; }
    const StatisticsQuery& query() const { return m_query; }
    StatisticsRepository repository() const { return StatisticsRepository(m_db); }

    Result<QList<GroupCount>> reports();
    Result<QList<GroupCount>> leads();
    Result<QList<GroupCount>> filedAndClosed();

private:
    QSqlDatabase m_db;
    StatisticsQuery m_query;
    std::optional<QList<GroupCount>> m_reports;
    std::optional<QList<GroupCount>> m_leads;
    std::optional<QList<GroupCount>> m_filedAndClosed;
};

} // namespace qf::reporting
