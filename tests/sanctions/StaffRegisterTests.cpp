#include "CaseFixture.h"
#include "cases/StaffRegisterService.h"
#include "settings/VaultSettingsService.h"
#include "storage/Sql.h"

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

TEST_CASE("an administrator places staff in an office of the configured list; each change is audited",
          "[staff][office]")
{
    CaseFixture fixture;
    auto admin = fixture.as(QStringLiteral("admin"));
    cases::StaffRegisterService service(*admin);
    auto offices = service.offices();
    REQUIRE(offices.ok());
    REQUIRE(offices->size() == 5);
    CHECK(offices->first().code == QStringLiteral("inspection_1"));
    CHECK(offices->first().label == QStringLiteral("第一纪检监察室"));

    const Status unknown = service.setOffice(QStringLiteral("inv"), QStringLiteral("inspection_9"));
    CHECK(unknown.code() == ErrorCode::Invalid);
    CHECK(unknown.message().contains(QStringLiteral("inspection_9")));
    CHECK(service.setOffice(QStringLiteral("nobody"), QStringLiteral("inspection_1")).code() == ErrorCode::NotFound);
    REQUIRE(service.setOffice(QStringLiteral("inv"), QStringLiteral("inspection_2")).ok());
    REQUIRE(service.setOffice(QStringLiteral("lead"), QStringLiteral("inspection_1")).ok());
    REQUIRE(service.setOffice(QStringLiteral("lead"), QStringLiteral("case_review")).ok());
    REQUIRE(service.setOffice(QStringLiteral("rev1"), QStringLiteral("case_review")).ok());
    REQUIRE(service.setOffice(QStringLiteral("rev1"), {}).ok());

    // An office the administrator adds to the list is accepted from then on.
    REQUIRE(
        settings::VaultSettingsService(*admin)
            .saveCategory(QStringLiteral("office"), {QStringLiteral("inspection_4"), QStringLiteral("第四纪检监察室")})
            .ok());
    REQUIRE(service.setOffice(QStringLiteral("inv2"), QStringLiteral("inspection_4")).ok());

    auto entries = service.entries();
    REQUIRE(entries.ok());
    CHECK(entryOf(entries.value(), "inv")->office == QStringLiteral("inspection_2"));
    CHECK(entryOf(entries.value(), "inv")->officeLabel == QStringLiteral("第二纪检监察室"));
    CHECK(entryOf(entries.value(), "lead")->office == QStringLiteral("case_review"));
    CHECK(entryOf(entries.value(), "rev1")->office.isEmpty());
    CHECK(entryOf(entries.value(), "rev1")->officeLabel.isEmpty());
    CHECK(entryOf(entries.value(), "inv2")->officeLabel == QStringLiteral("第四纪检监察室"));

    auto audited = storage::runQuery(admin->database(), QStringLiteral("SELECT actor, summary FROM audit_entry WHERE "
                                                                       "action = 'staff.office' ORDER BY id"));
    REQUIRE(audited.ok());
    QStringList summaries;
    while (audited->next()) {
        CHECK(audited->value(0).toString() == QStringLiteral("admin"));
        summaries << audited->value(1).toString();
    }
    CHECK(summaries == QStringList{QStringLiteral("inv inspection_2"), QStringLiteral("lead inspection_1"),
                                   QStringLiteral("lead case_review"), QStringLiteral("rev1 case_review"),
                                   QStringLiteral("rev1 none"), QStringLiteral("inv2 inspection_4")});

    // Those who assign teams read the offices but cannot change them; the refusal changes and audits nothing.
    auto lead = fixture.as(QStringLiteral("lead"));
    CHECK(cases::StaffRegisterService(*lead).offices().ok());
    auto inv = fixture.as(QStringLiteral("inv"));
    CHECK(cases::StaffRegisterService(*inv).setOffice(QStringLiteral("inv"), QStringLiteral("petitions")).code() ==
          ErrorCode::PermissionDenied);
    CHECK(cases::StaffRegisterService(*lead).setOffice(QStringLiteral("inv"), QStringLiteral("petitions")).code() ==
          ErrorCode::PermissionDenied);
    auto after = cases::StaffRegisterService(*lead).entries();
    REQUIRE(after.ok());
    CHECK(entryOf(after.value(), "inv")->office == QStringLiteral("inspection_2"));
    auto count = storage::querySingleValue(
        admin->database(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'staff.office'"));
    REQUIRE(count.ok());
    CHECK(count->toInt() == 6);
}
