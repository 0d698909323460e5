#pragma once

#include "common/Result.h"
#include "reporting/IntegrityOpinion.h"
#include "reporting/IntegrityOpinionMatcher.h"

#include <QSqlDatabase>

namespace qf::reporting {

// SQL for integrity opinion requests and their entries. Callers own the transaction.
class IntegrityOpinionRepository
{
public:
    explicit IntegrityOpinionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts the request; returns its id and uid.
    Result<QPair<qint64, QString>> insertRequest(const OpinionRequestDraft& draft, qint64 createdBy);
    Status insertEntry(qint64 requestId, int seq, const RequestedPerson& person);
    // Stores the match (and its candidates) and the computed conclusion, if any.
    Status storeEvaluation(qint64 requestId, int seq, const Match& match,
                           const std::optional<ComputedConclusion>& computed);
    Status storeReview(qint64 requestId, int seq, ReviewState state, OpinionConclusion conclusion,
                       const QString& detail, const QString& reason, qint64 reviewerId);
    Status markReplied(qint64 requestId, const QString& number, qint64 userId);

    Result<qint64> requestId(const QString& uid) const;
    Result<OpinionRequest> load(const QString& uid) const;
    Result<QList<OpinionRequestRow>> list(int limit) const;
    // Requests still waiting for their reply, received on or before `receivedBy` (for the alerts page).
    Result<QList<OpinionRequestRow>> unanswered(const QDate& receivedBy) const;

private:
    Result<QList<MatchCandidate>> candidates(qint64 entryId) const;
    Result<QList<OpinionRequestRow>> rows(const QString& where, const QVariantList& values) const;
    QSqlDatabase m_db;
};

} // namespace qf::reporting
