#include "IntegrityFixture.h"
#include "PdfText.h"
#include "leads/Lead.h"
#include "reporting/AlertService.h"
#include "reporting/IntegrityOpinionCsv.h"
#include "reporting/IntegrityOpinionService.h"
#include "reporting/IntegrityReplyLetter.h"
#include "settings/VaultSettingsService.h"
#include "storage/Sql.h"

#include <QMap>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using reporting::MatchKind;
using reporting::OpinionConclusion;
using test::IntegrityFixture;

namespace {

reporting::RequestedPerson requested(const people::Person& p, const QString& post)
{
    return reporting::RequestedPerson{p.name, p.idNumber, p.unit, p.position, post};
}

reporting::OpinionRequestDraft draftFor(const QList<reporting::RequestedPerson>& people)
{
    return reporting::OpinionRequestDraft{QStringLiteral("中共某市委组织部"),
                                          QStringLiteral("关于征求张某某等同志廉政意见的函"),
                                          QDate::currentDate().addDays(-1), people};
}

// The foot of the text block (GB/T 9704: 37 mm top margin + 225 mm of text); the page number and the copy's trace
// mark lie below it.
constexpr double kTextBlockBottomMm = 262.0;

// The text of each column of the reply's table, read back from the PDF by position: on every page that shows the
// header row (continuation pages repeat it), the words from the header down to the signature line (or the foot of
// the text block), assigned to the column their centre falls in, in reading order.
QStringList tableColumns(const QString& pdfPath)
{
    const QList<test::PdfWord> words = test::pdfWords(pdfPath);
    QMap<int, QPair<double, double>> spans; // page -> table top and bottom
    for (const test::PdfWord& word : words)
        if (word.text == QStringLiteral("序号") && !spans.contains(word.page))
            spans.insert(word.page, {word.boxMm.top() - 0.5, kTextBlockBottomMm});
    for (const test::PdfWord& word : words)
        if (word.text.startsWith(QStringLiteral("审核人")) && spans.contains(word.page))
            spans[word.page].second = word.boxMm.top();
    const QList<documents::TableColumn> columns = reporting::replyColumns();
    double total = 0;
    for (const auto& column : columns)
        total += column.weight;
    QList<const test::PdfWord*> inTable;
    for (const test::PdfWord& word : words) {
        const auto span = spans.constFind(word.page);
        if (span != spans.cend() && word.boxMm.top() >= span->first && word.boxMm.top() < span->second)
            inTable << &word;
    }
    std::stable_sort(inTable.begin(), inTable.end(), [](const test::PdfWord* a, const test::PdfWord* b) {
        if (a->page != b->page)
            return a->page < b->page;
        return qRound(a->boxMm.top()) != qRound(b->boxMm.top()) ? a->boxMm.top() < b->boxMm.top()
                                                                : a->boxMm.left() < b->boxMm.left();
    });
    QStringList texts(columns.size());
    for (const test::PdfWord* word : inTable) {
        double x = 28.0;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const double next = x + 156.0 * columns.at(c).weight / total;
            if (word->boxMm.center().x() >= x && word->boxMm.center().x() < next)
                texts[c] += word->text;
            x = next;
        }
    }
    // A continuation page repeats the header: keep it once per column.
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString header = columns.at(c).header;
        const qsizetype again = texts[c].indexOf(header, header.size());
        if (again > 0)
            texts[c].remove(again, header.size());
    }
    return texts;
}

int countRows(access::Session& session, const QString& table)
{
    auto n = storage::querySingleValue(session.database(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(n.ok());
    return n->toInt();
}

} // namespace

TEST_CASE("every kind of record gives its own conclusion", "[integrity][opinion]")
{
    IntegrityFixture fixture;
    const people::Person clean =
        IntegrityFixture::person(QStringLiteral("王清白"), QStringLiteral("某区教育局"), IntegrityFixture::idNumber(1));
    const people::Person closed =
        IntegrityFixture::person(QStringLiteral("李了结"), QStringLiteral("某区财政局"), IntegrityFixture::idNumber(2));
    const people::Person verifying =
        IntegrityFixture::person(QStringLiteral("赵核实"), QStringLiteral("某区水务局"), IntegrityFixture::idNumber(3));
    const people::Person investigated =
        IntegrityFixture::person(QStringLiteral("钱立案"), QStringLiteral("某区住建局"), IntegrityFixture::idNumber(4));
    const people::Person sanctioned =
        IntegrityFixture::person(QStringLiteral("孙处分"), QStringLiteral("某区商务局"), IntegrityFixture::idNumber(5));
    const people::Person reported = IntegrityFixture::person(QStringLiteral("周待办"), QStringLiteral("某区民政局"));
    fixture.leadWith(closed, int(leads::Disposition::Close));
    fixture.leadWith(verifying, int(leads::Disposition::PreliminaryVerification));
    fixture.openCase(investigated);
    fixture.leadWith(sanctioned, int(leads::Disposition::Close));
    fixture.pendingReport(reported);

    test::RecordedSanctions sanctions;
    const QDate today = QDate::currentDate();
    sanctions.add(fixture.personId(sanctioned),
                  people::SanctionPeriod{QStringLiteral("记过"), false, QStringLiteral("苏纪处〔2026〕5号"), QString(),
                                         today.addMonths(-3), people::effectPeriodEnd(today.addMonths(-3), 12)});

    auto inv = fixture.as(QStringLiteral("inv"));
    reporting::IntegrityOpinionService service(*inv, sanctions);
    auto uid = service.createRequest(draftFor(
        {requested(clean, QStringLiteral("区教育局局长")), requested(closed, QStringLiteral("区财政局局长")),
         requested(verifying, QStringLiteral("区水务局局长")), requested(investigated, QStringLiteral("区住建局局长")),
         requested(sanctioned, QStringLiteral("区商务局局长")), requested(reported, QStringLiteral("区民政局局长"))}));
    INFO(uid.message().toStdString());
    REQUIRE(uid.ok());
    auto request = service.request(uid.value());
    REQUIRE(request.ok());
    REQUIRE(request->entries.size() == 6);
    const auto& e = request->entries;
    for (const auto& entry : e)
        REQUIRE(entry.computed.has_value());

    CHECK(e[0].match == MatchKind::None);
    CHECK(e[0].computed->conclusion == OpinionConclusion::NoReports);

    CHECK(e[1].match == MatchKind::IdNumber);
    CHECK(e[1].computed->conclusion == OpinionConclusion::Closed);
    CHECK(e[1].computed->reports == 1);
    CHECK(e[1].computed->detail.contains(QStringLiteral("予以了结")));
    CHECK_FALSE(e[1].computed->detail.contains(QStringLiteral("线〔"))); // lead numbers stay inside the office

    CHECK(e[2].computed->conclusion == OpinionConclusion::UnderInvestigation);
    CHECK(e[2].computed->openMatters.contains(QStringLiteral("初步核实中")));

    CHECK(e[3].computed->conclusion == OpinionConclusion::UnderInvestigation);
    CHECK(e[3].computed->openMatters.contains(QStringLiteral("初核")));
    CHECK(e[3].computed->openMatters.startsWith(QStringLiteral("案件")));
    CHECK(e[3].computed->openCases == e[3].computed->openMatters);
    CHECK(e[2].computed->openCases.isEmpty());

    CHECK(e[4].computed->conclusion == OpinionConclusion::SanctionInEffect);
    CHECK(e[4].computed->sanctionEndsOn == people::effectPeriodEnd(today.addMonths(-3), 12));
    CHECK(e[4].computed->sanctions.contains(QStringLiteral("记过")));

    CHECK(e[5].match == MatchKind::NameUnit);
    CHECK(e[5].computed->conclusion == OpinionConclusion::UnderInvestigation);

    SECTION("with the vault's own sanction records, where this person has none, the closed lead decides")
    {
        reporting::IntegrityOpinionService plain(*inv);
        REQUIRE(plain.recompute(uid.value()).ok());
        auto again = plain.request(uid.value());
        REQUIRE(again.ok());
        CHECK(again->entries[4].computed->conclusion == OpinionConclusion::Closed);
    }
}

TEST_CASE("several people with the same name and unit are shown for a person to decide", "[integrity][match]")
{
    IntegrityFixture fixture;
    const QString unit = QStringLiteral("某县农业农村局");
    const people::Person unknownId = IntegrityFixture::person(QStringLiteral("陈明"), unit);
    const people::Person withId = IntegrityFixture::person(QStringLiteral("陈明"), unit, IntegrityFixture::idNumber(7));
    fixture.pendingReport(unknownId);
    fixture.leadWith(withId, int(leads::Disposition::Close));

    auto inv = fixture.as(QStringLiteral("inv"));
    reporting::IntegrityOpinionService service(*inv);
    const people::Person otherId =
        IntegrityFixture::person(QStringLiteral("陈明"), unit, IntegrityFixture::idNumber(8));
    auto uid = service.createRequest(
        draftFor({requested(unknownId, QStringLiteral("副局长")), requested(withId, QStringLiteral("局长")),
                  requested(otherId, QStringLiteral("科长"))}));
    REQUIRE(uid.ok());
    auto request = service.request(uid.value());
    REQUIRE(request.ok());
    const auto& ambiguous = request->entries[0];
    CHECK(ambiguous.match == MatchKind::Ambiguous);
    CHECK_FALSE(ambiguous.computed.has_value());
    REQUIRE(ambiguous.candidates.size() == 2);
    CHECK(ambiguous.candidates[1].idNumber.contains(u'*'));

    // The ID number decides when it is given; a different ID number rules out the person who has one.
    CHECK(request->entries[1].match == MatchKind::IdNumber);
    CHECK(request->entries[1].computed->conclusion == OpinionConclusion::Closed);
    CHECK(request->entries[2].match == MatchKind::NameUnit);
    CHECK(request->entries[2].computed->conclusion == OpinionConclusion::UnderInvestigation);

    auto boss = fixture.as(QStringLiteral("boss"));
    CHECK(reporting::IntegrityOpinionService(*boss).confirm(uid.value(), 1).code() == ErrorCode::Invalid);
    CHECK(service.decideMatch(uid.value(), 1, 999999).code() == ErrorCode::Invalid);
    REQUIRE(service.decideMatch(uid.value(), 1, ambiguous.candidates[0].personId).ok());
    auto decided = service.request(uid.value());
    REQUIRE(decided.ok());
    CHECK(decided->entries[0].match == MatchKind::Decided);
    REQUIRE(decided->entries[0].computed.has_value());
    CHECK(decided->entries[0].computed->conclusion == OpinionConclusion::UnderInvestigation);
    CHECK(service.decideMatch(uid.value(), 1, 0).code() == ErrorCode::Invalid); // already decided
}

TEST_CASE("the printed reply has one row per person, reviewed and signed by whoever checked it",
          "[integrity][reply][pdf]")
{
    IntegrityFixture fixture;
    const people::Person clean = IntegrityFixture::person(QStringLiteral("王清白"), QStringLiteral("某区教育局"),
                                                          IntegrityFixture::idNumber(11));
    const people::Person verifying = IntegrityFixture::person(QStringLiteral("赵核实"), QStringLiteral("某区水务局"),
                                                              IntegrityFixture::idNumber(12));
    fixture.leadWith(verifying, int(leads::Disposition::PreliminaryVerification));
    const people::Person sanctioned = IntegrityFixture::person(QStringLiteral("孙处分"), QStringLiteral("某区商务局"),
                                                               IntegrityFixture::idNumber(13));
    fixture.openCase(sanctioned);
    test::RecordedSanctions sanctions;
    const QDate effective = QDate::currentDate().addMonths(-2);
    sanctions.add(fixture.personId(sanctioned),
                  people::SanctionPeriod{QStringLiteral("记过"), false, QStringLiteral("苏纪处〔2026〕5号"), QString(),
                                         effective, people::effectPeriodEnd(effective, 12)});
    QString uid;
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        auto created = reporting::IntegrityOpinionService(*inv, sanctions)
                           .createRequest(draftFor({requested(clean, QStringLiteral("区教育局局长")),
                                                    requested(verifying, QStringLiteral("区水务局局长")),
                                                    requested(sanctioned, QStringLiteral("区商务局局长"))}));
        REQUIRE(created.ok());
        uid = created.value();
        CHECK(reporting::IntegrityOpinionService(*inv).confirm(uid, 1).code() == ErrorCode::PermissionDenied);
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    reporting::IntegrityOpinionService service(*boss);
    QTemporaryDir dir;
    const QString early = dir.filePath(QStringLiteral("early.pdf"));
    CHECK(service.printReplyToPdf(uid, early).code() == ErrorCode::Invalid);
    CHECK_FALSE(QFileInfo::exists(early));

    REQUIRE(service.confirm(uid, 1).ok());
    REQUIRE(service.confirm(uid, 3).ok());
    CHECK(service.amend(uid, 2, OpinionConclusion::Closed, QString(), QString()).code() == ErrorCode::Invalid);
    REQUIRE(service
                .amend(uid, 2, OpinionConclusion::Closed, QStringLiteral("经核实，反映问题不属实，予以了结。"),
                       QStringLiteral("初核已于本周结束，线索待办结"))
                .ok());
    auto reviewed = service.request(uid);
    REQUIRE(reviewed.ok());
    CHECK(reviewed->allReviewed());
    CHECK(reviewed->entries[1].review == reporting::ReviewState::Amended);
    CHECK(reviewed->entries[1].computed->conclusion == OpinionConclusion::UnderInvestigation);

    const QString path = dir.filePath(QStringLiteral("reply.pdf"));
    auto pages = service.printReplyToPdf(uid, path);
    INFO(pages.message().toStdString());
    REQUIRE(pages.ok());
    CHECK(test::pdfPageCount(path) == pages.value());
    if (qEnvironmentVariableIsSet("QF_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("QF_KEEP_PDF"));
    const QString text = test::pdfText(path).remove(u'\n').remove(u' ');
    auto printed = service.request(uid);
    REQUIRE(printed.ok());
    CHECK_FALSE(printed->replyNumber.isEmpty());
    CHECK(text.contains(printed->replyNumber));
    CHECK(text.contains(QStringLiteral("中共某市委组织部")));
    // pdftotext gives full-width punctuation back in its compatibility form.
    const auto nfkc = [](const QString& s) { return s.normalized(QString::NormalizationForm_KC); };
    CHECK(text.contains(nfkc(QStringLiteral("审核人：boss"))));

    const QStringList columns = tableColumns(path);
    REQUIRE(columns.size() == 8);
    const QString endsOn = documents::chineseDate(people::effectPeriodEnd(effective, 12));
    CHECK(columns[0] == QStringLiteral("序号123"));
    CHECK(columns[1] == QStringLiteral("姓名王清白赵核实孙处分"));
    CHECK(columns[2] == QStringLiteral("单位及职务某区教育局副局长某区水务局副局长某区商务局副局长"));
    CHECK(columns[3] == QStringLiteral("拟任职务区教育局局长区水务局局长区商务局局长"));
    CHECK(columns[4] == QStringLiteral("信访举报无1件1件"));
    CHECK(columns[5].startsWith(QStringLiteral("立案审查无无案件苏纪案〔")));
    CHECK(columns[5].endsWith(QStringLiteral("初核")));
    CHECK(columns[6] ==
          nfkc(QStringLiteral("处分情况无无记过（苏纪处〔2026〕5号，影响期至%1，尚在影响期内）").arg(endsOn)));
    CHECK(columns[7] == nfkc(QStringLiteral("结论截至目前，未收到反映该同志问题的信访举报，未发现影响其任用的问题。"
                                            "经核实，反映问题不属实，予以了结。"
                                            "该同志受到的处分尚在影响期内（至%1），不得提拔任用。")
                                 .arg(endsOn)));
    CHECK_FALSE(text.contains(QStringLiteral("建议暂缓任用")));

    // Once issued, the conclusions are final and reprints keep the number.
    CHECK(service.confirm(uid, 1).code() == ErrorCode::Invalid);
    REQUIRE(service.printReplyToPdf(uid, dir.filePath(QStringLiteral("again.pdf"))).ok());
    auto again = service.request(uid);
    REQUIRE(again.ok());
    CHECK(again->replyNumber == printed->replyNumber);

    // Every copy is logged with the next copy number (份号), which is printed on it.
    CHECK(text.contains(QStringLiteral("000001")));
    const QString second = test::pdfText(dir.filePath(QStringLiteral("again.pdf"))).remove(u'\n').remove(u' ');
    CHECK(second.contains(QStringLiteral("000002")));
    CHECK_FALSE(second.contains(QStringLiteral("000001")));
    CHECK(countRows(*boss, QStringLiteral("letter_print_log")) == 2);
}

TEST_CASE("a request CSV with bad rows is reported line by line and nothing is stored", "[integrity][csv]")
{
    const QByteArray bad = QStringLiteral("姓名,身份证号码,单位,现任职务,拟任职务\n"
                                          "王清白,%1,某区教育局,副局长,局长\n"
                                          ",%2,某区财政局,副局长,局长\n"
                                          "赵核实,320102198003151235,某区水务局,副局长,局长\n"
                                          "钱立案,,某区住建局,副局长\n"
                                          "孙处分,%1,某区商务局,副局长,局长\n"
                                          "\"周,待办\",,某区民政局,副局长,局长\n")
                               .arg(IntegrityFixture::idNumber(21), IntegrityFixture::idNumber(22))
                               .toUtf8();
    const reporting::RequestCsv parsed = reporting::parseRequestCsv(bad);
    CHECK(parsed.people.isEmpty());
    REQUIRE(parsed.problems.size() == 4);
    CHECK(parsed.problems[0].startsWith(QStringLiteral("Line 3:")));
    CHECK(parsed.problems[1].startsWith(QStringLiteral("Line 4:")));
    CHECK(parsed.problems[1].contains(QStringLiteral("320102198003151235")));
    CHECK(parsed.problems[2].startsWith(QStringLiteral("Line 5:")));
    CHECK(parsed.problems[3].startsWith(QStringLiteral("Line 6:")));
    CHECK(parsed.problems[3].contains(QStringLiteral("line 2")));

    CHECK(reporting::parseRequestCsv("name,unit\nA,B\n").problems.size() == 1);
    CHECK_FALSE(reporting::parseRequestCsv("").ok());

    IntegrityFixture fixture;
    auto inv = fixture.as(QStringLiteral("inv"));
    reporting::IntegrityOpinionService service(*inv);
    const int auditBefore = countRows(*inv, QStringLiteral("audit_entry"));
    auto refused = service.importCsv(draftFor({}), bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::Invalid);
    CHECK(refused.message().contains(QStringLiteral("Line 3:")));
    CHECK(refused.message().contains(QStringLiteral("Line 6:")));
    CHECK(countRows(*inv, QStringLiteral("integrity_request")) == 0);
    CHECK(countRows(*inv, QStringLiteral("integrity_request_entry")) == 0);
    CHECK(countRows(*inv, QStringLiteral("audit_entry")) == auditBefore);

    const QByteArray good = QByteArray("\xEF\xBB\xBF") + QStringLiteral("name,unit,proposed_post,id_number\r\n"
                                                                        "王清白,某区教育局,局长,%1\r\n"
                                                                        "\"周,待办\",某区民政局,局长,\r\n")
                                                             .arg(IntegrityFixture::idNumber(23))
                                                             .toUtf8();
    auto imported = service.importCsv(draftFor({}), good);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    auto request = service.request(imported.value());
    REQUIRE(request.ok());
    REQUIRE(request->entries.size() == 2);
    CHECK(request->entries[1].person.name == QStringLiteral("周,待办"));
    CHECK(request->entries[0].person.idNumber == IntegrityFixture::idNumber(23));
    auto open = service.unanswered();
    REQUIRE(open.ok());
    CHECK(open->size() == 1);
}

TEST_CASE("an unanswered request alerts as its reply falls due, after the days the vault allows, until it is printed",
          "[integrity][alerts]")
{
    IntegrityFixture fixture;
    const people::Person clean = IntegrityFixture::person(QStringLiteral("王清白"), QStringLiteral("某区教育局"),
                                                          IntegrityFixture::idNumber(31));
    auto inv = fixture.as(QStringLiteral("inv"));
    auto created = reporting::IntegrityOpinionService(*inv).createRequest(
        draftFor({requested(clean, QStringLiteral("区教育局局长"))}));
    REQUIRE(created.ok());
    auto boss = fixture.as(QStringLiteral("boss"));
    reporting::IntegrityOpinionService service(*boss);
    const QDate received = QDate::currentDate().addDays(-1);
    auto requestAlerts = [&](const QDate& today) {
        auto page = reporting::AlertService(*boss).alerts(today, 0);
        REQUIRE(page.ok());
        QList<reporting::Alert> found;
        for (const reporting::Alert& alert : page->alerts)
            if (alert.source == QLatin1String("integrity"))
                found << alert;
        return found;
    };

    // Ten days by default: due on the tenth day after receipt, not before.
    const QDate due = received.addDays(reporting::kDefaultOpinionReplyDays);
    CHECK(requestAlerts(due.addDays(-1)).isEmpty());
    const auto onTheDay = requestAlerts(due);
    REQUIRE(onTheDay.size() == 1);
    CHECK(onTheDay.first().kind == reporting::RecordKind::IntegrityRequest);
    CHECK(onTheDay.first().recordUid == created.value());
    CHECK(onTheDay.first().dueOn == due);
    CHECK(onTheDay.first().what.contains(QStringLiteral("中共某市委组织部")));
    CHECK_FALSE(onTheDay.first().overdue(due));

    {
        auto admin = fixture.as(QStringLiteral("admin"));
        settings::VaultSettingsService settingsService(*admin);
        CHECK(settingsService.setOpinionReplyDays(0).code() == ErrorCode::Invalid);
        CHECK(settingsService.setOpinionReplyDays(reporting::kMaxOpinionReplyDays + 1).code() == ErrorCode::Invalid);
        REQUIRE(settingsService.setOpinionReplyDays(3).ok());
        auto loaded = settingsService.load();
        REQUIRE(loaded.ok());
        CHECK(loaded->opinionReplyDays == 3);
    }
    const auto sooner = requestAlerts(received.addDays(4));
    REQUIRE(sooner.size() == 1);
    CHECK(sooner.first().dueOn == received.addDays(3));
    CHECK(sooner.first().overdue(received.addDays(4)));

    // A reviewer, without the lead permission, does not get these alerts.
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    auto reviewerPage = reporting::AlertService(*reviewer).alerts(received.addDays(4), 0);
    REQUIRE(reviewerPage.ok());
    for (const reporting::Alert& alert : reviewerPage->alerts)
        CHECK(alert.source != QLatin1String("integrity"));

    REQUIRE(service.confirm(created.value(), 1).ok());
    QTemporaryDir dir;
    REQUIRE(service.printReplyToPdf(created.value(), dir.filePath(QStringLiteral("reply.pdf"))).ok());
    CHECK(requestAlerts(received.addDays(30)).isEmpty());
}
