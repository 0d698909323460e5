#include "IntegrityFixture.h"
#include "leads/LeadService.h"
#include "people/IntegrityFileService.h"

#include <catch2/catch.hpp>

using namespace qf;
using test::IntegrityFixture;

TEST_CASE("an integrity file holds the cadre's post, yearly reports, anomalies and history", "[integrity][file]")
{
    IntegrityFixture fixture;
    const people::Person cadre = IntegrityFixture::person(QStringLiteral("吴廉洁"), QStringLiteral("某区发改委"),
                                                          IntegrityFixture::idNumber(31));
    fixture.leadWith(cadre, int(leads::Disposition::Close));
    fixture.pendingReport(IntegrityFixture::person(QStringLiteral("吴廉洁"), QStringLiteral("某区发改委")));

    auto inv = fixture.as(QStringLiteral("inv"));
    people::IntegrityFileService service(*inv);
    people::Person badId = cadre;
    badId.idNumber = QStringLiteral("320102198003151235");
    CHECK(service.openFile(badId).code() == ErrorCode::Invalid);
    auto file = service.openFile(cadre);
    INFO(file.message().toStdString());
    REQUIRE(file.ok());
    CHECK(file->person.name == cadre.name);
    CHECK(service.openFile(cadre).code() == ErrorCode::AlreadyExists);

    REQUIRE(
        service.updatePost(file->uid, QStringLiteral("某区发改委"), QStringLiteral("主任"), QStringLiteral("county"))
            .ok());
    auto found = service.search(QStringLiteral("廉洁"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().position == QStringLiteral("主任"));

    people::PersonalMattersReport yearly;
    yearly.year = QDate::currentDate().year() - 1;
    yearly.familyMembers = QStringLiteral("配偶：某某，某公司职员");
    yearly.realEstate = QStringLiteral("住房2套");
    yearly.passports = QStringLiteral("无");
    yearly.incomeCents = 25000000;
    REQUIRE(service.recordPersonalMatters(file->uid, yearly).ok());
    CHECK(service.recordPersonalMatters(file->uid, yearly).code() == ErrorCode::AlreadyExists);
    yearly.year = QDate::currentDate().year() + 1;
    CHECK(service.recordPersonalMatters(file->uid, yearly).code() == ErrorCode::Invalid);
    auto reports = service.personalMatters(file->uid);
    REQUIRE(reports.ok());
    REQUIRE(reports->size() == 1);
    CHECK(reports->first().realEstate == QStringLiteral("住房2套"));

    CHECK(service.raiseFlag(file->uid, people::AnomalyKind::UndeclaredPassport, QStringLiteral(" ")).code() ==
          ErrorCode::Invalid);
    auto flag = service.raiseFlag(file->uid, people::AnomalyKind::UndeclaredPassport,
                                  QStringLiteral("出入境记录显示持有未申报的因私护照"));
    REQUIRE(flag.ok());

    auto lead = service.turnFlagIntoLead(flag.value(), {QStringLiteral("other"), QStringLiteral("other"), {}});
    INFO(lead.message().toStdString());
    REQUIRE(lead.ok());
    CHECK(lead->summary.contains(QStringLiteral("未申报的因私出入境证件")));
    CHECK(service.turnFlagIntoLead(flag.value(), {}).code() == ErrorCode::AlreadyExists);
    auto flags = service.flags(file->uid);
    REQUIRE(flags.ok());
    REQUIRE(flags->size() == 1);
    CHECK(flags->first().leadNumber == lead->number);
    auto stored = leads::LeadService(*inv).lead(lead->uid);
    REQUIRE(stored.ok());
    REQUIRE(stored->subjects.size() == 1);
    CHECK(stored->subjects.first().id == file->person.id);

    auto history = service.history(file->uid);
    REQUIRE(history.ok());
    int leadsSeen = 0;
    for (const people::HistoryItem& item : history->items)
        leadsSeen += item.kind == people::HistoryItem::Kind::Lead ? 1 : 0;
    CHECK(leadsSeen == 2);
    CHECK(history->reportsReceived() == 2); // two leads registered directly; the report names another person row

    auto clerk = fixture.as(QStringLiteral("clerk"));
    CHECK(people::IntegrityFileService(*clerk)
              .raiseFlag(file->uid, people::AnomalyKind::Other, QStringLiteral("x"))
              .code() == ErrorCode::PermissionDenied);
}

TEST_CASE("sanctions from the lookup appear in the file's history", "[integrity][file]")
{
    IntegrityFixture fixture;
    const people::Person cadre = IntegrityFixture::person(QStringLiteral("郑处分"), QStringLiteral("某区卫健委"),
                                                          IntegrityFixture::idNumber(32));
    test::RecordedSanctions sanctions;
    auto inv = fixture.as(QStringLiteral("inv"));
    people::IntegrityFileService service(*inv, sanctions);
    auto file = service.openFile(cadre);
    REQUIRE(file.ok());
    sanctions.add(file->person.id, people::SanctionPeriod{QStringLiteral("诫勉谈话"), true, QString(), QString(),
                                                          QDate(2025, 1, 1), QDate(2025, 6, 30)});
    auto history = service.history(file->uid);
    REQUIRE(history.ok());
    REQUIRE(history->items.size() == 1);
    CHECK(history->items.first().kind == people::HistoryItem::Kind::OrganizationalMeasure);
    CHECK(history->items.first().summary == QStringLiteral("诫勉谈话"));
}
