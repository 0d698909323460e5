#pragma once

#include "access/RecordVisibility.h"
#include "cases/Coordination.h"
#include "common/Result.h"

#include <QSqlDatabase>

namespace qf::cases {

// The only place with SQL for case transfers and assistance requests. Callers own the transaction.
class CoordinationRepository
{
public:
    explicit CoordinationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Status insertTransfer(const QString& uid, qint64 caseId, const CaseTransferDraft& draft, qint64 userId);
    Status insertAssistanceRequest(const QString& uid, qint64 caseId, const AssistanceRequestDraft& draft,
                                   qint64 userId);
    // The case a transfer or assistance request belongs to, or NotFound.
    Result<qint64> caseOfTransfer(const QString& uid) const;
    Result<qint64> caseOfAssistanceRequest(const QString& uid) const;
    // Both record the answer once, not before the date sent; false when nothing matched.
    Result<bool> recordTransferFeedback(const QString& uid, const QDate& on, const QString& feedback);
    Result<bool> recordAssistanceReply(const QString& uid, const QDate& on, const QString& reply);
    Result<QList<CaseTransfer>> transfersOf(qint64 caseId) const;
    Result<QList<AssistanceRequest>> assistanceRequestsOf(qint64 caseId) const;
    Result<AssistanceRequest> assistanceRequest(const QString& uid) const;
    // Unanswered transfers and requests due on or before `horizon`, earliest first.
    Result<QList<AwaitedReply>> awaitedBy(const QDate& horizon, const QDate& asOf,
                                          const access::RecordVisibility& visibility) const;

private:
    Result<QList<AssistanceRequest>> selectRequests(const QString& condition, const QVariant& value) const;
    QSqlDatabase m_db;
};

} // namespace qf::cases
