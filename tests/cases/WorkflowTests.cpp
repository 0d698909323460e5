#include "CaseFixture.h"
#include "cases/CaseService.h"
#include "cases/DeadlineService.h"
#include "cases/MeasureService.h"
#include "cases/ReviewService.h"
#include "decisions/DecisionService.h"
#include "storage/Sql.h"
#include "workflow/CaseWorkflow.h"

#include <catch2/catch.hpp>

using namespace qf;
using test::CaseFixture;

namespace {

QString approvedTalkMeasure(CaseFixture& fixture, const QString& caseUid)
{
    QString measureUid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        auto requested = cases::MeasureService(*lead).request(
            {caseUid, QStringLiteral("talk"), QStringLiteral("《监督执纪工作规则》"), QStringLiteral("核实受贿事实"),
             QStringLiteral("郑国强")});
        REQUIRE(requested.ok());
        measureUid = requested.value();
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(cases::MeasureService(*boss).approve(measureUid, now.addSecs(-3600), now.addDays(7)).ok());
    return measureUid;
}

} // namespace

TEST_CASE("a case goes from preliminary verification to the archive through every transition", "[workflow]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    CHECK(fixture.stageOf(caseUid) == QStringLiteral("verification"));

    SECTION("the whole default flow")
    {
        {
            auto lead = fixture.as(QStringLiteral("lead"));
            workflow::CaseWorkflow engine(*lead);
            auto options = engine.options(caseUid);
            REQUIRE(options.ok());
            REQUIRE(options->size() == 1);
            CHECK(options->first().transition.id == QStringLiteral("file"));
            CHECK(options->first().mayRequest);
            CHECK_FALSE(options->first().ready());
            const auto blocked = engine.request(caseUid, QStringLiteral("file"), {});
            CHECK(blocked.code() == ErrorCode::Invalid);
            CHECK(blocked.message().contains(QLatin1String("collective_decision")));
            CHECK(blocked.message().contains(QStringLiteral("常委会"))); // the meeting type's label, not its code
        }
        {
            auto boss = fixture.as(QStringLiteral("boss"));
            REQUIRE(decisions::DecisionService(*boss)
                        .record(CaseFixture::decision(caseUid, QStringLiteral("standing_committee")))
                        .ok());
        }
        QString requestUid;
        {
            auto lead = fixture.as(QStringLiteral("lead"));
            auto requested =
                workflow::CaseWorkflow(*lead).request(caseUid, QStringLiteral("file"), QStringLiteral("拟立案"));
            REQUIRE(requested.ok());
            requestUid = requested.value();
            CHECK(workflow::CaseWorkflow(*lead).approve(requestUid, {}).code() == ErrorCode::PermissionDenied);
            CHECK(workflow::CaseWorkflow(*lead).request(caseUid, QStringLiteral("file"), {}).code() ==
                  ErrorCode::Invalid);
        }
        {
            auto boss = fixture.as(QStringLiteral("boss"));
            auto inbox = workflow::CaseWorkflow(*boss).inbox();
            REQUIRE(inbox.ok());
            REQUIRE(inbox->size() == 1);
            CHECK(inbox->first().uid == requestUid);
            CHECK(inbox->first().requestedBy == QStringLiteral("lead"));
            REQUIRE(workflow::CaseWorkflow(*boss).approve(requestUid, QStringLiteral("同意立案")).ok());
            CHECK(workflow::CaseWorkflow(*boss).inbox()->isEmpty());
        }
        CHECK(fixture.stageOf(caseUid) == QStringLiteral("filed"));
        fixture.move(caseUid, QStringLiteral("start_investigation"), QStringLiteral("lead"), QStringLiteral("boss"));
        CHECK(fixture.stageOf(caseUid) == QStringLiteral("investigation"));

        const QString measureUid = approvedTalkMeasure(fixture, caseUid);
        {
            auto boss = fixture.as(QStringLiteral("boss"));
            REQUIRE(decisions::DecisionService(*boss)
                        .record(CaseFixture::decision(caseUid, QStringLiteral("case_meeting")))
                        .ok());
        }
        {
            auto lead = fixture.as(QStringLiteral("lead"));
            const auto open = workflow::CaseWorkflow(*lead).request(caseUid, QStringLiteral("transfer_to_review"), {});
            CHECK(open.message().contains(QLatin1String("no_open_measure")));
            const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1800);
            REQUIRE(cases::MeasureService(*lead)
                        .recordTalk({caseUid,
                                     measureUid,
                                     QStringLiteral("市纪委谈话室1"),
                                     start,
                                     start.addSecs(1500),
                                     QStringLiteral("郑国强"),
                                     {QStringLiteral("lead"), QStringLiteral("inv")},
                                     QStringLiteral("问：你是否收受过某公司的财物？答：……")})
                        .ok());
        }
        fixture.move(caseUid, QStringLiteral("transfer_to_review"), QStringLiteral("lead"), QStringLiteral("boss"));
        CHECK(fixture.stageOf(caseUid) == QStringLiteral("review"));

        {
            auto boss = fixture.as(QStringLiteral("boss"));
            cases::CaseService service(*boss);
            REQUIRE(service.assign(caseUid, QStringLiteral("rev1"), cases::TeamRole::Reviewer).ok());
            REQUIRE(service.assign(caseUid, QStringLiteral("rev2"), cases::TeamRole::Reviewer).ok());
        }
        {
            auto rev1 = fixture.as(QStringLiteral("rev1"));
            cases::CaseReviewService review(*rev1);
            const auto missing = workflow::CaseWorkflow(*rev1).request(caseUid, QStringLiteral("decide"), {});
            CHECK(missing.message().contains(QLatin1String("review_record")));
            REQUIRE(review
                        .recordReview(caseUid, QStringLiteral("report"),
                                      QStringLiteral("审理报告：事实清楚，证据确凿。"), QDate::currentDate())
                        .ok());
            REQUIRE(
                review
                    .recordReview(caseUid, QStringLiteral("hearing"), QStringLiteral("听证记录"), QDate::currentDate())
                    .ok());
        }
        {
            auto inv = fixture.as(QStringLiteral("inv"));
            CHECK(cases::CaseReviewService(*inv)
                      .recordReview(caseUid, QStringLiteral("report"), QStringLiteral("x"), QDate::currentDate())
                      .code() == ErrorCode::PermissionDenied);
            REQUIRE(cases::CaseReviewService(*inv)
                        .recordReview(caseUid, QStringLiteral("defence"), QStringLiteral("被审查人申辩意见"),
                                      QDate::currentDate())
                        .ok());
        }
        {
            auto boss = fixture.as(QStringLiteral("boss"));
            REQUIRE(decisions::DecisionService(*boss)
                        .record(CaseFixture::decision(caseUid, QStringLiteral("review_meeting")))
                        .ok());
        }
        fixture.move(caseUid, QStringLiteral("decide"), QStringLiteral("rev1"), QStringLiteral("boss"));
        fixture.move(caseUid, QStringLiteral("execute"), QStringLiteral("boss"), QStringLiteral("boss2"));
        CHECK(fixture.stageOf(caseUid) == QStringLiteral("execution"));

        QString appealUid;
        {
            auto rev1 = fixture.as(QStringLiteral("rev1"));
            auto lodged = cases::CaseReviewService(*rev1).lodgeAppeal(
                caseUid, QStringLiteral("郑国强"), QStringLiteral("认为处分过重"), QDate::currentDate());
            REQUIRE(lodged.ok());
            appealUid = lodged.value();
        }
        {
            auto lead = fixture.as(QStringLiteral("lead"));
            const auto pending = workflow::CaseWorkflow(*lead).request(caseUid, QStringLiteral("close"), {});
            CHECK(pending.message().contains(QLatin1String("no_pending_first_appeal")));
        }
        {
            auto rev1 = fixture.as(QStringLiteral("rev1"));
            REQUIRE(cases::CaseReviewService(*rev1)
                        .decideAppeal(appealUid, cases::AppealOutcome::Maintain, QStringLiteral("维持原处分"))
                        .ok());
        }
        fixture.move(caseUid, QStringLiteral("close"), QStringLiteral("lead"), QStringLiteral("boss"));
        fixture.move(caseUid, QStringLiteral("archive"), QStringLiteral("clerk"), QStringLiteral("boss"));
        CHECK(fixture.stageOf(caseUid) == QStringLiteral("archived"));

        auto auditor = fixture.as(QStringLiteral("auditor"));
        auto approvals = storage::querySingleValue(
            auditor->database(),
            QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'case.transition.approve'"));
        CHECK(approvals->toInt() == 7);
        auto deadlines = storage::querySingleValue(
            auditor->database(), QStringLiteral("SELECT count(*) FROM deadline WHERE met_on IS NULL"));
        CHECK(deadlines->toInt() == 0);
    }

    SECTION("a refused request leaves the stage and is recorded with its reason")
    {
        {
            auto boss = fixture.as(QStringLiteral("boss"));
            REQUIRE(decisions::DecisionService(*boss)
                        .record(CaseFixture::decision(caseUid, QStringLiteral("standing_committee")))
                        .ok());
        }
        QString requestUid;
        {
            auto lead = fixture.as(QStringLiteral("lead"));
            requestUid = workflow::CaseWorkflow(*lead).request(caseUid, QStringLiteral("file"), {}).value();
        }
        auto boss = fixture.as(QStringLiteral("boss"));
        CHECK(workflow::CaseWorkflow(*boss).refuse(requestUid, {}).code() == ErrorCode::Invalid);
        REQUIRE(workflow::CaseWorkflow(*boss).refuse(requestUid, QStringLiteral("材料不全，补充后再报")).ok());
        CHECK(fixture.stageOf(caseUid) == QStringLiteral("verification"));
        auto note =
            storage::querySingleValue(boss->database(), QStringLiteral("SELECT decision_note FROM transition_request"));
        CHECK(note->toString() == QStringLiteral("材料不全，补充后再报"));
    }
}

TEST_CASE("a stage cannot be changed outside the engine, nor by someone off the case", "[workflow]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    {
        auto admin = fixture.as(QStringLiteral("admin"));
        auto raw = storage::execute(admin->database(), QStringLiteral("UPDATE case_file SET stage = 'closed'"));
        REQUIRE_FALSE(raw.ok());
        CHECK(raw.message().contains(QLatin1String("workflow")));
    }
    CHECK(fixture.stageOf(caseUid) == QStringLiteral("verification"));
    {
        auto boss = fixture.as(QStringLiteral("boss"));
        REQUIRE(decisions::DecisionService(*boss)
                    .record(CaseFixture::decision(caseUid, QStringLiteral("standing_committee")))
                    .ok());
    }
    auto inv2 = fixture.as(QStringLiteral("inv2"));
    CHECK(workflow::CaseWorkflow(*inv2).request(caseUid, QStringLiteral("file"), {}).code() ==
          ErrorCode::PermissionDenied);
    CHECK(workflow::CaseWorkflow(*inv2).request(caseUid, QStringLiteral("archive"), {}).code() == ErrorCode::Invalid);
    CHECK(workflow::CaseWorkflow(*inv2).request(caseUid, QStringLiteral("no_such"), {}).code() == ErrorCode::NotFound);
}
