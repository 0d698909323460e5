#pragma once

#include "common/Result.h"
#include "leads/Lead.h"
#include "leads/LeadFilter.h"

#include <QSqlDatabase>

namespace qf::leads {

// The only place with SQL for leads, their subjects, links and dispositions. Callers own the transaction.
class LeadRepository
{
public:
    explicit LeadRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Lead> insert(const Lead& lead, qint64 createdBy);
    Result<Lead> findByUid(const QString& uid) const;
    Status linkReport(qint64 leadId, qint64 reportId);
    Status recordDisposition(qint64 leadId, std::optional<qint64> meetingId, Disposition disposition,
                             const QString& reason, const QDate& decidedOn, const QString& approvedBy);
    Status setState(qint64 leadId, LeadStatus status, std::optional<Disposition> disposition, const QDate& nextReview);

    // Rows visible to the user (confidential leads only when assigned or seeAll), newest first.
    Result<QList<LeadRow>> list(const LeadFilter& filter, qint64 userId, bool seeAll, const QDate& today) const;
    Result<int> count(const LeadFilter& filter, qint64 userId, bool seeAll, const QDate& today) const;
    // Leads due for collective review on or before the date: new ones, held ones and those under review.
    Result<QList<LeadRow>> agenda(const QDate& asOf, qint64 userId, bool seeAll) const;

private:
    Result<QList<LeadRow>> selectRows(const QString& tail, const QVariantList& values, const QDate& today) const;
    QSqlDatabase m_db;
};

} // namespace qf::leads
