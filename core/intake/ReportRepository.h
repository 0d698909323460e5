#pragma once

#include "common/Result.h"
#include "intake/Report.h"

#include <QSqlDatabase>

namespace qf::intake {

struct ReportFilter
{
    std::optional<Screening> screening;
    std::optional<Channel> channel;
    QDate receivedFrom;
    QDate receivedTo;
    QString text; // Chinese substring of the summary
    int offset = 0;
    int limit = 100;
};

// The only place with SQL for reports and their protected identities. Callers own the transaction.
class ReportRepository
{
public:
    explicit ReportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Report> insert(const ReportDraft& draft, qint64 registeredBy);
    Result<qint64> insertIdentity(qint64 reportId, const QString& kind, const IdentityDraft& identity);
    Result<Report> findByUid(const QString& uid) const;
    Status setScreening(qint64 reportId, Screening screening, const QString& reason, qint64 userId,
                        std::optional<qint64> leadId);
    Result<QList<Report>> list(const ReportFilter& filter) const;

private:
    QSqlDatabase m_db;
};

} // namespace qf::intake
