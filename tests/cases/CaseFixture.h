#pragma once

#include "TestVault.h"
#include "cases/Case.h"
#include "decisions/CollectiveDecision.h"

namespace qf::test {

// A vault with a full office (password "<login>-password") and a lead disposed of for case filing, at the given
// confidentiality (which the case takes on).
class CaseFixture
{
public:
    explicit CaseFixture(access::ConfidentialityLevel leadLevel = access::ConfidentialityLevel::Internal);
    std::unique_ptr<access::Session> as(const QString& login);
    const QString& leadUid() const { return m_leadUid; }
    // Opens the case as the lead investigator and assigns the team (lead + inv).
    QString openCaseWithTeam();
    static decisions::CollectiveDecisionDraft decision(const QString& caseUid, const QString& meetingType,
                                                       int present = 5, int quorum = 5);
    // Requests the transition as `requester` and approves it as `approver`; fails the test on any error.
    void move(const QString& caseUid, const QString& transition, const QString& requester, const QString& approver);
    QString stageOf(const QString& caseUid);

private:
    TestVault m_vault;
    QString m_leadUid;
};

} // namespace qf::test
