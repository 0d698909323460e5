#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "intake/ProtectedIdentity.h"

namespace qf::intake {

// Reporter and witness protection. Identities are masked for every role; an approved, unexpired grant lets
// its holder see one identity, and every such view is audited. The admin has no way around this.
class IdentityService
{
public:
    explicit IdentityService(access::Session& session) : m_session(session) {}

    // Masked identities of a report; use reveal() for the clear text.
    // Masked; each says whether this user holds an approved, unexpired grant to reveal it.
    Result<QList<ProtectedIdentity>> identitiesOfReport(const QString& reportUid);
    Result<ProtectedIdentity> reveal(const QString& identityUid);

    Result<QString> requestGrant(const QString& identityUid, const QString& reason);
    Status approveGrant(const QString& grantUid, int validDays, const QString& note);
    Status refuseGrant(const QString& grantUid, const QString& note);
    Result<QList<IdentityGrant>> pendingGrants();

    Status setReward(const QString& identityUid, qint64 amountCents, const QString& status, const QString& note);
    // The reward history of a reporter, oldest first; amounts are not protected, the identity stays masked.
    Result<QList<ReporterReward>> rewardsOf(const QString& identityUid);

private:
    // The uid of this user's approved, unexpired grant for the identity; empty when there is none.
    Result<QString> heldGrant(const QString& identityUid);
    Status decide(const QString& grantUid, bool approve, int validDays, const QString& note);
    access::Session& m_session;
};

ProtectedIdentity masked(ProtectedIdentity identity);

} // namespace qf::intake
