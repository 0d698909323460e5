#include "../cases/CaseFixture.h"
#include "ReportingFixture.h"
#include "cases/DeadlineService.h"
#include "cases/ReviewService.h"
#include "leads/TransferService.h"
#include "reporting/AlertService.h"

#include <catch2/catch.hpp>

using namespace qf;
using reporting::AlertService;

namespace {

const QDate kToday = QDate::currentDate();

QList<reporting::Alert> alertsOf(access::Session& session, const QString& source, const QDate& today,
                                 int horizonDays = 14)
{
    auto alerts = AlertService(session).alerts(today, horizonDays);
    INFO(alerts.message().toStdString());
    REQUIRE(alerts.ok());
    QList<reporting::Alert> matching;
    for (const reporting::Alert& alert : alerts->alerts)
        if (alert.source == source)
            matching << alert;
    return matching;
}

} // namespace

TEST_CASE("a stage deadline alerts from the horizon on, is due on its day and overdue the day after", "[alerts]")
{
    test::CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto boss = fixture.as(QStringLiteral("boss"));
    auto open = cases::DeadlineService(*boss).openDeadlines(caseUid);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    const QDate due = open->first().dueOn;

    CHECK(alertsOf(*boss, QStringLiteral("deadline"), due.addDays(-15)).isEmpty());
    const auto atHorizon = alertsOf(*boss, QStringLiteral("deadline"), due.addDays(-14));
    REQUIRE(atHorizon.size() == 1);
    CHECK(atHorizon.first().daysLeft(due.addDays(-14)) == 14);
    CHECK(atHorizon.first().recordUid == caseUid);
    CHECK(atHorizon.first().kind == reporting::RecordKind::Case);

    const auto onTheDay = alertsOf(*boss, QStringLiteral("deadline"), due);
    REQUIRE(onTheDay.size() == 1);
    CHECK(onTheDay.first().daysLeft(due) == 0);
    CHECK_FALSE(onTheDay.first().overdue(due));

    const auto dayAfter = alertsOf(*boss, QStringLiteral("deadline"), due.addDays(1), 0);
    REQUIRE(dayAfter.size() == 1);
    CHECK(dayAfter.first().overdue(due.addDays(1)));
    CHECK(dayAfter.first().daysLeft(due.addDays(1)) == -1);
    CHECK_FALSE(dayAfter.first().sourceTitle.isEmpty());
}

TEST_CASE("a first appeal alerts until it is decided, and a supervised case alerts for its progress reports",
          "[alerts]")
{
    test::CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto rev1 = fixture.as(QStringLiteral("rev1"));
    const QDate lodged = kToday.addDays(-cases::CaseReviewService::kFirstAppealDays);
    auto appeal = cases::CaseReviewService(*rev1).lodgeAppeal(caseUid, QStringLiteral("郑国强"),
                                                              QStringLiteral("不服处分"), lodged);
    REQUIRE(appeal.ok());
    auto boss = fixture.as(QStringLiteral("boss"));

    CHECK(alertsOf(*boss, QStringLiteral("appeal"), kToday.addDays(-1), 0).isEmpty());
    const auto due = alertsOf(*boss, QStringLiteral("appeal"), kToday, 0);
    REQUIRE(due.size() == 1);
    CHECK(due.first().dueOn == kToday);
    CHECK(due.first().what.contains(QStringLiteral("郑国强")));
    REQUIRE(cases::CaseReviewService(*rev1)
                .decideAppeal(appeal.value(), cases::AppealOutcome::Maintain, QStringLiteral("维持原处分"))
                .ok());
    CHECK(alertsOf(*boss, QStringLiteral("appeal"), kToday.addDays(30)).isEmpty());

    const QDate supervisionDue = kToday.addDays(60);
    REQUIRE(cases::DeadlineService(*boss)
                .startSupervision(caseUid, QStringLiteral("省纪委监委"), QStringLiteral("按期查结"), supervisionDue, 30)
                .ok());
    // The first progress report is due 30 days after the start; the supervision itself 60 days after.
    CHECK(alertsOf(*boss, QStringLiteral("supervision"), kToday.addDays(29), 0).isEmpty());
    CHECK(alertsOf(*boss, QStringLiteral("supervision"), kToday.addDays(30), 0).size() == 1);
    const auto both = alertsOf(*boss, QStringLiteral("supervision"), kToday.addDays(60), 0);
    CHECK(both.size() == 2);
}

TEST_CASE("alerts from every source come soonest first, and the look-ahead is bounded", "[alerts]")
{
    test::CaseFixture fixture;
    fixture.openCaseWithTeam();
    auto boss = fixture.as(QStringLiteral("boss"));
    auto alerts = AlertService(*boss).alerts(kToday.addYears(1), 30);
    REQUIRE(alerts.ok());
    REQUIRE_FALSE(alerts->alerts.isEmpty());
    for (qsizetype i = 1; i < alerts->alerts.size(); ++i)
        CHECK(alerts->alerts.at(i - 1).dueOn <= alerts->alerts.at(i).dueOn);
    CHECK(AlertService(*boss).alerts(kToday, -1).code() == ErrorCode::Invalid);
    CHECK(AlertService(*boss).alerts(kToday, 367).code() == ErrorCode::Invalid);
}

TEST_CASE("transfers awaiting feedback alert once past due, as the transfer register counts them", "[alerts]")
{
    test::ReportingFixture fixture(2);
    auto boss = fixture.as(QStringLiteral("boss"));
    auto overdue = leads::TransferService(*boss).overdue(kToday);
    REQUIRE(overdue.ok());
    REQUIRE_FALSE(overdue->isEmpty());
    int alerted = 0;
    for (const reporting::Alert& alert : alertsOf(*boss, QStringLiteral("transfer"), kToday)) {
        alerted += alert.overdue(kToday) ? 1 : 0;
        // Every alert names its record: a lead or case by number, a report (which has none) by its received date.
        INFO(alert.recordUid.toStdString());
        CHECK_FALSE(alert.recordNumber.isEmpty());
        if (alert.kind == reporting::RecordKind::Report)
            CHECK(QDate::fromString(alert.recordNumber, Qt::ISODate).isValid());
    }
    CHECK(alerted == overdue->size());

    // With a limit per source, the most overdue transfers are kept and the page is told the list was cut short.
    reporting::AlertQuery query;
    query.today = kToday;
    query.seeAll = true;
    query.limitPerSource = 5;
    auto limited = AlertService::alertsWithin(boss->database(), query);
    REQUIRE(limited.ok());
    QList<QDate> earliest;
    for (const leads::TransferRow& row : overdue.value())
        earliest << row.feedbackDue;
    std::sort(earliest.begin(), earliest.end());
    QList<QDate> kept;
    for (const reporting::Alert& alert : limited->alerts)
        if (alert.source == QLatin1String("transfer"))
            kept << alert.dueOn;
    CHECK(kept == earliest.mid(0, 5));
    CHECK(limited->cutShort.contains(alertsOf(*boss, QStringLiteral("transfer"), kToday).first().sourceTitle));
}
