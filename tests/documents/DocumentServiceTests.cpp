#include "CaseFixture.h"
#include "CatalogCase.h"
#include "PdfText.h"
#include "documents/CaseBindings.h"
#include "documents/CaseFileAssembler.h"
#include "documents/DocumentService.h"
#include "documents/NumberingRegistry.h"
#include "documents/Template.h"
#include "evidence/EvidenceService.h"
#include "intake/IdentityService.h"
#include "intake/ReportService.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using test::CaseFixture;

namespace {

void addEvidence(access::Session& session, const QString& caseUid, int count)
{
    for (int i = 0; i < count; ++i) {
        evidence::EvidenceDraft draft;
        draft.caseUid = caseUid;
        draft.kind = QStringLiteral("documentary");
        draft.description = QStringLiteral("银行交易流水第%1份").arg(i + 1);
        draft.source = QStringLiteral("某银行");
        draft.holder = QStringLiteral("某银行营业部");
        draft.collectedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        draft.place = QStringLiteral("某银行营业部");
        draft.collectors = {QStringLiteral("lead"), QStringLiteral("inv")};
        REQUIRE(evidence::EvidenceService(session).record(draft).ok());
    }
}

} // namespace

TEST_CASE("a filing decision is drafted, approved with a registry number, frozen, and printed with logged copies",
          "[documents]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    QString documentUid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        documents::DocumentService service(*lead);
        CHECK(service.create(QStringLiteral("no_such_template"), caseUid).code() == ErrorCode::NotFound);
        auto draft = service.create(QStringLiteral("case_filing_decision"), caseUid);
        REQUIRE(draft.ok());
        documentUid = draft->uid;
        CHECK(draft->status == QStringLiteral("draft"));
        CHECK(service.approve(documentUid).code() == ErrorCode::PermissionDenied);
        QTemporaryDir dir;
        CHECK(service.printToPdf(documentUid, {}, dir.filePath(QStringLiteral("x.pdf"))).code() == ErrorCode::Invalid);
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    documents::DocumentService service(*boss);
    REQUIRE(service.approve(documentUid).ok());
    auto documents = service.documentsOf(caseUid);
    REQUIRE(documents.ok());
    REQUIRE(documents->size() == 1);
    const QString number = documents->first().number;
    CHECK(number == QStringLiteral("苏纪立〔%1〕1号").arg(QDate::currentDate().year()));
    CHECK(service.approve(documentUid).code() == ErrorCode::Invalid);
    CHECK_FALSE(storage::execute(boss->database(), QStringLiteral("UPDATE document SET fields_json = '{}'")).ok());

    QTemporaryDir dir;
    if (!qEnvironmentVariableIsEmpty("QF_KEEP_TEST_OUTPUT")) {
        dir.setAutoRemove(false);
        WARN("rendered files kept in " << dir.path().toStdString());
    }
    const QString path = dir.filePath(QStringLiteral("decision.pdf"));
    documents::PrintRequest request;
    request.copies = 2;
    request.recipient = QStringLiteral("某市交通运输局党委");
    auto pages = service.printToPdf(documentUid, request, path);
    REQUIRE(pages.ok());
    const QString text = test::pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(number));
    CHECK(text.contains(QStringLiteral("关于对郑国强同志立案审查调查的决定")));
    CHECK(text.contains(QStringLiteral("某市交通运输局")));
    CHECK(text.contains(QStringLiteral("000001")));
    CHECK(text.contains(QStringLiteral("000002")));
    auto log = service.printLog(documentUid);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 2);
    CHECK(log->at(1).copyNumber == 2);
    CHECK(log->at(0).recipient == QStringLiteral("某市交通运输局党委"));
    // The next print continues the copy numbers.
    request.copies = 1;
    REQUIRE(service.printToPdf(documentUid, request, dir.filePath(QStringLiteral("third.pdf"))).ok());
    CHECK(test::pdfText(dir.filePath(QStringLiteral("third.pdf"))).contains(QStringLiteral("000003")));

    // A change after approval is a new version; the old one keeps its number.
    auto next = service.newVersion(documentUid);
    REQUIRE(next.ok());
    CHECK(next->version == 2);
    REQUIRE(service.approve(next->uid).ok());
    auto all = service.documentsOf(caseUid);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).status == QStringLiteral("superseded"));
    CHECK(all->at(0).number == number);
    CHECK(all->at(1).number != number);
}

TEST_CASE("a voided number is never issued again", "[documents]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    QString first;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        first = documents::DocumentService(*lead).create(QStringLiteral("case_filing_decision"), caseUid)->uid;
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    documents::DocumentService service(*boss);
    REQUIRE(service.approve(first).ok());
    const QString number = service.documentsOf(caseUid)->first().number;
    REQUIRE(documents::NumberingRegistry(boss->database()).voidNumber(number, QStringLiteral("填写错误")).ok());
    auto second = service.newVersion(first);
    REQUIRE(second.ok());
    REQUIRE(service.approve(second->uid).ok());
    CHECK(service.documentsOf(caseUid)->at(1).number ==
          QStringLiteral("苏纪立〔%1〕2号").arg(QDate::currentDate().year()));
}

TEST_CASE("the evidence list runs onto continuation pages with its headers", "[documents]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    QString uid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        addEvidence(*lead, caseUid, 60);
        uid = documents::DocumentService(*lead).create(QStringLiteral("evidence_list"), caseUid)->uid;
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    documents::DocumentService service(*boss);
    REQUIRE(service.approve(uid).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    auto pages = service.printToPdf(uid, {}, path);
    REQUIRE(pages.ok());
    CHECK(pages.value() >= 2);
    const auto words = test::pdfWords(path);
    for (int page = 1; page <= pages.value(); ++page)
        CHECK(std::any_of(words.cbegin(), words.cend(), [&](const test::PdfWord& w) {
            return w.page == page && w.text.contains(QStringLiteral("原件"));
        }));
    CHECK(test::pdfText(path).contains(QStringLiteral("流水第60份")));
}

TEST_CASE("the lead registration form leaves the reporter out unless a grant is held and inclusion chosen",
          "[documents]")
{
    CaseFixture fixture;
    QString leadUid;
    QString identityUid;
    {
        auto clerk = fixture.as(QStringLiteral("clerk"));
        intake::ReportDraft report;
        report.channel = intake::Channel::Letter;
        report.receivedDate = QDate::currentDate();
        report.realName = true;
        report.reporter.name = QStringLiteral("钱多多");
        report.reporter.phone = QStringLiteral("13912345678");
        people::Person subject;
        subject.name = QStringLiteral("孙某");
        subject.unit = QStringLiteral("某区住建局");
        report.subjects << subject;
        report.summary = QStringLiteral("反映孙某收受贿赂");
        auto registered = intake::ReportService(*clerk).registerReport(report);
        REQUIRE(registered.ok());
        identityUid = intake::IdentityService(*clerk).identitiesOfReport(registered->report.uid)->first().uid;
        auto inv = fixture.as(QStringLiteral("inv"));
        intake::ScreeningDecision decision;
        decision.outcome = intake::Screening::NewLead;
        decision.reason = QStringLiteral("有可查性");
        leadUid = intake::ReportService(*inv).screen(registered->report.uid, decision).value();
    }
    QString documentUid;
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        auto draft = documents::DocumentService(*inv).create(QStringLiteral("lead_registration_form"), leadUid);
        REQUIRE(draft.ok());
        documentUid = draft->uid;
        auto grant = intake::IdentityService(*inv).requestGrant(identityUid, QStringLiteral("核实举报内容"));
        REQUIRE(grant.ok());
        auto boss = fixture.as(QStringLiteral("boss"));
        REQUIRE(intake::IdentityService(*boss).approveGrant(grant.value(), 3, {}).ok());
        REQUIRE(documents::DocumentService(*boss).approve(documentUid).ok());
    }
    QTemporaryDir dir;
    {
        auto boss = fixture.as(QStringLiteral("boss"));
        const QString masked = dir.filePath(QStringLiteral("masked.pdf"));
        REQUIRE(documents::DocumentService(*boss).printToPdf(documentUid, {}, masked).ok());
        const QString text = test::pdfText(masked);
        CHECK(text.contains(QStringLiteral("孙某")));
        CHECK_FALSE(text.contains(QStringLiteral("钱多多")));
        CHECK_FALSE(text.contains(QStringLiteral("13912345678")));
        documents::PrintRequest withIdentities;
        withIdentities.includeIdentities = true;
        CHECK(documents::DocumentService(*boss).printToPdf(documentUid, withIdentities, masked).code() ==
              ErrorCode::PermissionDenied);
    }
    auto inv = fixture.as(QStringLiteral("inv"));
    documents::PrintRequest withIdentities;
    withIdentities.includeIdentities = true;
    const QString full = dir.filePath(QStringLiteral("full.pdf"));
    REQUIRE(documents::DocumentService(*inv).printToPdf(documentUid, withIdentities, full).ok());
    CHECK(test::pdfText(full).contains(QStringLiteral("钱多多")));
}

TEST_CASE("every template in the catalog renders from real records with its number, title and page numbers",
          "[documents][catalog]")
{
    auto catalog = documents::TemplateCatalog::builtIn();
    REQUIRE(catalog.ok());
    CHECK(catalog->size() >= 28);
    CaseFixture fixture;
    const test::CatalogCase records = test::populateCatalogCase(fixture);
    // Key values each template binds from the records.
    const QMap<QString, QStringList> keys{
        {QStringLiteral("talk_approval"), {QStringLiteral("某市交通运输局局长")}},
        {QStringLiteral("preliminary_verification_report"),
         {QStringLiteral("主办人：lead"), QStringLiteral("办案组成员：inv"), QStringLiteral("违规接受王某安排的宴请")}},
        {QStringLiteral("investigation_plan"),
         {documents::chineseDate(QDate::currentDate().addMonths(3)) + QStringLiteral("前完成调查")}},
        {QStringLiteral("talk_record"), {QStringLiteral("第一谈话室"), QStringLiteral("第3个回答")}},
        {QStringLiteral("inquiry_record"), {QStringLiteral("郑**")}},
        {QStringLiteral("evidence_notice"), {QStringLiteral("某银行营业部"), QStringLiteral("共3项")}},
        {QStringLiteral("seizure_notice"), {QStringLiteral("暂扣款物清单")}},
        {QStringLiteral("seizure_list"), {QStringLiteral("200,000.00"), QStringLiteral("小型轿车")}},
        {QStringLiteral("sealing_notice"), {QStringLiteral("封存清单")}},
        {QStringLiteral("sealing_list"), {QStringLiteral("200,000.00")}},
        {QStringLiteral("property_handover_list"), {QStringLiteral("小型轿车"), QStringLiteral("150,000.00")}},
        {QStringLiteral("review_transfer_registration"), {QStringLiteral("共3份"), QStringLiteral("请求从轻处理")}},
        {QStringLiteral("review_materials_list"), {QStringLiteral("证据材料")}},
        {QStringLiteral("investigation_report"),
         {QStringLiteral("（证据：第1、2号）"), QStringLiteral("郑国强，某市交通运输局局长。")}},
        {QStringLiteral("review_report"), {QStringLiteral("手续完备"), QStringLiteral("审理人员rev1")}},
        {QStringLiteral("recusal_decision"), {QStringLiteral("系被调查人近亲属"), QStringLiteral("inv2同志回避")}},
        {QStringLiteral("appeal_decision"), {QStringLiteral("维持原处理决定")}}};
    const QMap<QString, QString> items{{QStringLiteral("talk_record"), records.talkUid},
                                       {QStringLiteral("recusal"), records.recusalUid},
                                       {QStringLiteral("appeal"), records.appealUid}};
    QStringList uids;
    {
        auto inv = fixture.as(QStringLiteral("lead"));
        for (const documents::Template& tmpl : catalog.value()) {
            INFO(tmpl.id.toStdString());
            const QString record = tmpl.record == QLatin1String("case") ? records.caseUid : fixture.leadUid();
            if (!tmpl.item.isEmpty()) {
                auto choices = documents::itemChoices(*inv, tmpl, records.caseUid);
                REQUIRE(choices.ok());
                REQUIRE(choices->size() == 1);
                CHECK(choices->first().uid == items.value(tmpl.item));
                CHECK(documents::DocumentService(*inv).create(tmpl.id, record).code() == ErrorCode::Invalid);
            }
            auto draft = documents::DocumentService(*inv).create(tmpl.id, record, items.value(tmpl.item));
            REQUIRE(draft.ok());
            uids << draft->uid;
        }
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    documents::DocumentService service(*boss);
    QTemporaryDir dir;
    for (qsizetype i = 0; i < catalog->size(); ++i) {
        const documents::Template& tmpl = catalog->at(i);
        INFO(tmpl.id.toStdString());
        REQUIRE(service.approve(uids.at(i)).ok());
        const QString path = dir.filePath(tmpl.id + QStringLiteral(".pdf"));
        auto pages = service.printToPdf(uids.at(i), {}, path);
        REQUIRE(pages.ok());
        CHECK(test::pdfPageCount(path) == pages.value());
        const QString text = test::pdfText(path).remove(u'\n');
        auto preview = service.preview(uids.at(i));
        REQUIRE(preview.ok());
        CHECK(text.contains(preview->title.left(6)));
        if (!tmpl.sequence.isEmpty())
            CHECK(text.contains(preview->docNumber));
        CHECK(text.contains(QStringLiteral("000001")));
        if (tmpl.layout != documents::LayoutKind::Letter)
            CHECK(text.contains(QRegularExpression(QStringLiteral("—\\s*1\\s*—"))));
        CHECK(text.contains(QStringLiteral("郑国强")));
        CHECK_FALSE(text.contains(QStringLiteral("{{")));
        for (const QString& key : keys.value(tmpl.id)) {
            INFO(key.toStdString() << " in " << text.toStdString());
            CHECK(test::pdfContains(text, key));
        }
    }
}

TEST_CASE("the case file runs cover, contents with page numbers, documents and reference sheet as one PDF",
          "[documents][casefile]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    QStringList uids;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        addEvidence(*lead, caseUid, 40);
        for (const QString& id : {QStringLiteral("case_filing_approval"), QStringLiteral("case_filing_decision"),
                                  QStringLiteral("evidence_list")})
            uids << documents::DocumentService(*lead).create(id, caseUid)->uid;
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    for (const QString& uid : std::as_const(uids))
        REQUIRE(documents::DocumentService(*boss).approve(uid).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casefile.pdf"));
    auto pages = documents::CaseFileAssembler(*boss).renderToPdf(caseUid, path);
    REQUIRE(pages.ok());
    CHECK(test::pdfPageCount(path) == pages.value());
    const QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("案件卷宗")));
    CHECK(text.contains(QStringLiteral("卷内目录")));
    CHECK(text.contains(QStringLiteral("备考表")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("—\\s*%1\\s*—").arg(pages.value()))));
    // The title appears in the contents (page 2) and again where the document itself starts, after them.
    const auto words = test::pdfWords(path);
    QList<int> titlePages;
    for (const auto& word : words)
        if (word.text.startsWith(QStringLiteral("关于对郑国强")))
            titlePages << word.page;
    REQUIRE(titlePages.size() >= 2);
    CHECK(titlePages.first() == 2);
    CHECK(titlePages.last() >= 3);
}
