#include "IntegrityFixture.h"
#include "PdfText.h"
#include "reporting/RecommendationLetterService.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;

namespace {

reporting::RecommendationLetterDraft letterFor(const QString& caseUid, const QDate& issued, const QDate& due)
{
    reporting::RecommendationLetterDraft draft;
    draft.caseUid = caseUid;
    draft.problems = QStringLiteral("工程招投标监管缺位，项目审批权力过于集中");
    draft.causes = QStringLiteral("内控制度不健全，一把手监督薄弱");
    draft.measures = QStringLiteral("建立招投标全过程留痕制度，实行分事行权");
    draft.issuedOn = issued;
    draft.replyDue = due;
    return draft;
}

} // namespace

TEST_CASE("a recommendation letter is printed, its feedback tracked and its overdue reply listed",
          "[integrity][recommendation]")
{
    test::IntegrityFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    const QDate today = QDate::currentDate();
    auto lead = fixture.as(QStringLiteral("lead"));
    reporting::RecommendationLetterService service(*lead);

    CHECK(service.create(letterFor(caseUid, today, today.addDays(-1))).code() == ErrorCode::Invalid);
    auto missing = letterFor(caseUid, today, today.addDays(30));
    missing.causes.clear();
    CHECK(service.create(missing).code() == ErrorCode::Invalid);

    auto overdueLetter = service.create(letterFor(caseUid, today.addDays(-40), today.addDays(-1)));
    INFO(overdueLetter.message().toStdString());
    REQUIRE(overdueLetter.ok());
    auto dueToday = service.create(letterFor(caseUid, today.addDays(-30), today));
    REQUIRE(dueToday.ok());
    auto answered = service.create(letterFor(caseUid, today.addDays(-60), today.addDays(-10)));
    REQUIRE(answered.ok());
    REQUIRE(service.recordFeedback(answered.value(), today.addDays(-12), QStringLiteral("已建立招投标留痕制度")).ok());
    CHECK(service.recordFeedback(answered.value(), today.addDays(-61), QStringLiteral("早于建议书")).code() ==
          ErrorCode::Invalid);

    auto late = service.overdue(today);
    REQUIRE(late.ok());
    REQUIRE(late->size() == 1);
    CHECK(late->first().uid == overdueLetter.value());
    CHECK(late->first().unit == QStringLiteral("某市交通运输局"));
    auto tomorrow = service.overdue(today.addDays(1));
    REQUIRE(tomorrow.ok());
    CHECK(tomorrow->size() == 2);

    REQUIRE(service.setAnalysis(overdueLetter.value(), QStringLiteral("本案暴露出工程建设领域权力运行监督不力")).ok());
    auto letters = service.lettersOf(caseUid);
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 3);
    CHECK(letters->first().analysis.contains(QStringLiteral("监督不力")));
    CHECK(letters->at(2).answered());

    auto boss = fixture.as(QStringLiteral("boss"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    auto pages = reporting::RecommendationLetterService(*boss).printToPdf(overdueLetter.value(), path);
    INFO(pages.message().toStdString());
    REQUIRE(pages.ok());
    if (qEnvironmentVariableIsSet("QF_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("QF_KEEP_PDF"));
    const QString text = test::pdfText(path).remove(u'\n').remove(u' ');
    auto printed = service.letter(overdueLetter.value());
    REQUIRE(printed.ok());
    CHECK(printed->number.contains(QStringLiteral("建〔")));
    CHECK(text.contains(printed->number));
    CHECK(text.contains(QStringLiteral("纪律检查建议")));
    CHECK(text.contains(QStringLiteral("某市交通运输局党委")));
    CHECK(text.contains(QStringLiteral("招投标监管缺位")));
    CHECK(text.contains(QStringLiteral("一把手监督薄弱")));
    CHECK(text.contains(QStringLiteral("分事行权")));
    CHECK(text.contains(QStringLiteral("郑国强")));
    CHECK(text.contains(documents::chineseDate(today.addDays(-1))));
    CHECK(text.contains(QStringLiteral("000001"))); // its copy number (份号)

    auto clerk = fixture.as(QStringLiteral("clerk"));
    CHECK(reporting::RecommendationLetterService(*clerk)
              .recordFeedback(dueToday.value(), today, QStringLiteral("x"))
              .code() == ErrorCode::PermissionDenied);
}
