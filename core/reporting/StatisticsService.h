#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "reporting/Statistics.h"

namespace qf::reporting {

// Every statistical table over one date range.
struct StatisticsReport
{
    DateRange range;
    QDate today;
    QList<StatisticTable> tables;

    const StatisticTable* table(const QString& id) const;
};

// Statistics over any date range, and the records behind each figure. Read-only.
class StatisticsService
{
public:
    explicit StatisticsService(access::Session& session) : m_session(session) {}

    Result<StatisticsReport> compute(const DateRange& range, const QDate& today = QDate::currentDate());
    // Only records the user may see are listed; a figure still counts every record.
    Result<QList<RecordRef>> recordsBehind(const DateRange& range, const Figure& figure,
                                           const QDate& today = QDate::currentDate());

    // Writes the audit entry for a printed or exported copy of the statistics (format: "csv" or "print").
    Status recordOutput(const StatisticsReport& report, const QString& format);

    // What a run for this user covers, after the permission check: for a worker thread that computes the statistics
    // on a connection of its own (computeWithin).
    Result<StatisticsQuery> queryFor(const DateRange& range, const QDate& today = QDate::currentDate());

    // The same, for a caller that chose the database (a worker thread, the benchmark).
    static Result<StatisticsReport> computeWithin(const QSqlDatabase& db, const StatisticsQuery& query);
    static Result<QList<RecordRef>> recordsWithin(const QSqlDatabase& db, const StatisticsQuery& query,
                                                  const Figure& figure);

private:
    access::Session& m_session;
};

} // namespace qf::reporting
