#include "IntakeFixture.h"
#include "documents/NumberingRegistry.h"
#include "leads/LeadService.h"
#include "leads/ReviewService.h"
#include "leads/TransferService.h"
#include "reporting/DashboardCounters.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QThread>
#include <catch2/catch.hpp>

using namespace qf;
using leads::Disposition;
using leads::LeadStatus;
using test::IntakeFixture;

namespace {

QList<leads::Attendee> attendees(int present, int absent = 0)
{
    QList<leads::Attendee> list;
    for (int i = 0; i < present + absent; ++i)
        list << leads::Attendee{QStringLiteral("委员%1").arg(i + 1), i < present,
                                i == 0 ? QStringLiteral("我不同意暂存，应当立即初核。") : QStringLiteral("同意"),
                                i == 0};
    return list;
}

QString weeklySchedule(access::Session& session)
{
    auto schedules = leads::ReviewService(session).schedules();
    REQUIRE(schedules.ok());
    for (const auto& schedule : schedules.value())
        if (schedule.frequency == QLatin1String("weekly"))
            return schedule.uid;
    FAIL("no weekly schedule");
    return {};
}

QString newLead(access::Session& session, const QString& summary,
                access::ConfidentialityLevel level = access::ConfidentialityLevel::Internal)
{
    auto lead = leads::LeadService(session).registerLead(IntakeFixture::lead(
        summary, {IntakeFixture::subject(QStringLiteral("某人"), QStringLiteral("某单位"))}, level));
    if (!lead.ok())
        FAIL(lead.message().toStdString());
    return lead->uid;
}

// Takes `count` lead numbers on its own connection, one transaction each.
void issueNumbers(storage::Vault& vault, const QString& name, int count, QStringList& numbers, QString& failure)
{
    auto db = vault.openConnection(name);
    if (!db.ok()) {
        failure = db.message();
        return;
    }
    for (int i = 0; i < count; ++i) {
        auto transaction = storage::Transaction::begin(db.value());
        if (!transaction.ok()) {
            failure = transaction.message();
            return;
        }
        auto number = documents::NumberingRegistry(db.value())
                          .issue(documents::numberkinds::lead, 2026, QStringLiteral("test"), {}, QStringLiteral("t"));
        if (!number.ok() || !transaction->commit().ok()) {
            failure = number.message();
            return;
        }
        numbers << number->text;
    }
}

} // namespace

TEST_CASE("numbers from two concurrent connections are unique and gap-free, and voids are recorded", "[numbering]")
{
    IntakeFixture fixture;
    auto admin = fixture.as(QStringLiteral("admin"));
    constexpr int perThread = 60;
    QStringList numbers[2];
    QString failures[2];
    auto worker = [&](int index) {
        const QString name = QStringLiteral("numbering-worker-%1").arg(index);
        issueNumbers(admin->vault(), name, perThread, numbers[index], failures[index]);
        admin->vault().closeConnection(name);
    };
    QThread* first = QThread::create(worker, 0);
    QThread* second = QThread::create(worker, 1);
    first->start();
    second->start();
    first->wait();
    second->wait();
    delete first;
    delete second;
    REQUIRE(failures[0].isEmpty());
    REQUIRE(failures[1].isEmpty());
    QSet<QString> all;
    for (const auto& list : numbers)
        for (const QString& number : list)
            all.insert(number);
    CHECK(all.size() == 2 * perThread);
    for (int i = 1; i <= 2 * perThread; ++i)
        CHECK(all.contains(QStringLiteral("苏纪线〔2026〕%1号").arg(i, 4, 10, QLatin1Char('0'))));

    // A rolled-back transaction gives its number back; a void is recorded and the number is not reused.
    {
        auto transaction = storage::Transaction::begin(admin->database());
        REQUIRE(transaction.ok());
        auto taken =
            documents::NumberingRegistry(admin->database()).issue(documents::numberkinds::lead, 2026, {}, {}, {});
        REQUIRE(taken.ok());
        CHECK(taken->value == 2 * perThread + 1);
    }
    documents::NumberingRegistry registry(admin->database());
    auto next = registry.issue(documents::numberkinds::lead, 2026, {}, {}, {});
    REQUIRE(next.ok());
    CHECK(next->value == 2 * perThread + 1);
    CHECK(registry.voidNumber(next->text, {}).code() == ErrorCode::Invalid);
    REQUIRE(registry.voidNumber(next->text, QStringLiteral("登记错误")).ok());
    CHECK(registry.voidNumber(next->text, QStringLiteral("again")).code() == ErrorCode::NotFound);
    CHECK(registry.issue(documents::numberkinds::lead, 2026, {}, {}, {})->value == 2 * perThread + 2);
    CHECK(registry.issue(documents::numberkinds::lead, 2027, {}, {}, {})->value == 1);
    CHECK(documents::NumberingRegistry::format(QStringLiteral("{agency}发〔{year}〕{seq}号"), QStringLiteral("苏纪"),
                                               2026, 12) == QStringLiteral("苏纪发〔2026〕12号"));
}

TEST_CASE("a review meeting disposes of each lead; without quorum it is refused", "[review]")
{
    IntakeFixture fixture;
    QStringList uids;
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        for (int i = 0; i < 6; ++i)
            uids << newLead(*inv, QStringLiteral("线索%1").arg(i));
        CHECK(leads::ReviewService(*inv).recordMeeting({}).code() == ErrorCode::Invalid);
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    leads::ReviewService reviews(*boss);
    const QDate today = QDate::currentDate();
    leads::ReviewMeetingRecord record;
    record.scheduleUid = weeklySchedule(*boss);
    record.heldOn = today;
    record.attendees = attendees(2, 3); // quorum of the weekly review is 3
    record.summary = QStringLiteral("室务会集体排查");
    const Disposition kinds[] = {Disposition::Inquiry,  Disposition::PreliminaryVerification,
                                 Disposition::Hold,     Disposition::Close,
                                 Disposition::FileCase, Disposition::Forward};
    for (int i = 0; i < 6; ++i) {
        leads::LeadDecision decision;
        decision.leadUid = uids[i];
        decision.disposition = kinds[i];
        decision.reason = QStringLiteral("理由%1").arg(i);
        if (kinds[i] == Disposition::Hold) {
            decision.nextReviewDate = today.addDays(30);
            decision.followUps << leads::FollowUp{QStringLiteral("补充调取银行流水"), today.addDays(20)};
        }
        if (kinds[i] == Disposition::Forward)
            decision.forward = {QStringLiteral("某县纪委监委"), QStringLiteral("举报信原件1份"), today.addDays(60)};
        record.decisions << decision;
    }
    const auto noQuorum = reviews.recordMeeting(record);
    CHECK(noQuorum.code() == ErrorCode::Invalid);
    CHECK(noQuorum.message().contains(QLatin1String("quorum")));

    record.attendees = attendees(3, 2);
    auto missingReason = record;
    missingReason.decisions[3].reason.clear();
    CHECK(reviews.recordMeeting(missingReason).code() == ErrorCode::Invalid);
    CHECK(storage::querySingleValue(boss->database(), QStringLiteral("SELECT count(*) FROM review_meeting"))->toInt() ==
          0);

    auto meeting = reviews.recordMeeting(record);
    REQUIRE(meeting.ok());
    leads::LeadService leadService(*boss);
    const LeadStatus expected[] = {LeadStatus::UnderReview, LeadStatus::UnderReview, LeadStatus::Disposed,
                                   LeadStatus::Closed,      LeadStatus::Disposed,    LeadStatus::Closed};
    for (int i = 0; i < 6; ++i) {
        auto lead = leadService.lead(uids[i]);
        REQUIRE(lead.ok());
        CHECK(lead->status == expected[i]);
        CHECK(lead->disposition == kinds[i]);
    }
    CHECK(storage::querySingleValue(boss->database(),
                                    QStringLiteral("SELECT opinion FROM review_attendee WHERE dissent = 1"))
              ->toString() == QStringLiteral("我不同意暂存，应当立即初核。"));
    CHECK(storage::querySingleValue(boss->database(), QStringLiteral("SELECT count(*) FROM follow_up_task"))->toInt() ==
          1);
    CHECK(storage::querySingleValue(boss->database(), QStringLiteral("SELECT count(*) FROM transfer_out"))->toInt() ==
          1);
    auto timeline = leadService.timeline(uids[2]);
    REQUIRE(timeline.ok());
    REQUIRE(timeline->size() == 2);
    CHECK(timeline->at(0).action == QStringLiteral("lead.register"));
    CHECK(timeline->at(1).action == QStringLiteral("lead.dispose"));

    // A closed lead cannot be disposed of again.
    auto again = record;
    again.decisions = {record.decisions[3]};
    CHECK(reviews.recordMeeting(again).code() == ErrorCode::Invalid);
}

TEST_CASE("held leads come back on the agenda when their review date comes", "[review]")
{
    IntakeFixture fixture;
    QString held;
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        held = newLead(*inv, QStringLiteral("暂存线索"));
        CHECK(leads::LeadService(*inv)
                  .decideSingly(held, Disposition::Hold, QStringLiteral("x"), QDate::currentDate().addDays(10))
                  .code() == ErrorCode::PermissionDenied);
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    leads::LeadService service(*boss);
    const QDate today = QDate::currentDate();
    CHECK(service.decideSingly(held, Disposition::Hold, QStringLiteral("待补充材料"), today).code() ==
          ErrorCode::Invalid);
    REQUIRE(service.decideSingly(held, Disposition::Hold, QStringLiteral("待补充材料"), today.addDays(10)).ok());
    auto contains = [&](const QDate& day) {
        auto agenda = service.agenda(day);
        REQUIRE(agenda.ok());
        return std::any_of(agenda->cbegin(), agenda->cend(),
                           [&](const leads::LeadRow& row) { return row.uid == held; });
    };
    CHECK_FALSE(contains(today.addDays(9)));
    CHECK(contains(today.addDays(10)));
    auto counters = reporting::intakeCounters(*boss, today.addDays(10));
    REQUIRE(counters.ok());
    CHECK(counters->heldLeadsDue == 1);
    CHECK(reporting::intakeCounters(*boss, today)->heldLeadsDue == 0);
}

TEST_CASE("the dashboard's lead figures count only the leads the user may see", "[leads][dashboard]")
{
    IntakeFixture fixture;
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        newLead(*inv, QStringLiteral("机密线索"), access::ConfidentialityLevel::Confidential);
        newLead(*inv, QStringLiteral("普通线索"));
    }
    const QDate nextYear = QDate::currentDate().addYears(1); // every lead's review has come by then
    const auto dueFor = [&](const QString& login) {
        auto session = fixture.as(login);
        auto counters = reporting::intakeCounters(*session, nextYear);
        REQUIRE(counters.ok());
        return counters->leadsDueForReview;
    };
    CHECK(dueFor(QStringLiteral("inv")) == 2);  // registered both: assigned to the confidential one
    CHECK(dueFor(QStringLiteral("inv2")) == 1); // sees only the ordinary lead, as the library does
    CHECK(dueFor(QStringLiteral("boss")) == 2); // an approver sees all
}

TEST_CASE("confidential leads are listed only for assigned staff and approvers", "[leads]")
{
    IntakeFixture fixture;
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        newLead(*inv, QStringLiteral("机密线索"), access::ConfidentialityLevel::Confidential);
        newLead(*inv, QStringLiteral("普通线索"));
        CHECK(leads::LeadService(*inv).count({}).value() == 2);
    }
    {
        auto inv2 = fixture.as(QStringLiteral("inv2"));
        auto rows = leads::LeadService(*inv2).list({});
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        CHECK(rows->first().summary == QStringLiteral("普通线索"));
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    auto rows = leads::LeadService(*boss).list({});
    REQUIRE(rows.ok());
    CHECK(rows->size() == 2);
    auto secretRow = std::find_if(rows->cbegin(), rows->cend(), [](const leads::LeadRow& row) {
        return row.confidentiality == access::ConfidentialityLevel::Confidential;
    });
    REQUIRE(secretRow != rows->cend());
    REQUIRE(leads::LeadService(*boss).lead(secretRow->uid).ok());
    CHECK(storage::querySingleValue(boss->database(),
                                    QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'lead.view'"))
              ->toInt() == 1);
}

TEST_CASE("transfers with overdue feedback raise an alert until feedback arrives", "[leads][transfer]")
{
    IntakeFixture fixture;
    auto inv = fixture.as(QStringLiteral("inv"));
    const QString uid = newLead(*inv, QStringLiteral("需移交线索"));
    QString transferUid;
    {
        auto lead = leads::LeadService(*inv).lead(uid);
        auto transaction = storage::Transaction::begin(inv->database());
        auto created = leads::TransferService::createWithin(
            inv->database(), lead->id, std::nullopt, QStringLiteral("某市公安局"), QStringLiteral("材料清单"),
            QDate::currentDate().addDays(-40), QDate::currentDate().addDays(-10));
        REQUIRE(created.ok());
        transferUid = created.value();
        REQUIRE(transaction->commit().ok());
    }
    leads::TransferService transfers(*inv);
    auto overdue = transfers.overdue();
    REQUIRE(overdue.ok());
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->first().agency == QStringLiteral("某市公安局"));
    CHECK(reporting::intakeCounters(*inv)->overdueTransfers == 1);
    CHECK(transfers.recordFeedback(transferUid, QDate::currentDate().addDays(-50), {}).code() == ErrorCode::Invalid);
    REQUIRE(transfers.recordFeedback(transferUid, QDate::currentDate(), QStringLiteral("已立案侦查")).ok());
    CHECK(transfers.overdue()->isEmpty());
}

TEST_CASE("the lead library joins several subjects with the Chinese enumeration comma", "[leads]")
{
    IntakeFixture fixture;
    auto inv = fixture.as(QStringLiteral("inv"));
    auto lead = leads::LeadService(*inv).registerLead(IntakeFixture::lead(
        QStringLiteral("共同违纪"), {IntakeFixture::subject(QStringLiteral("甲某"), QStringLiteral("单位一")),
                                     IntakeFixture::subject(QStringLiteral("乙某"), QStringLiteral("单位二"))}));
    REQUIRE(lead.ok());
    auto rows = leads::LeadService(*inv).list({});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().subjects == QStringLiteral("甲某、乙某"));
}

TEST_CASE("a lead's follow-up tasks and transfers are read for those who may see the lead", "[leads][transfer]")
{
    IntakeFixture fixture;
    auto inv = fixture.as(QStringLiteral("inv"));
    const QString uid = newLead(*inv, QStringLiteral("需跟进线索"), access::ConfidentialityLevel::Secret);
    {
        auto boss = fixture.as(QStringLiteral("boss"));
        const QDate today = QDate::currentDate();
        REQUIRE(leads::LeadService(*boss)
                    .decideSingly(uid, Disposition::Hold, QStringLiteral("待补充材料"), today.addDays(30),
                                  {{QStringLiteral("调取银行流水"), today.addDays(20)},
                                   {QStringLiteral("核对不动产登记"), today.addDays(10)}})
                    .ok());
        // The approver sees a confidential lead's tasks, though not assigned to it.
        auto seen = leads::LeadService(*boss).followUpsOf(uid);
        REQUIRE(seen.ok());
        CHECK(seen->size() == 2);
    }
    leads::LeadService service(*inv);
    auto open = service.followUpsOf(uid);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 2);
    CHECK(open->first().description == QStringLiteral("核对不动产登记")); // earliest due first
    CHECK(open->first().isOpen());
    REQUIRE(service.completeFollowUp(open->first().uid).ok());
    CHECK(service.followUpsOf(uid)->size() == 1);
    auto all = service.followUpsOf(uid, true);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK_FALSE(all->first().isOpen());

    leads::TransferService transfers(*inv);
    CHECK(transfers.transfersOf(uid)->isEmpty());
    {
        auto lead = service.lead(uid);
        auto transaction = storage::Transaction::begin(inv->database());
        REQUIRE(leads::TransferService::createWithin(
                    inv->database(), lead->id, std::nullopt, QStringLiteral("某市公安局"), QStringLiteral("材料清单"),
                    QDate::currentDate().addDays(-40), QDate::currentDate().addDays(-10))
                    .ok());
        REQUIRE(transaction->commit().ok());
    }
    auto rows = transfers.transfersOf(uid);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().overdue);
    CHECK_FALSE(rows->first().feedbackReceived.isValid());
    REQUIRE(transfers.recordFeedback(rows->first().uid, QDate::currentDate(), QStringLiteral("已立案侦查")).ok());
    rows = transfers.transfersOf(uid);
    REQUIRE(rows.ok());
    CHECK(rows->first().feedbackReceived == QDate::currentDate());
    CHECK(rows->first().feedbackNote == QStringLiteral("已立案侦查"));
    CHECK_FALSE(rows->first().overdue);

    // Someone not assigned to the confidential lead reads neither.
    auto inv2 = fixture.as(QStringLiteral("inv2"));
    CHECK(leads::LeadService(*inv2).followUpsOf(uid).code() == ErrorCode::PermissionDenied);
    CHECK(leads::TransferService(*inv2).transfersOf(uid).code() == ErrorCode::PermissionDenied);
    CHECK(leads::LeadService(*inv2).followUpsOf(QStringLiteral("no-such-lead")).code() == ErrorCode::NotFound);

    // Staff to assign: enabled accounts that work on leads; a clerk may not ask.
    auto staff = service.assignableStaff();
    REQUIRE(staff.ok());
    QStringList logins;
    for (const auto& member : staff.value())
        logins << member.login;
    CHECK(logins == QStringList{QStringLiteral("inv"), QStringLiteral("inv2")});
    auto clerk = fixture.as(QStringLiteral("clerk"));
    CHECK(leads::LeadService(*clerk).assignableStaff().code() == ErrorCode::PermissionDenied);
}
