#include "SanctionSupport.h"
#include "access/UserService.h"
#include "reporting/AlertService.h"
#include "sanctions/AssetRecoveryService.h"
#include "sanctions/SanctionService.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace qf;
using sanctions::ExecutionStepKind;
using sanctions::SanctionKind;
using test::CaseFixture;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QList<sanctions::ExecutionAlert> alertsOn(CaseFixture& fixture, const QDate& asOf, int withinDays)
{
    auto boss = fixture.as(QStringLiteral("boss"));
    auto alerts = sanctions::SanctionService(*boss).executionAlerts(asOf, withinDays);
    REQUIRE(alerts.ok());
    return alerts.value();
}

const sanctions::ExecutionAlert* findStep(const QList<sanctions::ExecutionAlert>& alerts, ExecutionStepKind step)
{
    for (const auto& alert : alerts)
        if (alert.step == step)
            return &alert;
    return nullptr;
}
// The result points into the list: a temporary list would leave it dangling.
const sanctions::ExecutionAlert* findStep(QList<sanctions::ExecutionAlert>&& alerts, ExecutionStepKind step) = delete;

} // namespace

TEST_CASE("a decision takes its promotion period from the defaults and gets its execution steps", "[sanctions]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    const QString person = test::subjectOf(*reviewer, caseUid);
    sanctions::SanctionService service(*reviewer);

    auto warning = service.decide(caseUid, test::termsFor(person, SanctionKind::PartyWarning, date("2025-01-15")));
    REQUIRE(warning.ok());
    auto record = service.sanction(warning.value());
    REQUIRE(record.ok());
    CHECK(record->promotionMonths == 12);
    CHECK(record->affectsUntil == date("2026-01-14"));
    CHECK(record->executingUnit == QStringLiteral("某市交通运输局"));
    CHECK(record->current);
    CHECK_FALSE(record->revoked);

    auto probation = test::termsFor(person, SanctionKind::PartyProbation, date("2025-02-01"));
    probation.probationYears = 2;
    auto twoYears = service.decide(caseUid, probation);
    REQUIRE(twoYears.ok());
    CHECK(service.sanction(twoYears.value())->promotionMonths == 24);
    probation.probationYears = 0;
    CHECK(service.decide(caseUid, probation).code() == ErrorCode::Invalid);
    auto demerit = test::termsFor(person, SanctionKind::Demerit, date("2025-02-01"));
    demerit.probationYears = 1;
    CHECK(service.decide(caseUid, demerit).code() == ErrorCode::Invalid);

    auto steps = service.executionOf(caseUid);
    REQUIRE(steps.ok());
    QList<sanctions::ExecutionStep> ofWarning;
    for (const auto& step : steps.value())
        if (step.sanctionUid == warning.value())
            ofWarning << step;
    REQUIRE(ofWarning.size() == 2); // a warning changes no job or pay
    CHECK(ofWarning.at(0).kind == ExecutionStepKind::Announcement);
    CHECK(ofWarning.at(0).dueOn == date("2025-02-15"));
    CHECK(ofWarning.at(1).kind == ExecutionStepKind::ExecutionReport);
    CHECK(ofWarning.at(1).dueOn == date("2025-07-15"));
    CHECK(steps->size() == 5); // probation adds announcement, job and pay changes, and the report

    // The warning stands in the way of promotion through 2026-01-14, not the day after; probation until 2027-01-31.
    auto inEffect = [&](const char* on) {
        auto found = sanctions::SanctionService::inEffectWithin(reviewer->database(), person, date(on));
        REQUIRE(found.ok());
        QStringList uids;
        for (const auto& inForce : found.value())
            uids << inForce.uid;
        return uids;
    };
    CHECK(inEffect("2025-01-14").isEmpty());
    CHECK(inEffect("2025-01-15") == QStringList{warning.value()});
    CHECK(inEffect("2026-01-14") == QStringList{warning.value(), twoYears.value()});
    CHECK(inEffect("2026-01-15") == QStringList{twoYears.value()});
    CHECK(inEffect("2027-01-31") == QStringList{twoYears.value()});
    CHECK(inEffect("2027-02-01").isEmpty());
}

TEST_CASE("a decision is refused without its number, for a future date, or for someone the case is not about",
          "[sanctions]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    const QString person = test::subjectOf(*reviewer, caseUid);
    sanctions::SanctionService service(*reviewer);
    auto terms = test::termsFor(person, SanctionKind::Demotion, QDate::currentDate());
    terms.decisionNumber = QStringLiteral("  ");
    CHECK(service.decide(caseUid, terms).code() == ErrorCode::Invalid);
    terms = test::termsFor(person, SanctionKind::Demotion, QDate::currentDate().addDays(1));
    CHECK(service.decide(caseUid, terms).code() == ErrorCode::Invalid);
    terms = test::termsFor(QStringLiteral("not-a-subject"), SanctionKind::Demotion, QDate::currentDate());
    CHECK(service.decide(caseUid, terms).code() == ErrorCode::Invalid);
    CHECK(service
              .decide(QStringLiteral("no-such-case"),
                      test::termsFor(person, SanctionKind::Demotion, QDate::currentDate()))
              .code() == ErrorCode::NotFound);
    auto none = service.sanctionsOf(caseUid);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}

TEST_CASE("execution alerts at the boundaries: due today is not overdue, the day after is", "[sanctions][alerts]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    QString person;
    {
        auto reviewer = fixture.as(QStringLiteral("rev1"));
        person = test::subjectOf(*reviewer, caseUid);
    }
    const QString uid =
        test::decideAsReviewer(fixture, caseUid, test::termsFor(person, SanctionKind::Demotion, date("2025-03-10")));

    // The announcement and the job and pay changes are due 2025-04-10, the report 2025-09-10.
    CHECK(alertsOn(fixture, date("2025-04-09"), 0).isEmpty());
    auto dayBefore = alertsOn(fixture, date("2025-04-09"), 1);
    REQUIRE(dayBefore.size() == 2);
    CHECK_FALSE(dayBefore.at(0).overdue);
    CHECK(dayBefore.at(0).sanctionUid == uid);
    CHECK(dayBefore.at(0).caseUid == caseUid);
    CHECK(dayBefore.at(0).personName == QStringLiteral("郑国强"));
    auto dueDay = alertsOn(fixture, date("2025-04-10"), 0);
    REQUIRE(dueDay.size() == 2);
    CHECK_FALSE(dueDay.at(0).overdue);
    auto dayAfter = alertsOn(fixture, date("2025-04-11"), 0);
    REQUIRE(dayAfter.size() == 2);
    CHECK(dayAfter.at(0).overdue);
    CHECK(dayAfter.at(1).overdue);
    {
        // The alerts page lists the same two steps under its execution source.
        auto boss = fixture.as(QStringLiteral("boss"));
        auto page = reporting::AlertService(*boss).alerts(date("2025-04-11"), 0);
        REQUIRE(page.ok());
        int executionAlerts = 0;
        for (const reporting::Alert& alert : page->alerts)
            if (alert.source == QStringLiteral("execution")) {
                ++executionAlerts;
                CHECK(alert.recordUid == caseUid);
                CHECK(alert.overdue(date("2025-04-11")));
                CHECK(alert.what.contains(QStringLiteral("郑国强")));
            }
        CHECK(executionAlerts == 2);
    }

    const auto* announcement = findStep(dayAfter, ExecutionStepKind::Announcement);
    REQUIRE(announcement);
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        sanctions::SanctionService service(*inv);
        CHECK(service.recordExecution(announcement->stepUid, date("2025-04-11"), {}).code() == ErrorCode::Invalid);
        REQUIRE(service.recordExecution(announcement->stepUid, date("2025-04-11"), QStringLiteral("已在局党组会上宣布"))
                    .ok());
        CHECK(service.recordExecution(announcement->stepUid, date("2025-04-12"), QStringLiteral("again")).code() ==
              ErrorCode::Invalid);
    }
    auto afterFeedback = alertsOn(fixture, date("2025-04-11"), 0);
    REQUIRE(afterFeedback.size() == 1);
    CHECK(afterFeedback.at(0).step == ExecutionStepKind::JobPayChange);

    // The alerts are kept in a variable: findStep points into the list.
    const auto onTheDay = alertsOn(fixture, date("2025-09-10"), 0);
    const auto* report = findStep(onTheDay, ExecutionStepKind::ExecutionReport);
    REQUIRE(report);
    CHECK_FALSE(report->overdue);
    const auto dayAfterReport = alertsOn(fixture, date("2025-09-11"), 0);
    report = findStep(dayAfterReport, ExecutionStepKind::ExecutionReport);
    REQUIRE(report);
    CHECK(report->overdue);
    const auto dayBeforeReport = alertsOn(fixture, date("2025-09-09"), 0);
    CHECK(findStep(dayBeforeReport, ExecutionStepKind::ExecutionReport) == nullptr);
}

TEST_CASE("execution time limits are configurable and apply to later decisions", "[sanctions][alerts]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        CHECK(sanctions::SanctionService(*inv).setStepMonths(ExecutionStepKind::ExecutionReport, 3).code() ==
              ErrorCode::PermissionDenied);
        auto boss = fixture.as(QStringLiteral("boss"));
        CHECK(sanctions::SanctionService(*boss).setStepMonths(ExecutionStepKind::ExecutionReport, 0).code() ==
              ErrorCode::Invalid);
        REQUIRE(sanctions::SanctionService(*boss).setStepMonths(ExecutionStepKind::ExecutionReport, 3).ok());
        REQUIRE(sanctions::SanctionService(*boss).setPromotionMonths(SanctionKind::AdminWarning, 0, 9).ok());
    }
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    const QString person = test::subjectOf(*reviewer, caseUid);
    const QString uid = test::decideAsReviewer(fixture, caseUid,
                                               test::termsFor(person, SanctionKind::AdminWarning, date("2025-05-20")));
    sanctions::SanctionService service(*reviewer);
    CHECK(service.sanction(uid)->promotionMonths == 9);
    auto steps = service.executionOf(caseUid);
    REQUIRE(steps.ok());
    REQUIRE(steps->size() == 2);
    CHECK(steps->at(1).kind == ExecutionStepKind::ExecutionReport);
    CHECK(steps->at(1).dueOn == date("2025-08-20"));
}

TEST_CASE("sanctions refuse roles without the permission, and the refusal is audited", "[sanctions][access]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    QString person;
    {
        auto reviewer = fixture.as(QStringLiteral("rev1"));
        person = test::subjectOf(*reviewer, caseUid);
    }
    const auto terms = test::termsFor(person, SanctionKind::MajorDemerit, date("2025-06-01"));
    auto inv = fixture.as(QStringLiteral("inv"));
    CHECK(sanctions::SanctionService(*inv).decide(caseUid, terms).code() == ErrorCode::PermissionDenied);
    auto denied = storage::querySingleValue(inv->database(),
                                            QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = "
                                                           "'access.denied' AND target_uid = ? AND actor = 'inv'"),
                                            {caseUid});
    REQUIRE(denied.ok());
    CHECK(denied->toInt() == 1);

    const QString uid = test::decideAsReviewer(fixture, caseUid, terms);
    auto auditor = fixture.as(QStringLiteral("auditor"));
    CHECK(sanctions::SanctionService(*auditor).sanctionsOf(caseUid).code() == ErrorCode::PermissionDenied);
    CHECK(sanctions::AssetRecoveryService(*auditor).recoveriesOf(caseUid).code() == ErrorCode::PermissionDenied);
    auto clerk = fixture.as(QStringLiteral("clerk"));
    CHECK(sanctions::AssetRecoveryService(*clerk)
              .record(caseUid, 100, QStringLiteral("CNY"), date("2025-06-02"), QStringLiteral("退缴"))
              .code() == ErrorCode::PermissionDenied);
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    auto steps = sanctions::SanctionService(*reviewer).executionOf(caseUid);
    REQUIRE(steps.ok());
    REQUIRE_FALSE(steps->isEmpty());
    CHECK(sanctions::SanctionService(*reviewer)
              .recordExecution(steps->first().uid, date("2025-06-05"), QStringLiteral("已宣布"))
              .code() == ErrorCode::PermissionDenied);
    CHECK(sanctions::SanctionService(*auditor).executionAlerts(date("2026-01-01"), 0).ok()); // the alerts page
    auto recorded = storage::querySingleValue(
        reviewer->database(),
        QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sanction.decide' AND target_uid = ?"),
        {caseUid});
    REQUIRE(recorded.ok());
    CHECK(recorded->toInt() == 1);
    CHECK_FALSE(uid.isEmpty());
}

TEST_CASE("amounts recovered are exact cents with their currency", "[sanctions][recovery]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    sanctions::AssetRecoveryService service(*lead);
    CHECK(service.record(caseUid, 0, QStringLiteral("CNY"), date("2025-06-02"), QStringLiteral("退缴")).code() ==
          ErrorCode::Invalid);
    CHECK(service.record(caseUid, 100, QStringLiteral("rmb"), date("2025-06-02"), QStringLiteral("退缴")).code() ==
          ErrorCode::Invalid);
    CHECK(service.record(caseUid, 100, QStringLiteral("CNY"), QDate::currentDate().addDays(1), QStringLiteral("退缴"))
              .code() == ErrorCode::Invalid);
    REQUIRE(
        service.record(caseUid, 123456789, QStringLiteral("CNY"), date("2025-06-02"), QStringLiteral("主动退缴")).ok());
    REQUIRE(service.record(caseUid, 5000, QStringLiteral("USD"), date("2025-05-01"), QStringLiteral("境外追回")).ok());
    auto recoveries = service.recoveriesOf(caseUid);
    REQUIRE(recoveries.ok());
    REQUIRE(recoveries->size() == 2);
    CHECK(recoveries->at(0).currency == QStringLiteral("USD"));
    CHECK(recoveries->at(1).amountCents == 123456789);
    CHECK(recoveries->at(1).source == QStringLiteral("主动退缴"));
    CHECK(recoveries->at(1).recordedBy == QStringLiteral("lead"));
}
