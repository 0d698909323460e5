#include "CaseFixture.h"
#include "cases/StaffRegisterService.h"

#include <catch2/catch.hpp>

using namespace qf;
using test::CaseFixture;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const cases::StaffEntry* entryOf(const QList<cases::StaffEntry>& entries, const char* login)
{
    for (const auto& entry : entries)
        if (entry.login == QLatin1String(login))
            return &entry;
    return nullptr;
}

} // namespace

TEST_CASE("the staff register shows certification, training, tier and current cases", "[staff]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    {
        auto admin = fixture.as(QStringLiteral("admin"));
        cases::StaffRegisterService service(*admin);
        CHECK(service
                  .addCertification(QStringLiteral("inv"), QStringLiteral("JC-001"), date("2025-01-01"),
                                    date("2024-12-31"))
                  .code() == ErrorCode::Invalid);
        CHECK(service
                  .addCertification(QStringLiteral("nobody"), QStringLiteral("JC-001"), date("2024-01-01"),
                                    date("2026-12-31"))
                  .code() == ErrorCode::NotFound);
        REQUIRE(service
                    .addCertification(QStringLiteral("inv"), QStringLiteral("JC-001"), date("2023-07-01"),
                                      date("2025-06-30"))
                    .ok());
        REQUIRE(service
                    .addTraining(QStringLiteral("inv"), QStringLiteral("审查调查业务培训"), date("2025-03-10"), 24,
                                 QStringLiteral("合格"))
                    .ok());
        REQUIRE(
            service.addTraining(QStringLiteral("inv"), QStringLiteral("证据规则专题"), date("2025-05-20"), 8, {}).ok());
        REQUIRE(
            service.addTraining(QStringLiteral("inv"), QStringLiteral("上年度培训"), date("2024-11-02"), 16, {}).ok());
        CHECK(service.addTraining(QStringLiteral("inv"), QStringLiteral("x"), date("2025-05-20"), 0, {}).code() ==
              ErrorCode::Invalid);
        CHECK(service.setTier(QStringLiteral("inv"), QStringLiteral("gold")).code() == ErrorCode::Invalid);
        REQUIRE(service.setTier(QStringLiteral("inv"), QStringLiteral("core")).ok());
        REQUIRE(service.setTier(QStringLiteral("lead"), QStringLiteral("expert")).ok());
        REQUIRE(service.setTier(QStringLiteral("lead"), {}).ok());
    }
    auto lead = fixture.as(QStringLiteral("lead"));
    cases::StaffRegisterService service(*lead);
    CHECK(service.addTraining(QStringLiteral("inv"), QStringLiteral("x"), date("2025-05-20"), 4, {}).code() ==
          ErrorCode::PermissionDenied);

    // The certificate is valid through 2025-06-30 and not the day after.
    auto lastDay = service.entries(date("2025-06-30"));
    REQUIRE(lastDay.ok());
    const auto* inv = entryOf(lastDay.value(), "inv");
    REQUIRE(inv);
    CHECK(inv->certified);
    CHECK(inv->certifiedUntil == date("2025-06-30"));
    CHECK(inv->trainingHours == 32);
    CHECK(inv->tier == QStringLiteral("core"));
    CHECK(inv->currentCases.size() == 1);
    auto nextDay = service.entries(date("2025-07-01"));
    REQUIRE(nextDay.ok());
    CHECK_FALSE(entryOf(nextDay.value(), "inv")->certified);

    const auto* leadEntry = entryOf(lastDay.value(), "lead");
    REQUIRE(leadEntry);
    CHECK_FALSE(leadEntry->certified);
    CHECK(leadEntry->tier.isEmpty());
    CHECK(leadEntry->currentCases == inv->currentCases);
    CHECK(entryOf(lastDay.value(), "clerk")->currentCases.isEmpty());

    auto trainings = service.trainingsOf(QStringLiteral("inv"));
    REQUIRE(trainings.ok());
    REQUIRE(trainings->size() == 3);
    CHECK(trainings->first().course == QStringLiteral("上年度培训"));
    auto certifications = service.certificationsOf(QStringLiteral("inv"));
    REQUIRE(certifications.ok());
    CHECK(certifications->size() == 1);

    auto clerk = fixture.as(QStringLiteral("clerk"));
    CHECK(cases::StaffRegisterService(*clerk).entries().code() == ErrorCode::PermissionDenied);
    CHECK_FALSE(caseUid.isEmpty());
}
