#include "TestVault.h"
#include "audit/AuditVerifier.h"
#include "demo/DemoDataService.h"
#include "people/IdNumber.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace qf;

namespace {
int count(const QSqlDatabase& db, const QString& sql)
{
    auto value = storage::querySingleValue(db, sql);
    REQUIRE(value.ok());
    return value->toInt();
}
} // namespace

TEST_CASE("demo data only goes into a vault marked as a demo vault", "[demo]")
{
    test::TestVault vault;
    demo::DemoDataService service(vault.admin());
    CHECK(service.generate(1, 7).code() == ErrorCode::Invalid);
    CHECK(count(vault.admin().database(), QStringLiteral("SELECT count(*) FROM report")) == 0);
}

TEST_CASE("demo data at scale 2 covers every channel and lead state, with valid IDs and an intact audit trail",
          "[demo]")
{
    test::TestVault vault;
    vault.addUser(QStringLiteral("clerk"), access::Role::Clerk);
    vault.addUser(QStringLiteral("inv"), access::Role::Investigator);
    vault.addUser(QStringLiteral("boss"), access::Role::Approver);
    demo::DemoDataService service(vault.admin());
    REQUIRE(service.markAsDemoVault().ok());
    QList<int> progress;
    auto figures = service.generate(2, 42, [&](int done, int) { progress << done; });
    INFO(figures.message().toStdString());
    REQUIRE(figures.ok());
    const QSqlDatabase db = vault.admin().database();
    CHECK(figures->reports == 200);
    CHECK(figures->leads == count(db, QStringLiteral("SELECT count(*) FROM lead")));
    CHECK(figures->leads >= 80);
    CHECK(figures->leads <= 100);
    CHECK(progress.last() == 200);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT channel) FROM report")) >= 8);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT status) FROM lead")) == 4);
    // Most leads come from reports, and some from the other sources an office has.
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT source) FROM lead")) >= 4);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM lead WHERE source = 'report'")) > figures->leads / 2);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT screening) FROM report")) == 5);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM review_meeting")) == figures->meetings);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM follow_up_task")) > 0);
    CHECK(
        count(
            db,
            QStringLiteral(
                "SELECT count(*) FROM report WHERE registered_by = (SELECT id FROM app_user WHERE login = 'clerk')")) ==
        200);
    auto ids = storage::runQuery(db, QStringLiteral("SELECT id_number FROM person"));
    REQUIRE(ids.ok());
    int checked = 0;
    while (ids->next()) {
        CHECK(people::checkIdNumber(ids->value(0).toString()).valid);
        ++checked;
    }
    CHECK(checked > 50);
    auto verified = audit::AuditVerifier(vault.admin().vault().auditKey()).verify(db);
    REQUIRE(verified.ok());
    CHECK(verified->intact);

    // The same seed gives the same data.
    test::TestVault again;
    again.addUser(QStringLiteral("clerk"), access::Role::Clerk);
    demo::DemoDataService second(again.admin());
    REQUIRE(second.markAsDemoVault().ok());
    REQUIRE(second.generate(2, 42).ok());
    CHECK(storage::querySingleValue(
              again.admin().database(),
              QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM person ORDER BY id LIMIT 20)"))
              ->toString() ==
          storage::querySingleValue(
              db, QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM person ORDER BY id LIMIT 20)"))
              ->toString());
}

TEST_CASE("demo cases reach every stage of the default workflow with teams and decisions", "[demo]")
{
    test::TestVault vault;
    vault.addDemoStaff();
    demo::DemoDataService service(vault.admin());
    REQUIRE(service.markAsDemoVault().ok());
    auto figures = service.generate(8, 42);
    REQUIRE(figures.ok());
    const QSqlDatabase db = vault.admin().database();
    CHECK(figures->cases == count(db, QStringLiteral("SELECT count(*) FROM case_file")));
    CHECK(figures->cases >= 40);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT stage) FROM case_file")) == 8);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_file c WHERE NOT EXISTS (SELECT 1 FROM case_team t WHERE "
                                   "t.case_id = c.id AND t.role = 'lead_investigator')")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_file WHERE stage <> 'verification' AND id NOT IN (SELECT "
                                   "case_id FROM collective_decision)")) == 0);
    // Every member of a team, reviewers too, holds the assignment that lets them open the case.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_team t JOIN case_file c ON c.id = t.case_id WHERE NOT "
                                   "EXISTS (SELECT 1 FROM assignment a WHERE a.target_type = 'case' AND a.target_uid "
                                   "= c.uid AND a.user_id = t.user_id)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM case_team WHERE role = 'reviewer'")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM measure")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM recusal")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM jurisdiction_dispute")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM supervision")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM transition_request WHERE status = 'approved'")) >
          figures->cases);
    auto verified = audit::AuditVerifier(vault.admin().vault().auditKey()).verify(db);
    REQUIRE(verified.ok());
    CHECK(verified->intact);
}

TEST_CASE("demo leads and cases carry the dates of two years of work, in order, and none in the future", "[demo]")
{
    test::TestVault vault;
    vault.addDemoStaff();
    demo::DemoDataService service(vault.admin());
    REQUIRE(service.markAsDemoVault().ok());
    REQUIRE(service.generate(2, 20261128).ok());
    const QSqlDatabase db = vault.admin().database();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto localDay = [](const QString& stamp) {
        return QDateTime::fromString(stamp, Qt::ISODateWithMs).toLocalTime().date();
    };

    // A lead from a report is registered on or after the day its first report arrived; a case opened on or after the
    // meeting that decided its lead; that meeting held on or after the day the lead was registered.
    auto rows = storage::runQuery(
        db, QStringLiteral("SELECT l.created_at, (SELECT min(received_date) FROM report r WHERE r.lead_id = l.id), "
                           "(SELECT max(m.held_on) FROM lead_disposition d JOIN review_meeting m ON m.id = "
                           "d.meeting_id WHERE d.lead_id = l.id), c.created_at FROM lead l LEFT JOIN case_file c ON "
                           "c.lead_id = l.id WHERE l.source = 'report'"));
    REQUIRE(rows.ok());
    QSet<QString> months;
    int leads = 0, decided = 0, cases = 0;
    while (rows->next()) {
        ++leads;
        const QString registeredAt = rows->value(0).toString();
        INFO(registeredAt.toStdString());
        REQUIRE(QDateTime::fromString(registeredAt, Qt::ISODateWithMs).isValid());
        CHECK(QDateTime::fromString(registeredAt, Qt::ISODateWithMs) <= now);
        const QDate registered = localDay(registeredAt);
        CHECK(registered >= QDate::fromString(rows->value(1).toString(), Qt::ISODate));
        months.insert(registered.toString(QStringLiteral("yyyy-MM")));
        if (rows->value(2).isNull())
            continue;
        ++decided;
        const QDate meeting = QDate::fromString(rows->value(2).toString(), Qt::ISODate);
        CHECK(meeting >= registered);
        if (rows->value(3).isNull())
            continue;
        ++cases;
        CHECK(QDateTime::fromString(rows->value(3).toString(), Qt::ISODateWithMs) <= now);
        CHECK(localDay(rows->value(3).toString()) >= meeting);
    }
    CHECK(leads > 80);
    CHECK(decided > 40);
    CHECK(cases > 5);
    // Two years of reports give leads in most months, not all on the day the data was made.
    CHECK(months.size() >= 12);

    // A case's stage changes come after its opening and after one another, and the earlier ones lie in the past.
    auto steps = storage::runQuery(db, QStringLiteral("SELECT c.id, c.created_at, t.decided_at FROM transition_request "
                                                      "t JOIN case_file c ON c.id = t.case_id WHERE t.status = "
                                                      "'approved' ORDER BY c.id, t.id"));
    REQUIRE(steps.ok());
    qint64 caseId = 0;
    QDateTime previous;
    QSet<QString> stepMonths;
    int ordered = 0;
    while (steps->next()) {
        const QDateTime opened = QDateTime::fromString(steps->value(1).toString(), Qt::ISODateWithMs);
        const QDateTime stepAt = QDateTime::fromString(steps->value(2).toString(), Qt::ISODateWithMs);
        REQUIRE(stepAt.isValid());
        CHECK(stepAt <= now);
        if (steps->value(0).toLongLong() != caseId) {
            caseId = steps->value(0).toLongLong();
            previous = opened;
        }
        CHECK(localDay(steps->value(2).toString()) >= opened.toLocalTime().date());
        CHECK(stepAt >= previous.addDays(-1));
        previous = stepAt;
        stepMonths.insert(stepAt.toString(QStringLiteral("yyyy-MM")));
        ++ordered;
    }
    CHECK(ordered > 10);
    CHECK(stepMonths.size() >= 6);
}
