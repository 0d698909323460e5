#include "ReportingFixture.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "cases/DeadlineService.h"
#include "cases/StaffRegisterService.h"
#include "intake/ReportRepository.h"
#include "leads/LeadRepository.h"
#include "leads/LeadService.h"
#include "reporting/StatisticsService.h"

#include <catch2/catch.hpp>

using namespace qf;
using reporting::StatisticsService;

namespace {

const QDate kToday = QDate::currentDate();
const reporting::DateRange kFiveYears{kToday.addYears(-5), kToday};

const reporting::StatisticTable& tableOf(const reporting::StatisticsReport& report, const char* id)
{
    const reporting::StatisticTable* table = report.table(QString::fromLatin1(id));
    REQUIRE(table != nullptr);
    return *table;
}

// Figures of one column keyed by row, leaving out zero rows so they compare with counts found by iteration.
QMap<QString, int> figures(const reporting::StatisticTable& table, int column = 0)
{
    QMap<QString, int> byKey;
    for (const reporting::StatisticRow& row : table.rows)
        if (row.values.value(column) != 0)
            byKey.insert(row.key, qRound(row.values.value(column)));
    return byKey;
}

QList<intake::Report> allReports(const QSqlDatabase& db, const reporting::DateRange& range)
{
    intake::ReportFilter filter;
    filter.receivedFrom = range.from;
    filter.receivedTo = range.to;
    filter.limit = 1000000;
    auto reports = intake::ReportRepository(db).list(filter);
    REQUIRE(reports.ok());
    return reports.value();
}

QList<leads::LeadRow> allLeads(const QSqlDatabase& db)
{
    leads::LeadFilter filter;
    filter.limit = 1000000;
    auto rows = leads::LeadRepository(db).list(filter, 0, true, kToday);
    REQUIRE(rows.ok());
    return rows.value();
}

QList<cases::CaseRow> allCases(const QSqlDatabase& db)
{
    auto rows = cases::CaseRepository(db).list(0, true, {}, kToday, 0, 1000000);
    REQUIRE(rows.ok());
    return rows.value();
}

} // namespace

TEST_CASE("statistics on demo data equal the counts found by reading every record", "[statistics]")
{
    test::ReportingFixture fixture(3);
    access::Session& admin = fixture.admin();
    const QSqlDatabase db = admin.database();
    auto report = StatisticsService(admin).compute(kFiveYears, kToday);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());

    QMap<QString, int> byChannel;
    QMap<QString, int> reportsByMonth;
    const QList<intake::Report> reports = allReports(db, kFiveYears);
    for (const intake::Report& r : reports) {
        ++byChannel[intake::channelKey(r.channel)];
        ++reportsByMonth[r.receivedDate.toString(QStringLiteral("yyyy-MM"))];
    }
    CHECK(reports.size() == 300);
    CHECK(figures(tableOf(*report, "reports_by_channel")) == byChannel);
    CHECK(tableOf(*report, "reports_by_channel").total(0) == 300);

    QMap<QString, int> bySource, bySector, byDisposition, leadsByMonth;
    const QList<leads::LeadRow> leadRows = allLeads(db);
    for (const leads::LeadRow& lead : leadRows) {
        ++bySource[lead.source];
        ++bySector[lead.sector];
        ++byDisposition[lead.disposition];
        ++leadsByMonth[lead.createdAt.left(7)];
    }
    CHECK(byDisposition.size() >= 4);
    CHECK(figures(tableOf(*report, "leads_by_source")) == bySource);
    CHECK(figures(tableOf(*report, "leads_by_sector")) == bySector);
    CHECK(figures(tableOf(*report, "leads_by_disposition")) == byDisposition);

    const reporting::StatisticTable& trend = tableOf(*report, "monthly_trend");
    CHECK(trend.rows.size() == 61); // every month of five years, empty ones included
    CHECK(figures(trend, 0) == reportsByMonth);
    CHECK(figures(trend, 1) == leadsByMonth);

    QMap<QString, int> byStage;
    QMap<QString, int> asLead, asMember, openCases;
    int filed = 0, closed = 0;
    const QList<cases::CaseRow> caseRows = allCases(db);
    cases::CaseRepository caseRepository(db);
    for (const cases::CaseRow& row : caseRows) {
        ++byStage[row.stage];
        const bool open = row.stage != QLatin1String("closed") && row.stage != QLatin1String("archived");
        // Every stage after verification was entered through "file"; closed and archived ones through "close".
        filed += row.stage != QLatin1String("verification") ? 1 : 0;
        closed += open ? 0 : 1;
        auto c = caseRepository.findByUid(row.uid);
        REQUIRE(c.ok());
        for (const cases::TeamMember& member : c->team) {
            if (member.role == cases::TeamRole::LeadInvestigator)
                ++asLead[member.login];
            if (member.role == cases::TeamRole::Member)
                ++asMember[member.login];
            if (member.role != cases::TeamRole::Reviewer && open)
                ++openCases[member.login];
        }
    }
    CHECK(caseRows.size() > 5);
    CHECK(figures(tableOf(*report, "cases_by_stage")) == byStage);
    CHECK(trend.total(2) == filed);
    CHECK(trend.total(3) == closed);
    CHECK(figures(tableOf(*report, "workload"), 0) == asLead);
    CHECK(figures(tableOf(*report, "workload"), 1) == asMember);
    CHECK(figures(tableOf(*report, "workload"), 2) == openCases);

    // Every case opened in the verification stage, with its time limit.
    const reporting::StatisticTable& timeliness = tableOf(*report, "timeliness");
    CHECK(figures(timeliness, 0).value(QStringLiteral("verification")) == caseRows.size());
    CHECK(figures(timeliness, 1).isEmpty());
}

TEST_CASE("overdue rates per stage count the deadlines that are past due on the chosen day", "[statistics]")
{
    test::ReportingFixture fixture(2);
    access::Session& admin = fixture.admin();
    const QDate later = kToday.addMonths(3).addDays(1);
    auto open = cases::DeadlineService(admin).overdue(later);
    REQUIRE(open.ok());
    QMap<QString, int> overdueByKind;
    for (const cases::Deadline& deadline : open.value())
        ++overdueByKind[deadline.kind];
    REQUIRE_FALSE(overdueByKind.isEmpty());
    auto report = StatisticsService(admin).compute(kFiveYears, later);
    REQUIRE(report.ok());
    const reporting::StatisticTable& timeliness = tableOf(*report, "timeliness");
    CHECK(figures(timeliness, 1) == overdueByKind);
    for (const reporting::StatisticRow& row : timeliness.rows) {
        if (row.values.at(0) > 0)
            CHECK(row.values.at(2) == Approx(100.0 * row.values.at(1) / row.values.at(0)));
    }
    // The shortest time limit (review, one month) is not overdue on its due day, and is the day after.
    const QDate reviewDue = kToday.addMonths(1);
    REQUIRE(cases::DeadlineService(admin).overdue(reviewDue)->isEmpty());
    auto onDueDay = StatisticsService(admin).compute(kFiveYears, reviewDue);
    REQUIRE(onDueDay.ok());
    CHECK(figures(tableOf(*onDueDay, "timeliness"), 1).isEmpty());
    auto dayAfter = StatisticsService(admin).compute(kFiveYears, reviewDue.addDays(1));
    REQUIRE(dayAfter.ok());
    const int reviewOverdue = int(cases::DeadlineService(admin).overdue(reviewDue.addDays(1))->size());
    CHECK(figures(tableOf(*dayAfter, "timeliness"), 1) ==
          (reviewOverdue > 0 ? QMap<QString, int>{{QStringLiteral("review"), reviewOverdue}} : QMap<QString, int>{}));
}

TEST_CASE("a figure opens exactly the records it counts", "[statistics]")
{
    test::ReportingFixture fixture(2);
    auto boss = fixture.as(QStringLiteral("boss"));
    StatisticsService service(*boss);
    auto report = service.compute(kFiveYears, kToday);
    REQUIRE(report.ok());
    int opened = 0;
    for (const reporting::StatisticTable& table : report->tables) {
        for (const reporting::StatisticRow& row : table.rows) {
            for (int column = 0; column < table.columns.size(); ++column) {
                const auto kind = table.columns.at(column).records;
                if (!kind || row.values.at(column) == 0)
                    continue;
                auto records = service.recordsBehind(kFiveYears, {table.id, row.key, column}, kToday);
                INFO(table.id.toStdString() << " / " << row.key.toStdString() << " / " << column);
                REQUIRE(records.ok());
                CHECK(records->size() == qRound(row.values.at(column)));
                for (const reporting::RecordRef& record : records.value())
                    CHECK(record.kind == *kind);
                ++opened;
            }
        }
    }
    CHECK(opened > 20);
    CHECK(service.recordsBehind(kFiveYears, {QStringLiteral("no_such_table"), {}, 0}).code() == ErrorCode::NotFound);
}

TEST_CASE("a period must not end before it starts, and the range limits what is counted", "[statistics]")
{
    test::ReportingFixture fixture(1);
    StatisticsService service(fixture.admin());
    CHECK(service.compute({kToday, kToday.addDays(-1)}).code() == ErrorCode::Invalid);
    // Demo reports are received within the last two years; a period before that counts nothing.
    auto old = service.compute({kToday.addYears(-10), kToday.addYears(-5)}, kToday);
    REQUIRE(old.ok());
    CHECK(old->table(QStringLiteral("reports_by_channel"))->total(0) == 0);
    const reporting::DateRange oneMonth{kToday.addMonths(-1), kToday};
    auto recent = service.compute(oneMonth, kToday);
    REQUIRE(recent.ok());
    CHECK(recent->table(QStringLiteral("reports_by_channel"))->total(0) ==
          allReports(fixture.admin().database(), oneMonth).size());
}

TEST_CASE("a figure counts every record but lists only those the user may open", "[statistics]")
{
    test::ReportingFixture fixture(2);
    fixture.vault().addUser(QStringLiteral("keeper"), access::Role::Auditor);
    auto clerk = fixture.as(QStringLiteral("clerk"));
    auto keeper = fixture.as(QStringLiteral("keeper"));
    auto boss = fixture.as(QStringLiteral("boss"));
    auto report = StatisticsService(*clerk).compute(kFiveYears, kToday);
    REQUIRE(report.ok());
    int confidential = 0;
    for (const leads::LeadRow& lead : allLeads(fixture.admin().database()))
        confidential += lead.confidentiality != access::ConfidentialityLevel::Internal ? 1 : 0;
    REQUIRE(confidential > 0);
    int seenByClerk = 0, seenByBoss = 0;
    for (const reporting::StatisticRow& row : report->table(QStringLiteral("leads_by_disposition"))->rows) {
        const reporting::Figure figure{QStringLiteral("leads_by_disposition"), row.key, 0};
        auto byClerk = StatisticsService(*clerk).recordsBehind(kFiveYears, figure, kToday);
        auto byBoss = StatisticsService(*boss).recordsBehind(kFiveYears, figure, kToday);
        REQUIRE(byClerk.ok());
        REQUIRE(byBoss.ok());
        seenByClerk += int(byClerk->size());
        seenByBoss += int(byBoss->size());
    }
    CHECK(seenByBoss == qRound(report->table(QStringLiteral("leads_by_disposition"))->total(0)));
    CHECK(seenByClerk == seenByBoss - confidential);
    // An auditor sees the figures but cannot open the leads behind them.
    REQUIRE(StatisticsService(*keeper).compute(kFiveYears, kToday).ok());
    auto refused = StatisticsService(*keeper).recordsBehind(
        kFiveYears, {QStringLiteral("leads_by_source"), QStringLiteral("report"), 0}, kToday);
    CHECK(refused.code() == ErrorCode::PermissionDenied);
}

namespace {

// Registers a lead, disposes of it for filing and files a case on it led by `leadLogin` alone.
void fileCaseLedBy(test::ReportingFixture& fixture, const QString& leadLogin, access::ConfidentialityLevel level)
{
    auto lead = fixture.as(leadLogin);
    auto registered = leads::LeadService(*lead).registerLead(
        test::leadAbout(QStringLiteral("反映某局干部违规收受礼金"), QStringLiteral("钱立新"),
                        QStringLiteral("某县住房和城乡建设局"), level));
    REQUIRE(registered.ok());
    auto boss = fixture.as(QStringLiteral("boss"));
    REQUIRE(leads::LeadService(*boss)
                .decideSingly(registered->uid, leads::Disposition::FileCase, QStringLiteral("拟立案审查"))
                .ok());
    auto filed = cases::CaseService(*lead).fileCase(registered->uid, QStringLiteral("钱立新违纪案"));
    INFO(filed.message().toStdString());
    REQUIRE(filed.ok());
    auto assigned = cases::CaseService(*boss).assign(filed->uid, leadLogin, cases::TeamRole::LeadInvestigator);
    INFO(assigned.message().toStdString());
    REQUIRE(assigned.ok());
}

bool isClosed(const QString& stage)
{
    return stage == QLatin1String("closed") || stage == QLatin1String("archived");
}

} // namespace

TEST_CASE("workload per office counts cases by the office of their lead investigator, and each figure opens them",
          "[statistics][office]")
{
    test::ReportingFixture fixture(2);
    fixture.vault().addUser(QStringLiteral("lead2"), access::Role::LeadInvestigator);
    fixture.vault().addUser(QStringLiteral("lead3"), access::Role::LeadInvestigator);
    access::Session& admin = fixture.admin();
    cases::StaffRegisterService staff(admin);
    REQUIRE(staff.setOffice(QStringLiteral("lead"), QStringLiteral("inspection_1")).ok());
    REQUIRE(staff.setOffice(QStringLiteral("lead2"), QStringLiteral("inspection_2")).ok());
    REQUIRE(staff.setOffice(QStringLiteral("inv"), QStringLiteral("inspection_3")).ok()); // a member, never a lead
    fileCaseLedBy(fixture, QStringLiteral("lead2"), access::ConfidentialityLevel::Internal);
    fileCaseLedBy(fixture, QStringLiteral("lead2"), access::ConfidentialityLevel::Secret);
    fileCaseLedBy(fixture, QStringLiteral("lead3"), access::ConfidentialityLevel::Internal);

    // The office of each lead investigator from the staff register, and the cases counted by reading each one.
    QHash<QString, QString> officeOf;
    auto entries = staff.entries();
    REQUIRE(entries.ok());
    for (const cases::StaffEntry& entry : entries.value())
        officeOf.insert(entry.login, entry.office);
    const QSqlDatabase db = admin.database();
    cases::CaseRepository caseRepository(db);
    QMap<QString, int> led, open, closed, visibleToClerk[3];
    for (const cases::CaseRow& row : allCases(db)) {
        auto c = caseRepository.findByUid(row.uid);
        REQUIRE(c.ok());
        QStringList leads;
        for (const cases::TeamMember& member : c->team)
            if (member.role == cases::TeamRole::LeadInvestigator)
                leads << member.login;
        REQUIRE(leads.size() <= 1);
        const QString office = leads.isEmpty() ? QString() : officeOf.value(leads.first());
        ++led[office];
        ++(isClosed(row.stage) ? closed : open)[office];
        if (row.confidentiality == access::ConfidentialityLevel::Internal) {
            ++visibleToClerk[0][office];
            ++visibleToClerk[isClosed(row.stage) ? 2 : 1][office];
        }
    }
    REQUIRE(led.value(QStringLiteral("inspection_1")) > 5);
    REQUIRE(closed.value(QStringLiteral("inspection_1")) > 0);
    CHECK(led.value(QStringLiteral("inspection_2")) == 2);
    CHECK(led.value(QString()) == 1);

    auto report = StatisticsService(admin).compute(kFiveYears, kToday);
    REQUIRE(report.ok());
    const reporting::StatisticTable& table = tableOf(*report, "workload_per_office");
    CHECK(figures(table, 0) == led);
    CHECK(figures(table, 1) == open);
    CHECK(figures(table, 2) == closed);
    // Every office of the list has its row, in the list's order, then the cases led from no office.
    QStringList keys;
    for (const reporting::StatisticRow& row : table.rows)
        keys << row.key;
    CHECK(keys == QStringList{QStringLiteral("inspection_1"), QStringLiteral("inspection_2"),
                              QStringLiteral("inspection_3"), QStringLiteral("case_review"),
                              QStringLiteral("petitions"), QString()});
    CHECK(table.rows.first().label == QStringLiteral("第一纪检监察室"));
    // Right after the workload per investigator, whose lead-investigator column it splits by office.
    for (qsizetype i = 0; i + 1 < report->tables.size(); ++i)
        if (report->tables.at(i).id == QLatin1String("workload"))
            CHECK(report->tables.at(i + 1).id == QStringLiteral("workload_per_office"));
    CHECK(table.total(0) == tableOf(*report, "workload").total(0));

    // Each figure lists exactly its cases for the approver, and the clerk only those below Secret.
    auto boss = fixture.as(QStringLiteral("boss"));
    auto clerk = fixture.as(QStringLiteral("clerk"));
    for (const reporting::StatisticRow& row : table.rows) {
        for (int column = 0; column < 3; ++column) {
            INFO(row.key.toStdString() << " / " << column);
            const reporting::Figure figure{table.id, row.key, column};
            auto byBoss = StatisticsService(*boss).recordsBehind(kFiveYears, figure, kToday);
            auto byClerk = StatisticsService(*clerk).recordsBehind(kFiveYears, figure, kToday);
            REQUIRE(byBoss.ok());
            REQUIRE(byClerk.ok());
            CHECK(byBoss->size() == qRound(row.values.at(column)));
            CHECK(byClerk->size() == visibleToClerk[column].value(row.key));
            for (const reporting::RecordRef& record : byBoss.value()) {
                CHECK(record.kind == reporting::RecordKind::Case);
                if (column > 0)
                    CHECK(isClosed(record.state) == (column == 2));
            }
        }
    }
    const reporting::Figure secondOffice{table.id, QStringLiteral("inspection_2"), 0};
    CHECK(StatisticsService(*clerk).recordsBehind(kFiveYears, secondOffice, kToday)->size() == 1);

    // Moving a lead investigator to another office moves their cases with them.
    REQUIRE(staff.setOffice(QStringLiteral("lead2"), QStringLiteral("petitions")).ok());
    auto moved = StatisticsService(admin).compute(kFiveYears, kToday);
    REQUIRE(moved.ok());
    CHECK(figures(tableOf(*moved, "workload_per_office")).value(QStringLiteral("petitions")) == 2);
    CHECK_FALSE(figures(tableOf(*moved, "workload_per_office")).contains(QStringLiteral("inspection_2")));
}
