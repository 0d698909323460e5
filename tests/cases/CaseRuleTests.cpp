#include "CaseFixture.h"
#include "cases/AccountabilityService.h"
#include "cases/CaseService.h"
#include "cases/DeadlineService.h"
#include "cases/MeasureService.h"
#include "cases/ReviewService.h"
#include "decisions/DecisionService.h"
#include "leads/LeadService.h"
#include "reporting/DashboardCounters.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace qf;
using test::CaseFixture;

TEST_CASE("a case opens only from a lead disposed of for filing, and only once", "[cases]")
{
    CaseFixture fixture;
    auto lead = fixture.as(QStringLiteral("lead"));
    auto other =
        leads::LeadService(*lead).registerLead({QStringLiteral("report"),
                                                {},
                                                {},
                                                {},
                                                access::ConfidentialityLevel::Internal,
                                                QStringLiteral("未处置线索"),
                                                {people::Person{0, {}, QStringLiteral("某人"), {}, false, {}, {}, {}}},
                                                {},
                                                {}});
    REQUIRE(other.ok());
    CHECK(cases::CaseService(*lead).fileCase(other->uid, {}).code() == ErrorCode::Invalid);
    auto opened = cases::CaseService(*lead).fileCase(fixture.leadUid(), {});
    REQUIRE(opened.ok());
    CHECK(opened->number.startsWith(QStringLiteral("苏纪案〔")));
    CHECK(opened->title == QStringLiteral("郑国强案")); // record data, in Chinese whatever the UI language
    auto stored = cases::CaseService(*lead).caseFile(opened->uid);
    auto source = leads::LeadService(*lead).lead(fixture.leadUid());
    REQUIRE(stored.ok());
    REQUIRE(source.ok());
    CHECK(stored->leadNumber == source->number); // shown on the case even to those who may not open the lead
    CHECK(cases::CaseService(*lead).fileCase(fixture.leadUid(), {}).code() == ErrorCode::AlreadyExists);
    auto auditor = fixture.as(QStringLiteral("auditor"));
    CHECK(cases::CaseService(*auditor).caseFile(opened->uid).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("conflicted assignees are blocked or warned, and reviewers never investigated the case", "[cases][recusal]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    {
        auto inv2 = fixture.as(QStringLiteral("inv2"));
        REQUIRE(cases::CaseService(*inv2)
                    .declareRelationship(
                        {QStringLiteral("relative"), QStringLiteral("郑国强"), {}, {}, QStringLiteral("表兄")})
                    .ok());
        auto dual = fixture.as(QStringLiteral("dual"));
        REQUIRE(cases::CaseService(*dual)
                    .declareRelationship({QStringLiteral("same_unit"), {}, {}, QStringLiteral("某市交通运输局"), {}})
                    .ok());
        CHECK(cases::CaseService(*dual)
                  .declareRelationship({QStringLiteral("cousin"), QStringLiteral("x"), {}, {}, {}})
                  .code() == ErrorCode::Invalid);
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    cases::CaseService service(*boss);
    const auto blocked = service.assign(caseUid, QStringLiteral("inv2"), cases::TeamRole::Member);
    CHECK(blocked.code() == ErrorCode::PermissionDenied);
    CHECK(blocked.message().contains(QStringLiteral("郑国强")));
    auto warned = service.assign(caseUid, QStringLiteral("dual"), cases::TeamRole::Member);
    REQUIRE(warned.ok());
    REQUIRE(warned->warnings.size() == 1);
    CHECK(warned->warnings.first().contains(QStringLiteral("郑国强")));
    // dual investigated the case, so cannot review it.
    const auto crossed = service.assign(caseUid, QStringLiteral("dual"), cases::TeamRole::Reviewer);
    CHECK(crossed.code() == ErrorCode::PermissionDenied);
    CHECK(crossed.message().contains(QLatin1String("investigated")));
    CHECK(service.assign(caseUid, QStringLiteral("rev1"), cases::TeamRole::Member).code() == ErrorCode::Invalid);
    REQUIRE(service.assign(caseUid, QStringLiteral("rev1"), cases::TeamRole::Reviewer).ok());

    // A recusal decision keeps someone out for good.
    auto recusal = service.requestRecusal(caseUid, QStringLiteral("rev2"), QStringLiteral("曾为本案证人"));
    REQUIRE(recusal.ok());
    REQUIRE(service.decideRecusal(recusal.value(), true, QStringLiteral("同意回避")).ok());
    CHECK(service.assign(caseUid, QStringLiteral("rev2"), cases::TeamRole::Reviewer).code() ==
          ErrorCode::PermissionDenied);
    CHECK(service.decideRecusal(recusal.value(), false, {}).code() == ErrorCode::NotFound);
}

TEST_CASE("measures must be approved and valid before they are executed; talks need two staff", "[measures]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    QString measureUid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        cases::MeasureService measures(*lead);
        CHECK(measures.request({caseUid, QStringLiteral("wiretap"), QStringLiteral("x"), QStringLiteral("y"), {}})
                  .code() == ErrorCode::Invalid);
        CHECK(measures.request({caseUid, QStringLiteral("seizure"), {}, QStringLiteral("y"), {}}).code() ==
              ErrorCode::Invalid);
        auto requested = measures.request({caseUid, QStringLiteral("talk"), QStringLiteral("依据"),
                                           QStringLiteral("理由"), QStringLiteral("郑国强")});
        REQUIRE(requested.ok());
        measureUid = requested.value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        CHECK(measures.recordExecution(measureUid, now, QStringLiteral("执行"), {}).code() == ErrorCode::Invalid);
        CHECK(measures
                  .recordTalk({caseUid,
                               measureUid,
                               QStringLiteral("谈话室"),
                               now,
                               now.addSecs(600),
                               QStringLiteral("郑国强"),
                               {QStringLiteral("lead"), QStringLiteral("inv")},
                               QStringLiteral("问答")})
                  .code() == ErrorCode::Invalid);
        CHECK(measures.approve(measureUid, now, now.addDays(1)).code() == ErrorCode::PermissionDenied);
    }
    {
        auto inv2 = fixture.as(QStringLiteral("inv2"));
        CHECK(cases::MeasureService(*inv2)
                  .request({caseUid, QStringLiteral("talk"), QStringLiteral("依据"), QStringLiteral("理由"), {}})
                  .code() == ErrorCode::PermissionDenied);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        auto boss = fixture.as(QStringLiteral("boss"));
        CHECK(cases::MeasureService(*boss).approve(measureUid, now, now.addSecs(-1)).code() == ErrorCode::Invalid);
        // Valid for the last two days only: it has already expired.
        REQUIRE(cases::MeasureService(*boss).approve(measureUid, now.addDays(-2), now.addSecs(-60)).ok());
    }
    auto lead = fixture.as(QStringLiteral("lead"));
    cases::MeasureService measures(*lead);
    const auto expired = measures.recordExecution(measureUid, now, QStringLiteral("执行"), {});
    CHECK(expired.code() == ErrorCode::Invalid);
    CHECK(expired.message().contains(QLatin1String("valid")));
    CHECK(measures
              .recordTalk({caseUid,
                           measureUid,
                           QStringLiteral("谈话室"),
                           now,
                           now.addSecs(600),
                           QStringLiteral("郑国强"),
                           {QStringLiteral("lead"), QStringLiteral("inv")},
                           QStringLiteral("问答")})
              .code() == ErrorCode::Invalid);
    const QDateTime earlier = now.addDays(-1);
    CHECK(measures
              .recordTalk({caseUid,
                           measureUid,
                           QStringLiteral("谈话室"),
                           earlier,
                           earlier.addSecs(600),
                           QStringLiteral("郑国强"),
                           {QStringLiteral("lead")},
                           QStringLiteral("问答")})
              .code() == ErrorCode::Invalid); // one staff member
    CHECK(measures
              .recordTalk({caseUid,
                           measureUid,
                           QStringLiteral("谈话室"),
                           earlier,
                           earlier.addSecs(-10),
                           QStringLiteral("郑国强"),
                           {QStringLiteral("lead"), QStringLiteral("inv")},
                           QStringLiteral("问答")})
              .code() == ErrorCode::Invalid); // ends before it starts
    REQUIRE(measures
                .recordTalk({caseUid,
                             measureUid,
                             QStringLiteral("谈话室"),
                             earlier,
                             earlier.addSecs(3600),
                             QStringLiteral("郑国强"),
                             {QStringLiteral("lead"), QStringLiteral("inv")},
                             QStringLiteral("问：……答：……")})
                .ok());
    auto listed = measures.measuresOf(caseUid);
    REQUIRE(listed.ok());
    CHECK(listed->first().status == QStringLiteral("executed"));
}

TEST_CASE("collective decisions need quorum, cannot be edited, and keep their history when superseded", "[decisions]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto boss = fixture.as(QStringLiteral("boss"));
    decisions::DecisionService decisions(*boss);
    const auto noQuorum = decisions.record(CaseFixture::decision(caseUid, QStringLiteral("standing_committee"), 4, 5));
    CHECK(noQuorum.code() == ErrorCode::Invalid);
    CHECK(noQuorum.message().contains(QLatin1String("quorum")));
    auto first = decisions.record(CaseFixture::decision(caseUid, QStringLiteral("standing_committee")));
    REQUIRE(first.ok());
    auto edit = storage::execute(boss->database(), QStringLiteral("UPDATE collective_decision SET conclusion = '改'"));
    CHECK_FALSE(edit.ok());
    CHECK_FALSE(storage::execute(boss->database(), QStringLiteral("DELETE FROM collective_decision")).ok());
    CHECK_FALSE(storage::execute(boss->database(), QStringLiteral("UPDATE decision_member SET opinion = '改'")).ok());

    auto replacement = CaseFixture::decision(caseUid, QStringLiteral("standing_committee"));
    replacement.conclusion = QStringLiteral("经复议，改为……");
    replacement.supersedesUid = first.value();
    auto second = decisions.record(replacement);
    REQUIRE(second.ok());
    CHECK(decisions.record(replacement).code() == ErrorCode::Invalid); // the first is already superseded
    auto history = decisions.history(caseUid);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).conclusion == QStringLiteral("经集体研究，同意。"));
    CHECK(history->at(0).supersededByUid == second.value());
    CHECK(history->at(1).supersedesUid == first.value());
    CHECK(history->at(0).members.at(1).dissent);
    CHECK(history->at(0).members.at(1).opinion == QStringLiteral("本人持保留意见：证据尚不充分。"));

    auto lead = fixture.as(QStringLiteral("lead"));
    CHECK(decisions::DecisionService(*lead)
              .record(CaseFixture::decision(caseUid, QStringLiteral("case_meeting")))
              .code() == ErrorCode::PermissionDenied);
}

TEST_CASE("stage deadlines, their approved extensions and overdue alerts", "[deadlines]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    QString deadlineUid;
    QString extensionUid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        cases::DeadlineService deadlines(*lead);
        auto open = deadlines.openDeadlines(caseUid);
        REQUIRE(open.ok());
        REQUIRE(open->size() == 1);
        CHECK(open->first().kind == QStringLiteral("verification"));
        CHECK(open->first().dueOn == QDate::currentDate().addMonths(2));
        deadlineUid = open->first().uid;
        CHECK(deadlines.requestExtension(deadlineUid, 2, QStringLiteral("情况复杂")).code() == ErrorCode::Invalid);
        auto requested = deadlines.requestExtension(deadlineUid, 1, QStringLiteral("情况复杂"));
        REQUIRE(requested.ok());
        extensionUid = requested.value();
        CHECK(deadlines.decideExtension(extensionUid, true).code() == ErrorCode::PermissionDenied);
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    cases::DeadlineService deadlines(*boss);
    CHECK(deadlines.overdue(QDate::currentDate().addMonths(2).addDays(1))->size() == 1);
    REQUIRE(deadlines.decideExtension(extensionUid, true).ok());
    CHECK(deadlines.openDeadlines(caseUid)->first().dueOn == QDate::currentDate().addMonths(3));
    CHECK(deadlines.overdue(QDate::currentDate().addMonths(2).addDays(1))->isEmpty());
    CHECK(deadlines.overdue(QDate::currentDate().addMonths(3).addDays(1))->size() == 1);
    auto lead = fixture.as(QStringLiteral("lead"));
    CHECK(cases::DeadlineService(*lead).requestExtension(deadlineUid, 1, QStringLiteral("再延")).code() ==
          ErrorCode::Invalid);
}

TEST_CASE("the first appeal must be handled by its deadline", "[appeals]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto rev1 = fixture.as(QStringLiteral("rev1"));
    cases::CaseReviewService review(*rev1);
    auto first = review.lodgeAppeal(caseUid, QStringLiteral("郑国强"), QStringLiteral("不服处分"),
                                    QDate::currentDate().addDays(-100));
    REQUIRE(first.ok());
    auto second =
        review.lodgeAppeal(caseUid, QStringLiteral("郑国强"), QStringLiteral("再次申诉"), QDate::currentDate());
    REQUIRE(second.ok());
    auto all = review.appeals(caseUid);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).first);
    CHECK_FALSE(all->at(1).first);
    CHECK(all->at(0).dueOn == QDate::currentDate().addDays(-100 + cases::CaseReviewService::kFirstAppealDays));
    auto overdue = review.overdueFirstAppeals();
    REQUIRE(overdue.ok());
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->first().uid == first.value());
    CHECK(review.decideAppeal(first.value(), cases::AppealOutcome::Change, {}).code() == ErrorCode::Invalid);
    REQUIRE(review.decideAppeal(first.value(), cases::AppealOutcome::Change, QStringLiteral("部分事实不清，改为警告"))
                .ok());
    CHECK(review.overdueFirstAppeals()->isEmpty());
}

TEST_CASE("supervised cases report progress and are escalated when overdue", "[supervision]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto boss = fixture.as(QStringLiteral("boss"));
    cases::DeadlineService deadlines(*boss);
    CHECK(deadlines.startSupervision(caseUid, QStringLiteral("省纪委"), {}, QDate::currentDate(), 30).code() ==
          ErrorCode::Invalid);
    auto supervision = deadlines.startSupervision(caseUid, QStringLiteral("省纪委"), QStringLiteral("三个月内查结"),
                                                  QDate::currentDate().addDays(90), 30);
    REQUIRE(supervision.ok());
    CHECK(deadlines.escalateOverdue()->isEmpty());
    auto late = deadlines.escalateOverdue(QDate::currentDate().addDays(31)); // no progress report for a month
    REQUIRE(late.ok());
    REQUIRE(late->size() == 1);
    CHECK(late->first().escalated);
    CHECK(deadlines.escalateOverdue(QDate::currentDate().addDays(200))->isEmpty()); // escalated once
    auto lead = fixture.as(QStringLiteral("lead"));
    REQUIRE(cases::DeadlineService(*lead)
                .reportProgress(supervision.value(), QDate::currentDate(), QStringLiteral("已完成初核"))
                .ok());
    CHECK(cases::DeadlineService(*lead).supervisionsDue(QDate::currentDate(), 100)->size() == 1);
}

TEST_CASE("accountability records are visible to approvers and auditors only", "[accountability]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    {
        auto boss = fixture.as(QStringLiteral("boss"));
        REQUIRE(
            cases::AccountabilityService(*boss)
                .record(QStringLiteral("inv"), caseUid, QStringLiteral("leak"), QStringLiteral("向无关人员透露案情"))
                .ok());
        CHECK(cases::AccountabilityService(*boss)
                  .record(QStringLiteral("inv"), caseUid, QStringLiteral("gossip"), QStringLiteral("x"))
                  .code() == ErrorCode::Invalid);
    }
    auto auditor = fixture.as(QStringLiteral("auditor"));
    auto records = cases::AccountabilityService(*auditor).records();
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1);
    CHECK(records->first().staffLogin == QStringLiteral("inv"));
    auto lead = fixture.as(QStringLiteral("lead"));
    CHECK(cases::AccountabilityService(*lead).records().code() == ErrorCode::PermissionDenied);
}

TEST_CASE("the dashboard counts only the cases the case list shows the user", "[cases]")
{
    CaseFixture fixture(access::ConfidentialityLevel::Secret);
    fixture.openCaseWithTeam();
    const auto total = [](const QList<QPair<QString, int>>& byStage) {
        int sum = 0;
        for (const auto& stage : byStage)
            sum += stage.second;
        return sum;
    };
    for (const auto& [login, visible] : {std::pair{QStringLiteral("lead"), 1}, std::pair{QStringLiteral("clerk"), 0}}) {
        auto session = fixture.as(login);
        cases::CaseService service(*session);
        auto counted = service.countByStage();
        auto listed = service.list();
        INFO(login.toStdString());
        REQUIRE(counted.ok());
        REQUIRE(listed.ok());
        CHECK(total(counted.value()) == visible);
        CHECK(listed->size() == visible);
        auto counters = reporting::caseCounters(*session);
        REQUIRE(counters.ok());
        CHECK(total(counters->byStage) == visible);
    }
}
