#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "decisions/CollectiveDecision.h"

namespace qf::decisions {

// Records collective decisions. A decision without quorum is refused; a signed one cannot change.
class DecisionService
{
public:
    explicit DecisionService(access::Session& session) : m_session(session) {}

    Result<QString> record(const CollectiveDecisionDraft& draft);
    // Every decision of the case, superseded ones included, oldest first.
    Result<QList<CollectiveDecision>> history(const QString& caseUid);

    // The body of record() for a caller that already checked permission and quorum and holds a transaction.
    static Result<QString> recordWithin(const QSqlDatabase& db, const access::Actor& actor, qint64 caseId,
                                        const CollectiveDecisionDraft& draft, int present, audit::AuditNote& note);

private:
    access::Session& m_session;
};

} // namespace qf::decisions
