#include "SanctionSupport.h"
#include "cases/ReviewService.h"
#include "people/SanctionLookup.h"
#include "sanctions/SanctionService.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace qf;
using cases::AppealOutcome;
using sanctions::SanctionKind;
using test::CaseFixture;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct Appealed
{
    QString caseUid;
    QString sanctionUid;
    QString appealUid;
};

Appealed decideAndAppeal(CaseFixture& fixture, SanctionKind kind)
{
    Appealed appealed;
    appealed.caseUid = fixture.openCaseWithTeam();
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    const QString person = test::subjectOf(*reviewer, appealed.caseUid);
    appealed.sanctionUid =
        test::decideAsReviewer(fixture, appealed.caseUid,
                               test::termsFor(person, kind, date("2025-03-01"), QStringLiteral("苏纪处〔2025〕7号")));
    auto lodged = cases::CaseReviewService(*reviewer).lodgeAppeal(appealed.caseUid, QStringLiteral("郑国强"),
                                                                  QStringLiteral("认为处分过重"), date("2025-03-20"));
    REQUIRE(lodged.ok());
    appealed.appealUid = lodged.value();
    return appealed;
}

} // namespace

TEST_CASE("an appeal revoking a sanction keeps its history", "[sanctions][appeal]")
{
    CaseFixture fixture;
    const Appealed appealed = decideAndAppeal(fixture, SanctionKind::MajorDemerit);
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    sanctions::SanctionService service(*reviewer);

    sanctions::Reexamination revoke{appealed.appealUid,
                                    appealed.sanctionUid,
                                    AppealOutcome::Revoke,
                                    QStringLiteral("经复查，原认定事实不清，证据不足。"),
                                    {},
                                    {}};
    CHECK(service.reexamine(revoke).code() == ErrorCode::Invalid); // no re-examination decision number
    revoke.decisionNumber = QStringLiteral("苏纪复〔2025〕2号");
    auto current = service.reexamine(revoke);
    REQUIRE(current.ok());
    CHECK(current.value() != appealed.sanctionUid);

    auto versions = service.sanctionsOf(appealed.caseUid);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    const sanctions::SanctionRecord& original = versions->at(0);
    CHECK(original.uid == appealed.sanctionUid);
    CHECK(original.kind == SanctionKind::MajorDemerit);
    CHECK(original.decisionNumber == QStringLiteral("苏纪处〔2025〕7号"));
    CHECK(original.promotionMonths == 18);
    CHECK_FALSE(original.revoked);
    CHECK_FALSE(original.current);
    const sanctions::SanctionRecord& revoked = versions->at(1);
    CHECK(revoked.revoked);
    CHECK(revoked.current);
    CHECK(revoked.supersedesUid == original.uid);
    CHECK(revoked.appealUid == appealed.appealUid);
    CHECK(revoked.decisionNumber == QStringLiteral("苏纪复〔2025〕2号"));
    CHECK(revoked.reason == QStringLiteral("经复查，原认定事实不清，证据不足。"));

    auto history = service.historyOf(original.uid);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).uid == original.uid);
    CHECK(history->at(1).uid == revoked.uid);

    auto appeals = cases::CaseReviewService(*reviewer).appeals(appealed.caseUid);
    REQUIRE(appeals.ok());
    REQUIRE(appeals->size() == 1);
    CHECK(appeals->first().status == QStringLiteral("decided"));
    CHECK(appeals->first().outcome == QStringLiteral("revoke"));

    // A revoked decision no longer stands in the way of promotion.
    CHECK(sanctions::SanctionService::inEffectWithin(reviewer->database(), original.personUid, date("2025-06-01"))
              ->isEmpty());

    // A revoked decision raises no execution alerts, and its old steps can no longer be recorded.
    auto alerts = service.executionAlerts(date("2026-01-01"), 0);
    REQUIRE(alerts.ok());
    CHECK(alerts->isEmpty());
    auto steps = service.executionOf(appealed.caseUid);
    REQUIRE(steps.ok());
    REQUIRE_FALSE(steps->isEmpty());
    auto inv = fixture.as(QStringLiteral("inv"));
    CHECK(sanctions::SanctionService(*inv)
              .recordExecution(steps->first().uid, date("2025-04-01"), QStringLiteral("已宣布"))
              .code() == ErrorCode::Invalid);

    // The stored rows cannot be edited or deleted, and a replaced version is not re-examined again.
    CHECK_FALSE(storage::execute(reviewer->database(), QStringLiteral("UPDATE sanction SET kind = 'demerit'")).ok());
    CHECK_FALSE(storage::execute(reviewer->database(), QStringLiteral("DELETE FROM sanction")).ok());
    revoke.sanctionUid = original.uid;
    CHECK(service.reexamine(revoke).code() == ErrorCode::Invalid);
    auto audited = storage::querySingleValue(
        reviewer->database(),
        QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sanction.reexamine' AND target_uid = ?"),
        {appealed.caseUid});
    REQUIRE(audited.ok());
    CHECK(audited->toInt() == 1);
}

TEST_CASE("an appeal changing a sanction adds a version with its own period and execution", "[sanctions][appeal]")
{
    CaseFixture fixture;
    const Appealed appealed = decideAndAppeal(fixture, SanctionKind::MajorDemerit);
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    sanctions::SanctionService service(*reviewer);
    sanctions::Reexamination change{appealed.appealUid,
                                    appealed.sanctionUid,
                                    AppealOutcome::Change,
                                    QStringLiteral("经复查，情节较轻，改为记过处分。"),
                                    QStringLiteral("苏纪复〔2025〕3号"),
                                    date("2025-05-06"),
                                    SanctionKind::Demerit,
                                    0};
    auto changed = service.reexamine(change);
    REQUIRE(changed.ok());
    auto record = service.sanction(changed.value());
    REQUIRE(record.ok());
    CHECK(record->kind == SanctionKind::Demerit);
    CHECK(record->effectiveOn == date("2025-03-01"));
    CHECK(record->promotionMonths == 12);
    CHECK(record->affectsUntil == date("2026-02-28"));
    CHECK(record->supersedesUid == appealed.sanctionUid);
    auto original = service.sanction(appealed.sanctionUid);
    REQUIRE(original.ok());
    CHECK(original->kind == SanctionKind::MajorDemerit);
    CHECK_FALSE(original->current);

    // Only the current version's steps are alerted; they run from the re-examination date.
    auto alerts = service.executionAlerts(date("2025-06-07"), 0);
    REQUIRE(alerts.ok());
    REQUIRE(alerts->size() == 2);
    for (const auto& alert : alerts.value()) {
        CHECK(alert.sanctionUid == changed.value());
        CHECK(alert.dueOn == date("2025-06-06"));
    }

    // The appeal is decided with the change; a second re-examination of it is refused.
    change.sanctionUid = changed.value();
    CHECK(service.reexamine(change).code() == ErrorCode::NotFound);
    auto versions = service.sanctionsOf(appealed.caseUid);
    REQUIRE(versions.ok());
    CHECK(versions->size() == 2);
}

TEST_CASE("an appeal maintaining a sanction decides the appeal and leaves the decision as it was",
          "[sanctions][appeal]")
{
    CaseFixture fixture;
    const Appealed appealed = decideAndAppeal(fixture, SanctionKind::PartyWarning);
    auto inv = fixture.as(QStringLiteral("inv"));
    sanctions::Reexamination maintain{
        appealed.appealUid, appealed.sanctionUid, AppealOutcome::Maintain, QStringLiteral("维持原处分。"), {}, {}};
    CHECK(sanctions::SanctionService(*inv).reexamine(maintain).code() == ErrorCode::PermissionDenied);
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    sanctions::SanctionService service(*reviewer);
    auto kept = service.reexamine(maintain);
    REQUIRE(kept.ok());
    CHECK(kept.value() == appealed.sanctionUid);
    auto versions = service.sanctionsOf(appealed.caseUid);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 1);
    CHECK(versions->first().current);
    auto appeals = cases::CaseReviewService(*reviewer).appeals(appealed.caseUid);
    REQUIRE(appeals.ok());
    CHECK(appeals->first().outcome == QStringLiteral("maintain"));
}

TEST_CASE("integrity files and opinions read standing decisions from the sanction records", "[sanctions][integrity]")
{
    CaseFixture fixture;
    const Appealed appealed = decideAndAppeal(fixture, SanctionKind::MajorDemerit);
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    const QSqlDatabase db = reviewer->database();
    sanctions::SanctionService service(*reviewer);
    auto history = service.historyOf(appealed.sanctionUid);
    REQUIRE(history.ok());
    const sanctions::SanctionRecord record = history->first();
    const qint64 personId =
        storage::querySingleValue(db, QStringLiteral("SELECT id FROM person WHERE uid = ?"), {record.personUid})
            ->toLongLong();

    auto periods = people::defaultSanctionLookup().sanctionsOf(db, personId);
    REQUIRE(periods.ok());
    REQUIRE(periods->size() == 1);
    const people::SanctionPeriod& period = periods->first();
    CHECK(period.term == sanctions::sanctionTerm(SanctionKind::MajorDemerit));
    CHECK(period.decisionNumber == record.decisionNumber);
    CHECK(period.caseNumber == record.caseNumber);
    CHECK(period.effectiveOn == record.effectiveOn);
    CHECK(period.effectEndsOn == record.affectsUntil);
    CHECK_FALSE(period.organizationalMeasure);
    CHECK(people::blocksAppointment(period, record.affectsUntil));
    CHECK_FALSE(people::blocksAppointment(period, record.affectsUntil.addDays(1)));

    sanctions::Reexamination revoke{appealed.appealUid,
                                    appealed.sanctionUid,
                                    AppealOutcome::Revoke,
                                    QStringLiteral("经复查，原认定事实不清，证据不足。"),
                                    {},
                                    {}};
    revoke.decisionNumber = QStringLiteral("苏纪复〔2025〕3号");
    REQUIRE(service.reexamine(revoke).ok());
    auto afterRevocation = people::defaultSanctionLookup().sanctionsOf(db, personId);
    REQUIRE(afterRevocation.ok());
    CHECK(afterRevocation->isEmpty());
}
