#include "IntakeFixture.h"
#include "intake/IdentityService.h"
#include "intake/ReportService.h"
#include "leads/LeadService.h"
#include "reporting/DashboardCounters.h"
#include "storage/Sql.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace qf;
using test::IntakeFixture;

namespace {

QString registerOne(access::Session& clerk, const QString& summary, const QList<people::Person>& subjects)
{
    auto registered = intake::ReportService(clerk).registerReport(IntakeFixture::report(summary, subjects));
    if (!registered.ok())
        FAIL(registered.message().toStdString());
    return registered->report.uid;
}

int count(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    auto value = storage::querySingleValue(db, sql, values);
    REQUIRE(value.ok());
    return value->toInt();
}

} // namespace

TEST_CASE("a clerk registers a report; the reporter is masked for every role without a grant", "[intake]")
{
    IntakeFixture fixture;
    QString reportUid;
    {
        auto clerk = fixture.as(QStringLiteral("clerk"));
        reportUid = registerOne(*clerk, QStringLiteral("反映某局长在工程招标中收受贿赂"),
                                {IntakeFixture::subject(QStringLiteral("赵建国"), QStringLiteral("某市住建局"))});
        auto identities = intake::IdentityService(*clerk).identitiesOfReport(reportUid);
        REQUIRE(identities.ok());
        REQUIRE(identities->size() == 1);
        CHECK(identities->first().name == QStringLiteral("钱**"));
        CHECK(identities->first().phone == QStringLiteral("139****5678"));
        CHECK_FALSE(identities->first().revealed);
        CHECK(intake::IdentityService(*clerk).reveal(identities->first().uid).code() == ErrorCode::PermissionDenied);
    }
    for (const QString& login : {QStringLiteral("inv"), QStringLiteral("boss")}) {
        auto session = fixture.as(login);
        auto identities = intake::IdentityService(*session).identitiesOfReport(reportUid);
        REQUIRE(identities.ok());
        CHECK_FALSE(identities->first().name.contains(QStringLiteral("多多")));
        CHECK(intake::IdentityService(*session).reveal(identities->first().uid).code() == ErrorCode::PermissionDenied);
    }
    auto admin = fixture.as(QStringLiteral("admin"));
    CHECK(intake::IdentityService(*admin).identitiesOfReport(reportUid).code() == ErrorCode::PermissionDenied);
    CHECK(intake::ReportService(*admin).report(reportUid).code() == ErrorCode::PermissionDenied);
    // The reporter's name is nowhere in the audit trail, nor in the report row.
    CHECK(count(admin->database(),
                QStringLiteral("SELECT count(*) FROM audit_entry WHERE instr(summary, '钱多多') > 0")) == 0);
    CHECK(count(admin->database(), QStringLiteral("SELECT count(*) FROM report WHERE instr(summary, '钱多多') > 0")) ==
          0);
}

TEST_CASE("the report list carries each report's subjects, as one report read alone does", "[intake]")
{
    IntakeFixture fixture;
    auto clerk = fixture.as(QStringLiteral("clerk"));
    const QString two = registerOne(*clerk, QStringLiteral("反映两名干部违规收受礼金"),
                                    {IntakeFixture::subject(QStringLiteral("赵建国"), QStringLiteral("某市住建局")),
                                     IntakeFixture::subject(QStringLiteral("孙丽华"), QStringLiteral("某市住建局"))});
    const QString one = registerOne(*clerk, QStringLiteral("反映某所长公车私用"),
                                    {IntakeFixture::subject(QStringLiteral("周明"), QStringLiteral("某区交通局"))});
    auto rows = intake::ReportService(*clerk).list({});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    for (const intake::Report& row : rows.value()) {
        auto alone = intake::ReportService(*clerk).report(row.uid);
        REQUIRE(alone.ok());
        QStringList listed;
        QStringList read;
        for (const people::Person& subject : row.subjects)
            listed << subject.name;
        for (const people::Person& subject : alone->subjects)
            read << subject.name;
        CHECK(listed == read);
        CHECK(listed.size() == (row.uid == two ? 2 : 1));
    }
    CHECK(one != two);
}

TEST_CASE("an approved grant reveals one identity to its holder, and every view is audited", "[intake][grant]")
{
    IntakeFixture fixture;
    QString identityUid;
    QString reportUid;
    // Whether `login` is told it holds a grant for the identity (the panel's Show identity follows it).
    const auto grantHeld = [&](const QString& login) {
        auto session = fixture.as(login);
        auto listed = intake::IdentityService(*session).identitiesOfReport(reportUid);
        REQUIRE(listed.ok());
        REQUIRE(listed->size() == 1);
        return listed->first().grantHeld;
    };
    {
        auto clerk = fixture.as(QStringLiteral("clerk"));
        reportUid = registerOne(*clerk, QStringLiteral("反映违规发放补贴"),
                                {IntakeFixture::subject(QStringLiteral("孙立"), QStringLiteral("某镇政府"))});
        identityUid = intake::IdentityService(*clerk).identitiesOfReport(reportUid)->first().uid;
    }
    CHECK_FALSE(grantHeld(QStringLiteral("inv")));
    QString grantUid;
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        intake::IdentityService identities(*inv);
        CHECK(identities.requestGrant(identityUid, QString()).code() == ErrorCode::Invalid);
        auto requested = identities.requestGrant(identityUid, QStringLiteral("需核实举报人提供的线索细节"));
        REQUIRE(requested.ok());
        grantUid = requested.value();
        CHECK(identities.reveal(identityUid).code() == ErrorCode::PermissionDenied); // still pending
        CHECK(identities.approveGrant(grantUid, 7, {}).code() == ErrorCode::PermissionDenied);
    }
    {
        auto boss = fixture.as(QStringLiteral("boss"));
        auto pending = intake::IdentityService(*boss).pendingGrants();
        REQUIRE(pending.ok());
        REQUIRE(pending->size() == 1);
        CHECK(pending->first().requestedBy == QStringLiteral("inv"));
        CHECK(intake::IdentityService(*boss).approveGrant(grantUid, 0, {}).code() == ErrorCode::Invalid);
        REQUIRE(intake::IdentityService(*boss).approveGrant(grantUid, 7, QStringLiteral("同意")).ok());
        // The approver has not asked for it and so still sees nothing.
        CHECK(intake::IdentityService(*boss).reveal(identityUid).code() == ErrorCode::PermissionDenied);
    }
    CHECK(grantHeld(QStringLiteral("inv")));
    CHECK_FALSE(grantHeld(QStringLiteral("boss")));
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        auto revealed = intake::IdentityService(*inv).reveal(identityUid);
        REQUIRE(revealed.ok());
        CHECK(revealed->revealed);
        CHECK(revealed->name == QStringLiteral("钱多多"));
        CHECK(revealed->phone == QStringLiteral("13912345678"));
        CHECK(count(inv->database(),
                    QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'identity.view' AND "
                                   "actor = 'inv' AND target_uid = ?"),
                    {identityUid}) == 1);
        // Another investigator without a grant is still refused.
    }
    {
        auto inv2 = fixture.as(QStringLiteral("inv2"));
        CHECK(intake::IdentityService(*inv2).reveal(identityUid).code() == ErrorCode::PermissionDenied);
        // An expired grant stops working: age it behind the service's back.
    }
    {
        auto admin = fixture.as(QStringLiteral("admin"));
        REQUIRE(storage::execute(admin->database(),
                                 QStringLiteral("UPDATE identity_grant SET expires_at = '2000-01-01T00:00:00.000Z'"))
                    .ok());
    }
    auto inv = fixture.as(QStringLiteral("inv"));
    CHECK(intake::IdentityService(*inv).reveal(identityUid).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("an approver cannot approve their own grant request", "[intake][grant]")
{
    IntakeFixture fixture;
    QString identityUid;
    {
        auto clerk = fixture.as(QStringLiteral("clerk"));
        const QString reportUid =
            registerOne(*clerk, QStringLiteral("反映公车私用"),
                        {IntakeFixture::subject(QStringLiteral("周平"), QStringLiteral("某区财政局"))});
        identityUid = intake::IdentityService(*clerk).identitiesOfReport(reportUid)->first().uid;
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    auto requested = intake::IdentityService(*boss).requestGrant(identityUid, QStringLiteral("核实举报内容"));
    REQUIRE(requested.ok());
    CHECK(intake::IdentityService(*boss).approveGrant(requested.value(), 3, {}).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("report validation: bad input is refused or flagged, never silently stored", "[intake]")
{
    IntakeFixture fixture;
    auto clerk = fixture.as(QStringLiteral("clerk"));
    intake::ReportService reports(*clerk);
    auto draft = IntakeFixture::report(QStringLiteral("反映问题"),
                                       {IntakeFixture::subject(QStringLiteral("王五"), QStringLiteral("某局"))});

    auto future = draft;
    future.receivedDate = QDate::currentDate().addDays(1);
    CHECK(reports.registerReport(future).code() == ErrorCode::Invalid);
    auto empty = draft;
    empty.summary = QStringLiteral("   ");
    CHECK(reports.registerReport(empty).code() == ErrorCode::Invalid);
    auto huge = draft;
    huge.summary = QString(20001, u'字');
    CHECK(reports.registerReport(huge).code() == ErrorCode::Invalid);
    auto nobody = draft;
    nobody.subjects.clear();
    CHECK(reports.registerReport(nobody).code() == ErrorCode::Invalid);

    auto badId = draft;
    badId.subjects.first().idNumber = QStringLiteral("320102198005171235");
    auto flagged = reports.registerReport(badId);
    REQUIRE(flagged.ok());
    REQUIRE(flagged->warnings.size() == 1);
    CHECK(flagged->warnings.first().contains(QStringLiteral("王五")));
    CHECK(count(clerk->database(), QStringLiteral("SELECT id_number_valid FROM person WHERE id_number = ?"),
                {QStringLiteral("320102198005171235")}) == 0);
    CHECK(count(clerk->database(), QStringLiteral("SELECT count(*) FROM report")) == 1);
}

TEST_CASE("screening makes a lead, attaches, forwards or files, always with a reason", "[intake][screening]")
{
    IntakeFixture fixture;
    const QString id = IntakeFixture::idNumberFor(QStringLiteral("320104"), QDate(1972, 3, 9), 41);
    QStringList reportUids;
    {
        auto clerk = fixture.as(QStringLiteral("clerk"));
        for (int i = 0; i < 4; ++i)
            reportUids << registerOne(
                *clerk, QStringLiteral("第%1封举报信：反映违规收受礼金").arg(i + 1),
                {IntakeFixture::subject(QStringLiteral("陈刚"), QStringLiteral("某市国土局"), id)});
        intake::ScreeningDecision decision;
        decision.outcome = intake::Screening::Filed;
        decision.reason = QStringLiteral("存查");
        CHECK(intake::ReportService(*clerk).screen(reportUids[0], decision).code() == ErrorCode::PermissionDenied);
    }
    auto inv = fixture.as(QStringLiteral("inv"));
    intake::ReportService reports(*inv);
    intake::ScreeningDecision newLead;
    newLead.outcome = intake::Screening::NewLead;
    CHECK(reports.screen(reportUids[0], newLead).code() == ErrorCode::Invalid); // no reason
    newLead.reason = QStringLiteral("问题具体，有可查性");
    auto leadUid = reports.screen(reportUids[0], newLead);
    REQUIRE(leadUid.ok());
    CHECK(reports.screen(reportUids[0], newLead).code() == ErrorCode::Invalid); // already screened

    auto duplicates = reports.possibleDuplicates(reports.report(reportUids[1])->subjects);
    REQUIRE(duplicates.ok());
    REQUIRE(duplicates->size() == 1);
    CHECK(duplicates->first().leadUid == leadUid.value());

    intake::ScreeningDecision attach;
    attach.outcome = intake::Screening::Attached;
    attach.reason = QStringLiteral("与已有线索反映同一问题");
    attach.attachToLeadUid = leadUid.value();
    REQUIRE(reports.screen(reportUids[1], attach).ok());

    intake::ScreeningDecision forward;
    forward.outcome = intake::Screening::Forwarded;
    forward.reason = QStringLiteral("不属本级管辖");
    forward.forwardAgency = QStringLiteral("某县纪委监委");
    forward.forwardFeedbackDue = QDate::currentDate().addDays(-1);
    CHECK(reports.screen(reportUids[2], forward).code() == ErrorCode::Invalid); // due before sent
    forward.forwardFeedbackDue = QDate::currentDate().addDays(30);
    REQUIRE(reports.screen(reportUids[2], forward).ok());

    intake::ScreeningDecision file;
    file.outcome = intake::Screening::Filed;
    file.reason = QStringLiteral("内容空泛，存查");
    REQUIRE(reports.screen(reportUids[3], file).ok());

    auto lead = leads::LeadService(*inv).lead(leadUid.value());
    REQUIRE(lead.ok());
    leads::LeadFilter byNumber;
    byNumber.number = lead->number;
    auto rows = leads::LeadService(*inv).list(byNumber);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().subjects == QStringLiteral("陈刚"));
    CHECK(lead->reportUids == QStringList{reportUids[0], reportUids[1]});
    CHECK(lead->subjects.size() == 1);
    CHECK(lead->number.startsWith(QStringLiteral("苏纪线〔%1〕").arg(QDate::currentDate().year())));
    CHECK(count(inv->database(), QStringLiteral("SELECT count(*) FROM report WHERE screening_reason = ''")) == 0);
    CHECK(count(inv->database(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'report.screen'")) ==
          4);
}

TEST_CASE("duplicates are found by name and unit when there is no ID number", "[intake][screening]")
{
    IntakeFixture fixture;
    auto inv = fixture.as(QStringLiteral("inv"));
    auto lead = leads::LeadService(*inv).registerLead(
        IntakeFixture::lead(QStringLiteral("反映违规经商"),
                            {IntakeFixture::subject(QStringLiteral("刘强"), QStringLiteral("某区教育局"))}));
    REQUIRE(lead.ok());
    intake::ReportService reports(*inv);
    auto same =
        reports.possibleDuplicates({IntakeFixture::subject(QStringLiteral("刘强"), QStringLiteral("某区教育局"))});
    REQUIRE(same.ok());
    REQUIRE(same->size() == 1);
    CHECK(same->first().leadNumber == lead->number);
    auto other =
        reports.possibleDuplicates({IntakeFixture::subject(QStringLiteral("刘强"), QStringLiteral("某区卫健委"))});
    CHECK(other->isEmpty());
}

TEST_CASE("the dashboard counts new reports, due leads and overdue transfers", "[intake][dashboard]")
{
    IntakeFixture fixture;
    {
        auto clerk = fixture.as(QStringLiteral("clerk"));
        registerOne(*clerk, QStringLiteral("反映一"),
                    {IntakeFixture::subject(QStringLiteral("甲"), QStringLiteral("单位甲"))});
        registerOne(*clerk, QStringLiteral("反映二"),
                    {IntakeFixture::subject(QStringLiteral("乙"), QStringLiteral("单位乙"))});
    }
    auto inv = fixture.as(QStringLiteral("inv"));
    auto counters = reporting::intakeCounters(*inv);
    REQUIRE(counters.ok());
    CHECK(counters->newReports == 2);
    CHECK(counters->overdueTransfers == 0);
    auto later = reporting::intakeCounters(*inv, QDate::currentDate().addYears(1));
    REQUIRE(later.ok());
    CHECK(later->newReports == 2);
}

TEST_CASE("rewards owed to real-name reporters are tracked with their history", "[intake][reward]")
{
    IntakeFixture fixture;
    QString identityUid;
    {
        auto clerk = fixture.as(QStringLiteral("clerk"));
        const QString reportUid = registerOne(*clerk, QStringLiteral("反映挪用资金"),
                                              {IntakeFixture::subject(QStringLiteral("吴某"), QStringLiteral("某局"))});
        identityUid = intake::IdentityService(*clerk).identitiesOfReport(reportUid)->first().uid;
        CHECK(intake::IdentityService(*clerk).setReward(identityUid, 50000, QStringLiteral("owed"), {}).code() ==
              ErrorCode::PermissionDenied);
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    intake::IdentityService identities(*boss);
    CHECK(identities.setReward(identityUid, -1, QStringLiteral("owed"), {}).code() == ErrorCode::Invalid);
    CHECK(identities.setReward(identityUid, 100, QStringLiteral("promised"), {}).code() == ErrorCode::Invalid);
    REQUIRE(identities.setReward(identityUid, 200000, QStringLiteral("owed"), QStringLiteral("经核实属实")).ok());
    REQUIRE(identities.setReward(identityUid, 200000, QStringLiteral("paid"), QStringLiteral("已发放")).ok());
    auto rewards = identities.rewardsOf(identityUid);
    REQUIRE(rewards.ok());
    REQUIRE(rewards->size() == 2);
    CHECK(rewards->at(0).status == QStringLiteral("owed"));
    CHECK(rewards->at(1).status == QStringLiteral("paid"));
    CHECK(rewards->at(1).amountCents == 200000);
}
