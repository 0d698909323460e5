#include "../documents/PdfText.h"
#include "ReportingFixture.h"
#include "documents/GbtRenderer.h"
#include "reporting/StatisticsCsv.h"
#include "reporting/StatisticsForm.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;

namespace {

reporting::StatisticsReport sampleReport()
{
    reporting::StatisticsReport report;
    report.range = {QDate(2026, 1, 1), QDate(2026, 6, 30)};
    report.today = QDate(2026, 7, 1);
    report.tables << reporting::StatisticTable{QStringLiteral("reports_by_channel"),
                                               QStringLiteral("信访举报件按来源渠道"),
                                               reporting::ChartKind::Pie,
                                               {{QStringLiteral("件数"), reporting::ValueFormat::Count, std::nullopt}},
                                               {{QStringLiteral("letter"), QStringLiteral("来信"), {12}},
                                                {QStringLiteral("other"), QStringLiteral("=1+2, \"其他\""), {3}}}};
    report.tables << reporting::StatisticTable{
        QStringLiteral("timeliness"),
        QStringLiteral("超期率"),
        reporting::ChartKind::Bar,
        {{QStringLiteral("期限数"), reporting::ValueFormat::Count, std::nullopt},
         {QStringLiteral("超期数"), reporting::ValueFormat::Count, std::nullopt},
         {QStringLiteral("超期率"), reporting::ValueFormat::Percent, std::nullopt}},
        {{QStringLiteral("investigation"), QStringLiteral("审查调查"), {8, 2, 25}}}};
    return report;
}

} // namespace

TEST_CASE("the CSV export has a title, header, rows and totals per table, quoted safely", "[statistics][csv]")
{
    const QByteArray csv = reporting::statisticsCsv(sampleReport());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.at(0) == QStringLiteral("Period,2026-01-01,2026-06-30"));
    CHECK(lines.contains(QStringLiteral("来信,12")));
    CHECK(lines.contains(QStringLiteral("\"'=1+2, \"\"其他\"\"\",3")));
    CHECK(lines.contains(QStringLiteral("Total,15")));
    CHECK(lines.contains(QStringLiteral("审查调查,8,2,25.00")));
    // A table with a rate has no total line: rates do not add up.
    CHECK(lines.filter(QStringLiteral("Total")).size() == 1);
}

TEST_CASE("the statistical table prints in the official form layout", "[statistics][print]")
{
    const documents::DocumentLayout layout =
        reporting::statisticsForm(sampleReport(), QStringLiteral("某市纪委监委"), QStringLiteral("王明"));
    CHECK(layout.kind == documents::LayoutKind::Form);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statistics.pdf"));
    auto pages = documents::GbtRenderer::renderToPdf({layout}, path);
    INFO(pages.message().toStdString());
    REQUIRE(pages.ok());
    CHECK(pages.value() >= 1);
    const QString text = test::pdfText(path).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.contains(QStringLiteral("某市纪委监委")));
    CHECK(text.contains(QStringLiteral("一、信访举报件按来源渠道")));
    CHECK(text.contains(QStringLiteral("二、超期率")));
    CHECK(text.contains(QStringLiteral("来信12")));
    CHECK(text.contains(QStringLiteral("25.0%")));
    CHECK(text.contains(QStringLiteral("2026年1月1日")));
    CHECK(text.contains(QStringLiteral("王明")));
}
