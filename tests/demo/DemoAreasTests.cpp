#include "TestVault.h"
#include "audit/AuditVerifier.h"
#include "cases/CoordinationService.h"
#include "demo/DemoAreas.h"
#include "demo/DemoDataService.h"
#include "reporting/IntegrityOpinionService.h"
#include "reporting/RecommendationLetterService.h"
#include "reporting/StatisticsService.h"
#include "sanctions/SanctionService.h"
#include "storage/Sql.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace qf;

namespace {

int count(const QSqlDatabase& db, const QString& sql)
{
    auto value = storage::querySingleValue(db, sql);
    REQUIRE(value.ok());
    return value->toInt();
}

// A demo vault at `scale` with the base data and the newer areas, made with one seed.
struct DemoVault
{
    test::TestVault vault;
    std::unique_ptr<access::Session> lead;
    std::unique_ptr<access::Session> reviewer;
    demo::DemoDataFigures base;
    demo::DemoAreaFigures areas;

    DemoVault(int scale, quint32 seed)
    {
        vault.addDemoStaff();
        demo::DemoDataService service(vault.admin());
        REQUIRE(service.markAsDemoVault().ok());
        auto figures = service.generate(scale, seed);
        INFO(figures.message().toStdString());
        REQUIRE(figures.ok());
        base = figures.value();
        lead = session(QStringLiteral("lead"));
        reviewer = session(QStringLiteral("rev"));
        auto generated = demo::generateDemoAreas({vault.admin(), *lead, *reviewer}, scale, seed);
        INFO(generated.message().toStdString());
        REQUIRE(generated.ok());
        areas = generated.value();
    }

    std::unique_ptr<access::Session> session(const QString& login)
    {
        auto opened = vault.login(login, test::TestVault::passwordOf(login));
        REQUIRE(opened.ok());
        return std::move(opened.value());
    }

    QSqlDatabase db() { return vault.admin().database(); }
};

} // namespace

TEST_CASE("demo areas at a small scale have sanctions in every state of execution, appeals and recoveries", "[demo]")
{
    DemoVault demo(3, 42);
    const QSqlDatabase db = demo.db();
    CHECK(demo.areas.sanctions >= 3);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sanction WHERE supersedes IS NULL")) == demo.areas.sanctions);
    CHECK(demo.areas.appeals >= 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sanction WHERE supersedes IS NOT NULL")) >= 1);
    CHECK(demo.areas.executedSteps > 0);
    CHECK(demo.areas.recoveries > 0);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT effective_on) FROM sanction")) > 1);

    auto alerts = sanctions::SanctionService(*demo.reviewer).executionAlerts();
    REQUIRE(alerts.ok());
    CHECK_FALSE(alerts->isEmpty());
    const bool anyOverdue = std::any_of(alerts->cbegin(), alerts->cend(), [](const sanctions::ExecutionAlert& alert) {
        return alert.dueOn < QDate::currentDate();
    });
    CHECK(anyOverdue);
}

TEST_CASE("demo areas have transfers, assistance requests and recommendation letters, some overdue", "[demo]")
{
    DemoVault demo(3, 42);
    CHECK(demo.areas.externalTransfers > 0);
    CHECK(demo.areas.assistanceRequests > 1);
    CHECK(demo.areas.recommendationLetters > 1);

    auto awaited = cases::CoordinationService(*demo.lead).awaitingReplies(QDate::currentDate(), 7);
    REQUIRE(awaited.ok());
    CHECK_FALSE(awaited->isEmpty());

    reporting::RecommendationLetterService letters(*demo.lead);
    auto all = letters.letters();
    REQUIRE(all.ok());
    CHECK(all->size() == demo.areas.recommendationLetters);
    const bool anyAnswered = std::any_of(all->cbegin(), all->cend(), [](const reporting::RecommendationLetter& letter) {
        return !letter.feedback.isEmpty();
    });
    CHECK(anyAnswered);
    auto overdue = letters.overdue();
    REQUIRE(overdue.ok());
    CHECK_FALSE(overdue->isEmpty());
}

TEST_CASE("demo areas fill the staff register, integrity files and an opinion request with an ambiguous name", "[demo]")
{
    DemoVault demo(2, 7);
    const QSqlDatabase db = demo.db();
    CHECK(demo.areas.integrityFiles == 12);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM integrity_file")) == 12);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM personal_matters_report")) == 24);
    CHECK(demo.areas.anomalyFlags == 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM staff_certification")) == 4);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM staff_tier")) == 4);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM staff_training")) >= 4);
    // Everyone on the register has an office, reviewers the case review office; every case is led from one.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM staff_office")) == 4);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM staff_office o JOIN app_user u ON u.id = o.user_id WHERE "
                                   "u.login = 'rev' AND o.office = 'case_review'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM staff_office WHERE office = 'case_review'")) == 1);
    auto statistics = reporting::StatisticsService(demo.vault.admin())
                          .compute({QDate::currentDate().addYears(-5), QDate::currentDate()});
    REQUIRE(statistics.ok());
    const reporting::StatisticTable* perOffice = statistics->table(QStringLiteral("workload_per_office"));
    REQUIRE(perOffice);
    const int allCases = count(db, QStringLiteral("SELECT count(*) FROM case_file"));
    CHECK(allCases == demo.base.cases);
    CHECK(perOffice->total(0) == allCases);
    CHECK(std::none_of(perOffice->rows.cbegin(), perOffice->rows.cend(),
                       [](const reporting::StatisticRow& row) { return row.key.isEmpty(); }));

    reporting::IntegrityOpinionService opinions(*demo.lead);
    auto requests = opinions.requests();
    REQUIRE(requests.ok());
    REQUIRE(requests->size() == demo.areas.opinionRequests);
    auto request = opinions.request(requests->first().uid);
    REQUIRE(request.ok());
    CHECK(request->entries.size() >= 4);
    const bool ambiguous =
        std::any_of(request->entries.cbegin(), request->entries.cend(), [](const reporting::OpinionEntry& entry) {
            return entry.match == reporting::MatchKind::Ambiguous;
        });
    CHECK(ambiguous);

    auto verified = audit::AuditVerifier(demo.vault.admin().vault().auditKey()).verify(db);
    REQUIRE(verified.ok());
    CHECK(verified->intact);
}

TEST_CASE("the demo trend spreads over many months and the same seed gives the same areas", "[demo]")
{
    DemoVault first(2, 99);
    const QDate today = QDate::currentDate();
    auto report = reporting::StatisticsService(*first.lead).compute({today.addYears(-3), today});
    REQUIRE(report.ok());
    const reporting::StatisticTable* trend = report->table(QStringLiteral("monthly_trend"));
    REQUIRE(trend);
    const auto monthsWithReports =
        std::count_if(trend->rows.cbegin(), trend->rows.cend(), [](const reporting::StatisticRow& row) {
            return !row.values.isEmpty() && row.values.first() > 0;
        });
    CHECK(monthsWithReports >= 12);

    DemoVault second(2, 99);
    CHECK(second.areas.sanctions == first.areas.sanctions);
    CHECK(second.areas.appeals == first.areas.appeals);
    CHECK(second.areas.executedSteps == first.areas.executedSteps);
    CHECK(second.areas.recoveries == first.areas.recoveries);
    CHECK(second.areas.externalTransfers == first.areas.externalTransfers);
    CHECK(second.areas.assistanceRequests == first.areas.assistanceRequests);
    CHECK(second.areas.recommendationLetters == first.areas.recommendationLetters);
    const QString sanctionsSql =
        QStringLiteral("SELECT group_concat(kind || effective_on, ',') FROM (SELECT kind, effective_on FROM sanction "
                       "ORDER BY id)");
    CHECK(storage::querySingleValue(second.db(), sanctionsSql)->toString() ==
          storage::querySingleValue(first.db(), sanctionsSql)->toString());
}
