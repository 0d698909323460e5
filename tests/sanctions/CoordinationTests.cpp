#include "CaseFixture.h"
#include "cases/CoordinationService.h"
#include "reporting/AlertService.h"

#include <catch2/catch.hpp>

using namespace qf;
using cases::AwaitedReply;
using test::CaseFixture;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

cases::CaseTransferDraft transferTo(const QString& caseUid)
{
    cases::CaseTransferDraft draft;
    draft.caseUid = caseUid;
    draft.outgoing = true;
    draft.agencyKind = QStringLiteral("procuratorate");
    draft.agency = QStringLiteral("某市人民检察院");
    draft.materials = {QStringLiteral("起诉意见书"), QStringLiteral("证据材料（12册）"),
                       QStringLiteral("涉案款物清单")};
    draft.transferOn = date("2025-04-01");
    draft.feedbackDue = date("2025-05-01");
    return draft;
}

cases::AssistanceRequestDraft bankRequest(const QString& caseUid)
{
    cases::AssistanceRequestDraft draft;
    draft.caseUid = caseUid;
    draft.recipientKind = QStringLiteral("bank");
    draft.recipient = QStringLiteral("某银行股份有限公司某市分行");
    draft.request = QStringLiteral("郑国强名下账户2020年1月1日以来的交易明细");
    draft.sentOn = date("2025-04-03");
    draft.replyDue = date("2025-04-18");
    return draft;
}

QList<AwaitedReply> awaited(access::Session& session, const QDate& asOf, int withinDays)
{
    auto replies = cases::CoordinationService(session).awaitingReplies(asOf, withinDays);
    REQUIRE(replies.ok());
    return replies.value();
}

} // namespace

TEST_CASE("a transfer keeps its materials list and awaits feedback until it is recorded", "[coordination]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    cases::CoordinationService service(*lead);

    auto bad = transferTo(caseUid);
    bad.agencyKind = QStringLiteral("embassy");
    CHECK(service.recordTransfer(bad).code() == ErrorCode::Invalid);
    bad = transferTo(caseUid);
    bad.feedbackDue = date("2025-03-31");
    CHECK(service.recordTransfer(bad).code() == ErrorCode::Invalid);
    bad = transferTo(caseUid);
    bad.materials.clear();
    CHECK(service.recordTransfer(bad).code() == ErrorCode::Invalid);

    auto uid = service.recordTransfer(transferTo(caseUid));
    REQUIRE(uid.ok());
    auto incoming = transferTo(caseUid);
    incoming.outgoing = false;
    incoming.agencyKind = QStringLiteral("audit");
    incoming.agency = QStringLiteral("某市审计局");
    incoming.feedbackDue = {};
    REQUIRE(service.recordTransfer(incoming).ok());

    auto transfers = service.transfersOf(caseUid);
    REQUIRE(transfers.ok());
    REQUIRE(transfers->size() == 2);
    CHECK(transfers->at(0).materials.size() == 3);
    CHECK(transfers->at(0).materials.at(1) == QStringLiteral("证据材料（12册）"));
    CHECK_FALSE(transfers->at(1).outgoing);
    CHECK_FALSE(transfers->at(1).feedbackDue.isValid());

    // Due 2025-05-01: awaiting but not overdue that day, overdue the day after; the incoming one expects nothing.
    CHECK(awaited(*lead, date("2025-04-30"), 0).isEmpty());
    auto dueDay = awaited(*lead, date("2025-05-01"), 0);
    REQUIRE(dueDay.size() == 1);
    CHECK(dueDay.first().kind == AwaitedReply::Kind::Transfer);
    CHECK(dueDay.first().counterpart == QStringLiteral("某市人民检察院"));
    CHECK_FALSE(dueDay.first().overdue);
    auto dayAfter = awaited(*lead, date("2025-05-02"), 0);
    REQUIRE(dayAfter.size() == 1);
    CHECK(dayAfter.first().overdue);

    CHECK(service.recordTransferFeedback(uid.value(), date("2025-03-30"), QStringLiteral("已受理")).code() ==
          ErrorCode::Invalid);
    REQUIRE(service.recordTransferFeedback(uid.value(), date("2025-05-03"), QStringLiteral("已受理，提起公诉")).ok());
    CHECK(service.recordTransferFeedback(uid.value(), date("2025-05-04"), QStringLiteral("again")).code() ==
          ErrorCode::Invalid);
    CHECK(awaited(*lead, date("2025-05-02"), 0).isEmpty());
    transfers = service.transfersOf(caseUid);
    REQUIRE(transfers.ok());
    CHECK(transfers->at(0).feedbackOn == date("2025-05-03"));
    CHECK(transfers->at(0).feedback == QStringLiteral("已受理，提起公诉"));
}

TEST_CASE("an assistance request awaits its reply by its deadline", "[coordination]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    cases::CoordinationService service(*lead);
    auto bad = bankRequest(caseUid);
    bad.replyDue = date("2025-04-02");
    CHECK(service.sendAssistanceRequest(bad).code() == ErrorCode::Invalid);
    bad = bankRequest(caseUid);
    bad.request.clear();
    CHECK(service.sendAssistanceRequest(bad).code() == ErrorCode::Invalid);

    auto uid = service.sendAssistanceRequest(bankRequest(caseUid));
    REQUIRE(uid.ok());
    auto housing = bankRequest(caseUid);
    housing.recipientKind = QStringLiteral("housing");
    housing.recipient = QStringLiteral("某市住房和城乡建设局");
    housing.request = QStringLiteral("郑国强及其配偶名下不动产登记信息");
    housing.replyDue = date("2025-04-25");
    REQUIRE(service.sendAssistanceRequest(housing).ok());

    auto week = awaited(*lead, date("2025-04-18"), 7);
    REQUIRE(week.size() == 2);
    CHECK(week.at(0).kind == AwaitedReply::Kind::AssistanceRequest);
    CHECK(week.at(0).dueOn == date("2025-04-18"));
    CHECK_FALSE(week.at(0).overdue);
    CHECK_FALSE(week.at(1).overdue);
    auto later = awaited(*lead, date("2025-04-19"), 0);
    REQUIRE(later.size() == 1);
    CHECK(later.first().overdue);
    CHECK(later.first().caseUid == caseUid);

    REQUIRE(
        service.recordAssistanceReply(uid.value(), date("2025-04-17"), QStringLiteral("已提供交易明细光盘一张")).ok());
    CHECK(awaited(*lead, date("2025-04-19"), 0).isEmpty());
    auto requests = service.assistanceRequestsOf(caseUid);
    REQUIRE(requests.ok());
    REQUIRE(requests->size() == 2);
    CHECK(requests->at(0).repliedOn == date("2025-04-17"));
    CHECK(requests->at(0).reply == QStringLiteral("已提供交易明细光盘一张"));
}

TEST_CASE("coordination refuses roles without the permission", "[coordination][access]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto clerk = fixture.as(QStringLiteral("clerk"));
    CHECK(cases::CoordinationService(*clerk).recordTransfer(transferTo(caseUid)).code() == ErrorCode::PermissionDenied);
    CHECK(cases::CoordinationService(*clerk).sendAssistanceRequest(bankRequest(caseUid)).code() ==
          ErrorCode::PermissionDenied);
    auto admin = fixture.as(QStringLiteral("admin"));
    CHECK(cases::CoordinationService(*admin).transfersOf(caseUid).code() == ErrorCode::PermissionDenied);
    auto lead = fixture.as(QStringLiteral("lead"));
    auto uid = cases::CoordinationService(*lead).recordTransfer(transferTo(caseUid));
    REQUIRE(uid.ok());
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    CHECK(cases::CoordinationService(*reviewer)
              .recordTransferFeedback(uid.value(), date("2025-05-03"), QStringLiteral("已受理"))
              .code() == ErrorCode::PermissionDenied);
}

TEST_CASE("replies awaited on a secret case alert only its team and those who see every confidential case",
          "[coordination][alerts][access]")
{
    CaseFixture fixture(access::ConfidentialityLevel::Secret);
    const QString caseUid = fixture.openCaseWithTeam();
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        REQUIRE(cases::CoordinationService(*lead).recordTransfer(transferTo(caseUid)).ok());
        REQUIRE(cases::CoordinationService(*lead).sendAssistanceRequest(bankRequest(caseUid)).ok());
    }
    const QDate asOf = date("2025-05-02");
    auto coordinationAlerts = [&](const QString& login) {
        auto session = fixture.as(login);
        auto page = reporting::AlertService(*session).alerts(asOf, 0);
        REQUIRE(page.ok());
        int count = 0;
        for (const reporting::Alert& alert : page->alerts)
            count += alert.source == QLatin1String("coordination") && alert.recordUid == caseUid ? 1 : 0;
        return count;
    };
    CHECK(coordinationAlerts(QStringLiteral("inv")) == 2);  // on the team
    CHECK(coordinationAlerts(QStringLiteral("boss")) == 2); // sees every confidential case
    CHECK(coordinationAlerts(QStringLiteral("inv2")) == 0); // neither
    auto outsider = fixture.as(QStringLiteral("inv2"));
    CHECK(awaited(*outsider, asOf, 0).isEmpty());
    auto member = fixture.as(QStringLiteral("inv"));
    CHECK(awaited(*member, asOf, 0).size() == 2);
}
