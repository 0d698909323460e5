#include "CatalogCase.h"
#include "PdfText.h"
#include "cases/CaseService.h"
#include "documents/DocumentService.h"
#include "property/PropertyService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using test::CaseFixture;

namespace {

// Drafts as the lead investigator, approves as the approver and prints one copy to a PDF; returns its path.
QString printed(CaseFixture& fixture, const QString& templateId, const QString& caseUid, const QTemporaryDir& dir,
                const QString& itemUid = {}, int* pages = nullptr)
{
    QString uid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        auto draft = documents::DocumentService(*lead).create(templateId, caseUid, itemUid);
        if (!draft.ok())
            FAIL(templateId.toStdString() << ": " << draft.message().toStdString());
        uid = draft->uid;
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    documents::DocumentService service(*boss);
    REQUIRE(service.approve(uid).ok());
    const QString path = dir.filePath(templateId + QStringLiteral(".pdf"));
    auto count = service.printToPdf(uid, {}, path);
    REQUIRE(count.ok());
    REQUIRE(test::pdfPageCount(path) == count.value());
    if (pages)
        *pages = count.value();
    // QF_KEEP_TEST_OUTPUT=<folder> keeps a copy of each rendered form there, to look at (pdftoppm -png).
    if (const QString keep = qEnvironmentVariable("QF_KEEP_TEST_OUTPUT"); QFileInfo(keep).isDir())
        QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
    return path;
}

bool has(const QString& text, const QString& part)
{
    return test::pdfContains(text, part);
}

bool pageHas(const QList<test::PdfWord>& words, int page, const QString& text)
{
    QString joined;
    for (const test::PdfWord& word : words)
        if (word.page == page)
            joined += word.text;
    return has(joined, text);
}

} // namespace

TEST_CASE("a talk record has a first sheet and continuation sheets, each closed and signed", "[documents][catalog]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    const QString talkUid = test::recordTalk(fixture, caseUid, QStringLiteral("郑国强"), 30);
    QTemporaryDir dir;
    int pages = 0;
    const QString path = printed(fixture, QStringLiteral("talk_record"), caseUid, dir, talkUid, &pages);
    CHECK(pages >= 3);
    const auto words = test::pdfWords(path);
    CHECK(pageHas(words, 1, QStringLiteral("谈话笔录")));
    CHECK(pageHas(words, 1, QStringLiteral("第1次")));
    CHECK(pageHas(words, 1, QStringLiteral("第一谈话室")));
    CHECK(pageHas(words, 1, QStringLiteral("陈述、申辩的权利")));
    CHECK_FALSE(pageHas(words, 1, QStringLiteral("续页")));
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(pageHas(words, page, QStringLiteral("以上笔录我看过，与我说的一致")));
        CHECK(pageHas(words, page, QStringLiteral("被谈话人签名（捺指印）")));
        CHECK(pageHas(words, page, QStringLiteral("—%1—").arg(page)));
        if (page > 1)
            CHECK(pageHas(words, page, QStringLiteral("谈话笔录（续"))); // pdftotext reads 页 as the radical ⻚
    }
    const QString text = test::pdfText(path).remove(u'\n');
    INFO(text.toStdString());
    CHECK(has(text, QStringLiteral("第30个回答")));
    CHECK(has(text, QStringLiteral("谈话人")));
    // The closing lines sit below every line of questions and answers on the page.
    for (int page = 1; page <= pages; ++page) {
        double closingTop = 0;
        double lowestAnswer = 0;
        for (const test::PdfWord& word : words) {
            if (word.page != page)
                continue;
            if (word.text.startsWith(QStringLiteral("以上笔录")))
                closingTop = word.boxMm.top();
            if (word.text.startsWith(QStringLiteral("答：")) || word.text.startsWith(QStringLiteral("问：")))
                lowestAnswer = std::max(lowestAnswer, word.boxMm.bottom());
        }
        CHECK(closingTop > lowestAnswer);
    }
}

TEST_CASE("an inquiry record masks the witness questioned", "[documents][catalog]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    const QString talkUid = test::recordTalk(fixture, caseUid, QStringLiteral("李明远"), 2);
    QTemporaryDir dir;
    const QString text =
        test::pdfText(printed(fixture, QStringLiteral("inquiry_record"), caseUid, dir, talkUid)).remove(u'\n');
    INFO(text.toStdString());
    CHECK(has(text, QStringLiteral("询问笔录")));
    CHECK(has(text, QStringLiteral("李**")));
    CHECK_FALSE(has(text, QStringLiteral("李明远")));
    CHECK(has(text, QStringLiteral("作伪证")));
}

TEST_CASE("the seizure list prints cash from cents and runs onto continuation pages with its headers",
          "[documents][catalog][property]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        test::registerCash(*lead, caseUid, 10000, 2000, QStringLiteral("AB00000001-AB00002000"));
        for (int i = 0; i < 29; ++i)
            test::registerCash(*lead, caseUid, 5000, i + 1, QStringLiteral("CD%1").arg(i, 8, 10, QLatin1Char('0')));
    }
    QTemporaryDir dir;
    int pages = 0;
    const QString path = printed(fixture, QStringLiteral("seizure_list"), caseUid, dir, {}, &pages);
    CHECK(pages >= 2);
    const auto words = test::pdfWords(path);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        for (const QString& header : {QStringLiteral("特征"), QStringLiteral("编号"), QStringLiteral("种类"),
                                      QStringLiteral("面值"), QStringLiteral("张数"), QStringLiteral("金额")})
            CHECK(pageHas(words, page, header));
        CHECK(pageHas(words, page, QStringLiteral("—%1—").arg(page)));
    }
    const QString text = test::pdfText(path).remove(u'\n');
    INFO(text.toStdString());
    CHECK(has(text, QStringLiteral("暂扣款物清单")));
    CHECK(has(text, QStringLiteral("100.00")));
    CHECK(has(text, QStringLiteral("200,000.00")));
    // 200,000.00 + 50.00 × (1 + 2 + … + 29) = 221,750.00
    CHECK(has(text, QStringLiteral("合计30项")));
    CHECK(has(text, QStringLiteral("221,750.00")));
    CHECK(has(text, QStringLiteral("见证人")));
}

TEST_CASE("a property list needs items in the states it takes", "[documents][catalog][property]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    auto refused = documents::DocumentService(*lead).create(QStringLiteral("property_handover_list"), caseUid);
    CHECK(refused.code() == ErrorCode::Invalid);
    CHECK(refused.message().contains(QLatin1String("property_handover_list")));
}

TEST_CASE("the investigation report states each fact found with the evidence numbers that support it",
          "[documents][catalog]")
{
    CaseFixture fixture;
    const test::CatalogCase records = test::populateCatalogCase(fixture);
    QTemporaryDir dir;
    const QString text =
        test::pdfText(printed(fixture, QStringLiteral("investigation_report"), records.caseUid, dir)).remove(u'\n');
    INFO(text.toStdString());
    CHECK(has(text, QStringLiteral("调报〔%1〕1号").arg(QDate::currentDate().year())));
    CHECK(has(text, QStringLiteral("关于郑国强涉嫌违纪违法问题的调查报告")));
    CHECK(has(text, QStringLiteral("1. 2019年收受工程老板王某现金20万元。（证据：第1、2号）")));
    CHECK(has(text, QStringLiteral("2. 为王某承揽道路工程提供帮助。（证据：第1号）")));
    CHECK(has(text, QStringLiteral("3. 违规接受王某安排的宴请。（证据：第3号）")));
    CHECK(has(text, QStringLiteral("本案登记涉案款物2项")));
    CHECK(has(text, QStringLiteral("主办人：lead")));
    CHECK(has(text, QStringLiteral("办案组成员：inv")));
    CHECK(has(text, QStringLiteral("— 2 —")));
}

TEST_CASE("review, recusal and appeal documents bind their records and refuse undecided ones", "[documents][catalog]")
{
    CaseFixture fixture;
    const test::CatalogCase records = test::populateCatalogCase(fixture);
    QTemporaryDir dir;
    const QString review =
        test::pdfText(printed(fixture, QStringLiteral("review_report"), records.caseUid, dir)).remove(u'\n');
    INFO(review.toStdString());
    CHECK(has(review, QStringLiteral("审理人员rev1")));
    CHECK(has(review, QStringLiteral("事实清楚，证据确凿")));
    CHECK(has(review, QStringLiteral("请求从轻处理")));
    const QString recusal =
        test::pdfText(printed(fixture, QStringLiteral("recusal_decision"), records.caseUid, dir, records.recusalUid))
            .remove(u'\n');
    INFO(recusal.toStdString());
    CHECK(has(recusal, QStringLiteral("系被调查人近亲属")));
    CHECK(has(recusal, QStringLiteral("决定inv2同志回避")));
    const QString appeal =
        test::pdfText(printed(fixture, QStringLiteral("appeal_decision"), records.caseUid, dir, records.appealUid))
            .remove(u'\n');
    INFO(appeal.toStdString());
    CHECK(has(appeal, QStringLiteral("认为处分过重")));
    CHECK(has(appeal, QStringLiteral("维持原处理决定")));
    const QString materials =
        test::pdfText(printed(fixture, QStringLiteral("review_materials_list"), records.caseUid, dir)).remove(u'\n');
    INFO(materials.toStdString());
    CHECK(has(materials, QStringLiteral("审理报告")));
    CHECK(has(materials, QStringLiteral("证据材料（第1号至第3号）")));
    CHECK(has(materials, QStringLiteral("书面意见")));

    auto lead = fixture.as(QStringLiteral("lead"));
    auto other = cases::CaseService(*lead).requestRecusal(records.caseUid, QStringLiteral("inv"),
                                                          QStringLiteral("曾为本案证人"));
    REQUIRE(other.ok());
    auto pending =
        documents::DocumentService(*lead).create(QStringLiteral("recusal_decision"), records.caseUid, other.value());
    CHECK(pending.code() == ErrorCode::Invalid);
    CHECK(pending.message().contains(QLatin1String("not decided")));
    CHECK(documents::DocumentService(*lead)
              .create(QStringLiteral("talk_record"), records.caseUid, records.recusalUid)
              .code() == ErrorCode::NotFound);
}

TEST_CASE("a seizure is tied to the approved seizure list that takes the item", "[documents][property]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    const QString measure = test::approvedMeasure(fixture, caseUid, QStringLiteral("seizure"));
    QString listed;
    QString draftUid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        listed = test::registerCash(*lead, caseUid, 10000, 10, QStringLiteral("EF1"));
        auto draft = documents::DocumentService(*lead).create(QStringLiteral("seizure_list"), caseUid);
        REQUIRE(draft.ok());
        draftUid = draft->uid;
        // While the list that takes the item is a draft, the seizure is refused.
        auto refused = property::PropertyService(*lead).act(listed, QStringLiteral("seize"),
                                                            test::signerFor(QStringLiteral("inv")), measure);
        CHECK(refused.code() == ErrorCode::Invalid);
        CHECK(refused.message().contains(QLatin1String("draft")));
    }
    {
        auto boss = fixture.as(QStringLiteral("boss"));
        REQUIRE(documents::DocumentService(*boss).approve(draftUid).ok());
    }
    auto lead = fixture.as(QStringLiteral("lead"));
    property::PropertyService service(*lead);
    // An item registered after the list was drafted is on no list: the step goes ahead, not covered.
    const QString unlisted = test::registerCash(*lead, caseUid, 10000, 1, QStringLiteral("EF2"));
    REQUIRE(service.act(listed, QStringLiteral("seize"), test::signerFor(QStringLiteral("inv")), measure).ok());
    REQUIRE(service.act(unlisted, QStringLiteral("seize"), test::signerFor(QStringLiteral("inv")), measure).ok());
    const QString number = documents::DocumentService(*lead).documentsOf(caseUid)->first().number;
    CHECK(number == QStringLiteral("苏纪暂扣清〔%1〕1号").arg(QDate::currentDate().year()));
    auto history = service.history(listed);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK_FALSE(history->at(0).needsDocument());
    CHECK(history->at(1).needsDocument());
    CHECK(history->at(1).documentUid == draftUid);
    CHECK(history->at(1).documentNumber == number);
    auto bare = service.history(unlisted);
    REQUIRE(bare.ok());
    CHECK(bare->at(1).needsDocument());
    CHECK(bare->at(1).documentUid.isEmpty());
    auto uncovered = service.uncoveredSteps(caseUid);
    REQUIRE(uncovered.ok());
    CHECK(uncovered.value() == 1);

    // The handover list takes both seized items; handing one over is tied to it once it is approved.
    auto handover = documents::DocumentService(*lead).create(QStringLiteral("property_handover_list"), caseUid);
    REQUIRE(handover.ok());
    CHECK(service.coverage(listed, QStringLiteral("hand_over"))->value().status == QStringLiteral("draft"));
    CHECK(service.act(listed, QStringLiteral("hand_over"), test::signerFor(QStringLiteral("inv"))).code() ==
          ErrorCode::Invalid);
    {
        auto boss = fixture.as(QStringLiteral("boss"));
        REQUIRE(documents::DocumentService(*boss).approve(handover->uid).ok());
    }
    REQUIRE(service.act(listed, QStringLiteral("hand_over"), test::signerFor(QStringLiteral("inv"))).ok());
    history = service.history(listed);
    REQUIRE(history->size() == 3);
    CHECK(history->at(2).documentUid == handover->uid);
    CHECK(history->at(2).documentNumber == QStringLiteral("苏纪移交〔%1〕1号").arg(QDate::currentDate().year()));
    CHECK(service.uncoveredSteps(caseUid).value() == 1);
}
