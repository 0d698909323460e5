#include "PdfText.h"
#include "documents/FontRoles.h"
#include "documents/GbtRenderer.h"

#include <QDir>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::documents;

namespace {

DocumentLayout officialDocument(int paragraphs)
{
    DocumentLayout doc;
    doc.kind = LayoutKind::Official;
    doc.copyNumber = QStringLiteral("000003");
    doc.secrecy = QStringLiteral("机密★1年");
    doc.organMark = QStringLiteral("中共江苏省纪律检查委员会");
    doc.docNumber = QStringLiteral("苏纪发〔2026〕12号");
    doc.title = QStringLiteral("关于对郑国强同志立案审查调查的决定");
    doc.addressee = QStringLiteral("某市交通运输局党委");
    doc.body << Paragraph{QStringLiteral("一、基本情况"), 1, true, false};
    for (int i = 0; i < paragraphs; ++i)
        doc.body << Paragraph{
            QStringLiteral("经初步核实，郑国强同志涉嫌严重违纪违法，根据有关规定，经中共江苏省纪律检查委员会常委会"
                           "研究，决定对其立案审查调查。第%1段。")
                .arg(i + 1)};
    doc.attachments << QStringLiteral("立案呈批表");
    doc.signature = SignatureBlock{QStringLiteral("中共江苏省纪律检查委员会"), QDate(2026, 3, 5)};
    doc.endBlock =
        EndBlock{QStringLiteral("省委组织部，案件监督管理室"), QStringLiteral("省纪委办公厅"), QDate(2026, 3, 5)};
    doc.traceMark = QStringLiteral("份号000003 zhang.wei 2026-03-05 10:00");
    return doc;
}

// Page numbers print as "— N —"; pdftotext drops the thin spaces around the digits.
bool hasPageNumber(const QString& text, int page)
{
    return text.contains(QRegularExpression(QStringLiteral("—\\s*%1\\s*—").arg(page)));
}

// QF_KEEP_TEST_OUTPUT=1 keeps the rendered PDFs for a look with pdftoppm.
QString outputDir(QTemporaryDir& dir)
{
    if (!qEnvironmentVariableIsEmpty("QF_KEEP_TEST_OUTPUT")) {
        dir.setAutoRemove(false);
        WARN("rendered files kept in " << dir.path().toStdString());
    }
    return dir.path();
}

} // namespace

TEST_CASE("an official document is laid out on A4 with the GB/T 9704 text block", "[documents][layout]")
{
    QTemporaryDir dir;
    outputDir(dir);
    const QString path = dir.filePath(QStringLiteral("decision.pdf"));
    auto pages = GbtRenderer::renderToPdf({officialDocument(30)}, path);
    REQUIRE(pages.ok());
    CHECK(pages.value() >= 2);
    CHECK(test::pdfPageCount(path) == pages.value());
    const QSizeF size = test::pdfPageSizeMm(path);
    CHECK(size.width() == Approx(210).margin(0.5));
    CHECK(size.height() == Approx(297).margin(0.5));

    const QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("苏纪发〔2026〕12号")));
    CHECK(text.contains(QStringLiteral("000003")));
    CHECK(text.contains(QStringLiteral("机密★1年")));
    CHECK(hasPageNumber(text, 1));
    CHECK(hasPageNumber(text, 2));
    CHECK(text.contains(QStringLiteral("2026年3月5日")));
    CHECK(text.contains(QStringLiteral("印发")));

    const auto words = test::pdfWords(path);
    REQUIRE_FALSE(words.isEmpty());
    // The copy number opens line 1 of the text block: 28 mm from the left edge, 37 mm from the top.
    const auto copy = std::find_if(words.cbegin(), words.cend(),
                                   [](const test::PdfWord& w) { return w.text == QStringLiteral("000003"); });
    REQUIRE(copy != words.cend());
    CHECK(copy->boxMm.left() == Approx(28).margin(1.0));
    CHECK(copy->boxMm.top() >= 37 - 1.0);
    CHECK(copy->boxMm.top() <= 37 + 5.0);
    // Body lines start at the binding margin and never cross the 156 mm text block.
    double minLeft = 1000;
    double maxRight = 0;
    for (const auto& word : words) {
        if (word.page == 1 && word.boxMm.top() > 120 && word.boxMm.bottom() < 262) {
            minLeft = std::min(minLeft, word.boxMm.left());
            maxRight = std::max(maxRight, word.boxMm.right());
        }
    }
    CHECK(minLeft == Approx(28).margin(1.0));
    CHECK(maxRight <= 28 + 156 + 1.0);
    // Page numbers sit 7 mm below the text block: odd pages on the right, even pages on the left.
    for (const auto& word : words) {
        if (word.text != QStringLiteral("1") && word.text != QStringLiteral("2"))
            continue;
        if (word.boxMm.top() < 262)
            continue;
        if (word.page == 1)
            CHECK(word.boxMm.left() > 105);
        if (word.page == 2)
            CHECK(word.boxMm.left() < 105);
    }
}

TEST_CASE("a long list repeats its column headers on every continuation page", "[documents][layout]")
{
    DocumentLayout list;
    list.kind = LayoutKind::Form;
    list.title = QStringLiteral("调取证据清单");
    list.docNumber = QStringLiteral("苏纪调〔2026〕3号");
    Table table;
    table.columns = {{QStringLiteral("序号"), 0.6}, {QStringLiteral("名称"), 3.2}, {QStringLiteral("特征/编号"), 1.8},
                     {QStringLiteral("数量"), 0.7}, {QStringLiteral("单位"), 0.7}, {QStringLiteral("原件/复印件"), 1.7},
                     {QStringLiteral("页数"), 0.7}, {QStringLiteral("备注"), 1.2}};
    for (int i = 1; i <= 80; ++i)
        table.rows << QStringList{QString::number(i),
                                  QStringLiteral("银行交易流水第%1份").arg(i),
                                  QStringLiteral("编号A%1").arg(i * 7),
                                  QStringLiteral("1"),
                                  QStringLiteral("份"),
                                  QStringLiteral("复印件"),
                                  QStringLiteral("3"),
                                  QString()};
    list.body << table;
    QTemporaryDir dir;
    outputDir(dir);
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    auto pages = GbtRenderer::renderToPdf({list}, path);
    REQUIRE(pages.ok());
    REQUIRE(pages.value() >= 3);
    const auto words = test::pdfWords(path);
    for (int page = 1; page <= pages.value(); ++page) {
        INFO("page " << page);
        CHECK(std::any_of(words.cbegin(), words.cend(), [&](const test::PdfWord& w) {
            return w.page == page && w.text.contains(QStringLiteral("原件"));
        }));
    }
    const QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("流水第80份")));
    CHECK(hasPageNumber(text, pages.value()));
}

TEST_CASE("a letter has no page number on its first page and its rules stay within 170 mm", "[documents][layout]")
{
    DocumentLayout letter = officialDocument(1);
    letter.kind = LayoutKind::Letter;
    letter.endBlock.reset();
    QTemporaryDir dir;
    outputDir(dir);
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    auto pages = GbtRenderer::renderToPdf({letter}, path);
    REQUIRE(pages.ok());
    CHECK(pages.value() == 1);
    CHECK_FALSE(hasPageNumber(test::pdfText(path), 1));
}

TEST_CASE("several documents render as one run with continuous page numbers", "[documents][layout]")
{
    QTemporaryDir dir;
    outputDir(dir);
    const QString path = dir.filePath(QStringLiteral("run.pdf"));
    auto single = GbtRenderer::renderToPdf({officialDocument(2)}, dir.filePath(QStringLiteral("one.pdf")));
    REQUIRE(single.ok());
    auto pages = GbtRenderer::renderToPdf({officialDocument(2), officialDocument(2), officialDocument(2)}, path);
    REQUIRE(pages.ok());
    CHECK(pages.value() == 3 * single.value());
    CHECK(test::pdfPageCount(path) == pages.value());
    const QString text = test::pdfText(path);
    CHECK(hasPageNumber(text, pages.value()));
}

TEST_CASE("every font role resolves to an installed family, and stand-ins are reported", "[documents][fonts]")
{
    for (FontRole role :
         {FontRole::XiaoBiaoSong, FontRole::FangSong, FontRole::KaiTi, FontRole::HeiTi, FontRole::SongTi}) {
        const FontChoice choice = fontFor(role);
        CHECK_FALSE(choice.family.isEmpty());
        CHECK(QFontDatabase::families().contains(choice.family));
        CHECK_FALSE(choice.family.contains(QLatin1String("cwTeX")));
    }
    if (!fontFor(FontRole::FangSong).official)
        CHECK_FALSE(fontSubstitutions().isEmpty());
}

TEST_CASE("a form value with nothing after it in its row runs across the rest of the row", "[documents][layout]")
{
    DocumentLayout form;
    form.kind = LayoutKind::Form;
    form.title = QStringLiteral("谈话呈批表");
    Table grid;
    grid.showHeader = false;
    grid.columns = {{QString(), 1.0}, {QString(), 2.0}, {QString(), 1.0}, {QString(), 2.0}};
    grid.labelColumns = {0, 2};
    grid.rows << QStringList{QStringLiteral("谈话事项"), QStringLiteral("甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸"),
                             QString(), QString()};
    grid.rows << QStringList{QStringLiteral("谈话时间"), QStringLiteral("子丑寅卯辰巳午未申酉戌亥子丑寅卯辰巳午未"),
                             QStringLiteral("地点"), QString()};
    form.body << grid;
    QTemporaryDir dir;
    const QString path = QDir(outputDir(dir)).filePath(QStringLiteral("span.pdf"));
    REQUIRE(GbtRenderer::renderToPdf({form}, path).ok());
    // Column 2 ends 28 + 156 × 3/6 = 106 mm from the left edge.
    double spanningRight = 0;
    double boundedRight = 0;
    for (const test::PdfWord& word : test::pdfWords(path)) {
        if (word.text.contains(u'甲'))
            spanningRight = std::max(spanningRight, word.boxMm.right());
        if (word.text.contains(u'子'))
            boundedRight = std::max(boundedRight, word.boxMm.right());
    }
    CHECK(spanningRight > 120);
    CHECK(boundedRight > 0);
    CHECK(boundedRight < 106);
}

TEST_CASE("closing lines repeat at the foot of every sheet, below the running text", "[documents][layout]")
{
    DocumentLayout record;
    record.kind = LayoutKind::Form;
    record.title = QStringLiteral("谈话笔录");
    record.continuationTitle = QStringLiteral("谈话笔录（续）");
    record.pageClosing = {QStringLiteral("以上笔录我看过"), QStringLiteral("被谈话人签名")};
    for (int i = 1; i <= 60; ++i)
        record.body << Paragraph{QStringLiteral("问：第%1个问题，请如实说明有关情况。").arg(i)};
    QTemporaryDir dir;
    const QString path = QDir(outputDir(dir)).filePath(QStringLiteral("record.pdf"));
    auto pages = GbtRenderer::renderToPdf({record}, path);
    REQUIRE(pages.ok());
    REQUIRE(pages.value() >= 3);
    const auto words = test::pdfWords(path);
    for (int page = 1; page <= pages.value(); ++page) {
        INFO("page " << page);
        double closingTop = 0;
        double textBottom = 0;
        bool continuation = false;
        for (const test::PdfWord& word : words) {
            if (word.page != page)
                continue;
            if (word.text.startsWith(QStringLiteral("以上笔录")))
                closingTop = word.boxMm.top();
            if (word.text.startsWith(QStringLiteral("问：")))
                textBottom = std::max(textBottom, word.boxMm.bottom());
            continuation = continuation || word.text.contains(u'续');
        }
        CHECK(closingTop > textBottom);
        CHECK(closingTop < 37 + 225); // inside the text block
        CHECK(continuation == (page > 1));
    }
}
