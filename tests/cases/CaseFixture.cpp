#include "CaseFixture.h"

#include "access/UserService.h"
#include "cases/CaseService.h"
#include "leads/LeadService.h"
#include "workflow/CaseWorkflow.h"

#include <catch2/catch.hpp>

namespace qf::test {

CaseFixture::CaseFixture(access::ConfidentialityLevel leadLevel)
{
    using access::Role;
    m_vault.addUser(QStringLiteral("clerk"), Role::Clerk);
    m_vault.addUser(QStringLiteral("lead"), Role::LeadInvestigator);
    m_vault.addUser(QStringLiteral("inv"), Role::Investigator);
    m_vault.addUser(QStringLiteral("inv2"), Role::Investigator);
    m_vault.addUser(QStringLiteral("boss"), Role::Approver);
    m_vault.addUser(QStringLiteral("boss2"), Role::Approver);
    m_vault.addUser(QStringLiteral("rev1"), Role::Reviewer);
    m_vault.addUser(QStringLiteral("rev2"), Role::Reviewer);
    m_vault.addUser(QStringLiteral("auditor"), Role::Auditor);
    REQUIRE(access::UserService(m_vault.admin(), crypto::KdfParams::fastForTesting())
                .addUser(QStringLiteral("dual"), {}, {Role::Investigator, Role::Reviewer},
                         crypto::SecretBytes::copyOf(QByteArrayView("dual-password")))
                .ok());
    m_vault.closeAdmin();
    {
        auto lead = as(QStringLiteral("lead"));
        leads::LeadDraft draft = leadAbout(QStringLiteral("反映某局长收受工程老板贿赂"), QStringLiteral("郑国强"),
                                           QStringLiteral("某市交通运输局"), leadLevel);
        draft.subjects.first().position = QStringLiteral("局长");
        auto registered = leads::LeadService(*lead).registerLead(draft);
        REQUIRE(registered.ok());
        m_leadUid = registered->uid;
    }
    auto boss = as(QStringLiteral("boss"));
    REQUIRE(leads::LeadService(*boss)
                .decideSingly(m_leadUid, leads::Disposition::FileCase, QStringLiteral("问题严重，拟立案"))
                .ok());
}

std::unique_ptr<access::Session> CaseFixture::as(const QString& login)
{
    const QString password =
        login == QLatin1String("admin") ? QString::fromLatin1(TestVault::kAdminPassword) : TestVault::passwordOf(login);
    auto session = m_vault.login(login, password);
    if (!session.ok())
        FAIL("login as " << login.toStdString() << ": " << session.message().toStdString());
    return std::move(session.value());
}

QString CaseFixture::openCaseWithTeam()
{
    QString uid;
    {
        auto lead = as(QStringLiteral("lead"));
        auto opened = cases::CaseService(*lead).fileCase(m_leadUid, QStringLiteral("郑国强受贿案"));
        REQUIRE(opened.ok());
        uid = opened->uid;
    }
    auto boss = as(QStringLiteral("boss"));
    cases::CaseService service(*boss);
    REQUIRE(service.assign(uid, QStringLiteral("lead"), cases::TeamRole::LeadInvestigator).ok());
    REQUIRE(service.assign(uid, QStringLiteral("inv"), cases::TeamRole::Member).ok());
    return uid;
}

decisions::CollectiveDecisionDraft CaseFixture::decision(const QString& caseUid, const QString& meetingType,
                                                         int present, int quorum)
{
    decisions::CollectiveDecisionDraft draft;
    draft.caseUid = caseUid;
    draft.meetingType = meetingType;
    draft.heldOn = QDate::currentDate();
    draft.quorum = quorum;
    for (int i = 0; i < 7; ++i)
        draft.members << leads::Attendee{
            QStringLiteral("委员%1").arg(i + 1), i < present,
            i == 1 ? QStringLiteral("本人持保留意见：证据尚不充分。") : QStringLiteral("同意"), i == 1};
    draft.conclusion = QStringLiteral("经集体研究，同意。");
    draft.decidedItems = {QStringLiteral("事实与证据认定"), QStringLiteral("处理意见")};
    return draft;
}

void CaseFixture::move(const QString& caseUid, const QString& transition, const QString& requester,
                       const QString& approver)
{
    QString requestUid;
    {
        auto session = as(requester);
        auto requested = workflow::CaseWorkflow(*session).request(caseUid, transition, QStringLiteral("请审批"));
        if (!requested.ok())
            FAIL("request " << transition.toStdString() << ": " << requested.message().toStdString());
        requestUid = requested.value();
    }
    auto session = as(approver);
    const Status approved = workflow::CaseWorkflow(*session).approve(requestUid, QStringLiteral("同意"));
    if (!approved.ok())
        FAIL("approve " << transition.toStdString() << ": " << approved.message().toStdString());
}

QString CaseFixture::stageOf(const QString& caseUid)
{
    auto session = as(QStringLiteral("boss"));
    auto c = cases::CaseService(*session).caseFile(caseUid);
    REQUIRE(c.ok());
    return c->stage;
}

} // namespace qf::test
