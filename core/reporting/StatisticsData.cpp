#include "reporting/StatisticsData.h"

namespace qf::reporting {

namespace {

template <typename Read> Result<QList<GroupCount>> cached(std::optional<QList<GroupCount>>& cache, Read&& read)
{
    if (!cache) {
        auto groups = read();
        if (!groups.ok())
            return groups.error();
        cache = std::move(groups.value());
    }
    return *cache;
}

} // namespace

Result<QList<GroupCount>> StatisticsData::reports()
{
    return cached(m_reports, [this] { return repository().reportsByChannelAndMonth(m_query.range); });
}

Result<QList<GroupCount>> StatisticsData::leads()
{
    return cached(m_leads, [this] { return repository().leadsByAttributes(m_query.range); });
}

Result<QList<GroupCount>> StatisticsData::filedAndClosed()
{
    return cached(m_filedAndClosed, [this] { return repository().filedAndClosedByMonth(m_query.range); });
}

} // namespace qf::reporting
