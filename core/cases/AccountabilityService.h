#pragma once

#include "access/Session.h"
#include "common/Result.h"

namespace qf::cases {

struct AccountabilityRecord
{
    QString uid;
    QString staffLogin;
    QString caseNumber;
    QString kind; // leak, coercion, procedural_violation, other
    QString description;
    QString recordedBy;
    QString recordedAt;
};

// Error accountability: records against staff, visible to approvers and auditors only.
class AccountabilityService
{
public:
    explicit AccountabilityService(access::Session& session) : m_session(session) {}

    Result<QString> record(const QString& staffLogin, const QString& caseUid, const QString& kind,
                           const QString& description);
    Result<QList<AccountabilityRecord>> records();

private:
    access::Session& m_session;
};

} // namespace qf::cases
