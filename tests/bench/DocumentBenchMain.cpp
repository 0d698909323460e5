// The document benchmark (issue 6): 100 mixed documents rendered from the template catalog to one PDF, and a whole
// case file whose evidence list has 300 items. Reports pages per second and peak memory.
//
//   qf_bench_documents [--quick] [--out FILE]

#include "BenchSupport.h"
#include "JsonLine.h"
#include "documents/DocumentService.h"
#include "documents/GbtRenderer.h"
#include "documents/Template.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <cstdio>

namespace qf::bench {

namespace {

constexpr double kMinPagesPerSecond = 20.0;
constexpr double kMaxCaseFileSeconds = 5.0;

documents::Fields sampleFields(int i)
{
    return {{QStringLiteral("organ"), QStringLiteral("中共江苏省纪律检查委员会")},
            {QStringLiteral("case_number"), QStringLiteral("苏纪案〔2026〕%1号").arg(i)},
            {QStringLiteral("lead_number"), QStringLiteral("苏纪线〔2026〕%1号").arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("lead_source"), QStringLiteral("信访举报")},
            {QStringLiteral("lead_summary"),
             QStringLiteral("反映其在担任局长期间，利用职务便利在工程项目招投标中为他人谋取利益，"
                            "收受财物，数额较大；违规使用公务用车，接受管理服务对象宴请。")},
            {QStringLiteral("subject_name"), QStringLiteral("郑国强")},
            {QStringLiteral("subject_unit"), QStringLiteral("某市交通运输局")},
            {QStringLiteral("subject_position"), QStringLiteral("局长")},
            {QStringLiteral("subject_cadre_level"), QStringLiteral("市管干部")},
            {QStringLiteral("team"), QStringLiteral("王强、李娜")},
            {QStringLiteral("confidentiality"), QStringLiteral("机密")},
            {QStringLiteral("received_date"), QStringLiteral("2026年3月5日")},
            {QStringLiteral("case_opened"), QStringLiteral("2026年3月9日")},
            {QStringLiteral("lead_disposition"), QStringLiteral("立案审查")}};
}

QList<QStringList> evidenceRows(const documents::Template& list, int count)
{
    QList<QStringList> rows;
    for (int i = 1; i <= count; ++i) {
        const documents::Fields row{{QStringLiteral("seq"), QString::number(i)},
                                    {QStringLiteral("description"), QStringLiteral("银行账户交易明细第%1份").arg(i)},
                                    {QStringLiteral("kind"), QStringLiteral("书证")},
                                    {QStringLiteral("quantity"), QStringLiteral("1")},
                                    {QStringLiteral("unit"), QStringLiteral("份")},
                                    {QStringLiteral("original"), QStringLiteral("复印件")},
                                    {QStringLiteral("pages"), QString::number(1 + i % 5)},
                                    {QStringLiteral("source"), QStringLiteral("某银行")}};
        QStringList cells;
        for (const documents::ListColumn& column : list.listColumns)
            cells << row.value(column.field);
        rows << cells;
    }
    return rows;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int runDocumentBenchmark(bool quick, JsonSink& sink, const QString& dir)
{
    auto catalog = documents::TemplateCatalog::builtIn();
    if (!catalog.ok() || catalog->isEmpty())
        fail(QStringLiteral("no templates"));
    const int documentCount = quick ? 10 : 100;
    QList<documents::DocumentLayout> mixed;
    for (int i = 0; i < documentCount; ++i) {
        const documents::Template& tmpl = catalog->at(i % catalog->size());
        documents::DocumentLayout layout = documents::DocumentService::layoutOf(
            tmpl, sampleFields(i + 1), evidenceRows(tmpl, tmpl.listColumns.isEmpty() ? 0 : 12),
            tmpl.sequence.isEmpty() ? QString() : QStringLiteral("苏纪发〔2026〕%1号").arg(i + 1));
        layout.copyNumber = QStringLiteral("%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        mixed << layout;
    }
    QElapsedTimer timer;
    timer.start();
    auto pages = documents::GbtRenderer::renderToPdf(mixed, dir + QStringLiteral("/mixed.pdf"));
    const double mixedSeconds = seconds(timer);
    if (!pages.ok())
        fail(pages.message());
    const double pagesPerSecond = pages.value() / mixedSeconds;
    sink.write(JsonLine()
                   .add("op", "render_mixed")
                   .add("documents", documentCount)
                   .add("pages", pages.value())
                   .add("seconds", mixedSeconds, 3)
                   .add("pages_per_s", pagesPerSecond, 1));

    // A case file: cover, contents, the filing papers, a 300-item evidence list, the closing report, reference sheet.
    auto find = [&](const QString& id) {
        auto tmpl = documents::TemplateCatalog::find(id);
        if (!tmpl.ok())
            fail(tmpl.message());
        return tmpl.value();
    };
    const int items = quick ? 30 : 300;
    QList<documents::DocumentLayout> caseFile;
    for (const QString& id :
         {QStringLiteral("case_file_cover"), QStringLiteral("case_filing_approval"),
          QStringLiteral("case_filing_decision"), QStringLiteral("evidence_list"), QStringLiteral("closing_report")}) {
        const documents::Template tmpl = find(id);
        caseFile << documents::DocumentService::layoutOf(tmpl, sampleFields(1),
                                                         evidenceRows(tmpl, tmpl.listColumns.isEmpty() ? 0 : items),
                                                         QStringLiteral("苏纪发〔2026〕1号"));
    }
    timer.restart();
    auto casePages = documents::GbtRenderer::renderToPdf(caseFile, dir + QStringLiteral("/casefile.pdf"));
    const double caseSeconds = seconds(timer);
    if (!casePages.ok())
        fail(casePages.message());
    sink.write(JsonLine()
                   .add("op", "render_case_file")
                   .add("evidence_items", items)
                   .add("pages", casePages.value())
                   .add("seconds", caseSeconds, 3)
                   .add("pages_per_s", casePages.value() / caseSeconds, 1));
    sink.write(JsonLine()
                   .add("op", "summary")
                   .add("goal_pages_per_s_min", kMinPagesPerSecond, 0)
                   .add("goal_case_file_s_max", kMaxCaseFileSeconds, 1)
                   .add("goals_met", pagesPerSecond >= kMinPagesPerSecond && caseSeconds <= kMaxCaseFileSeconds)
                   .add("peak_rss_kib", peakRssKib())
                   .add("loadavg", loadAverage()));
    return 0;
}

} // namespace qf::bench

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv); // fonts need a GUI application, even offscreen
    QLoggingCategory::setFilterRules(QStringLiteral("qf.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("10 documents and 30 evidence items."));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Also write the JSON lines to <file>."),
                                       QStringLiteral("file"));
    parser.addOptions({quickOption, outOption});
    parser.process(app);
    qf::bench::JsonSink sink;
    if (parser.isSet(outOption) && !sink.openFile(parser.value(outOption)))
        return 2;
    QTemporaryDir dir;
    try {
        qf::bench::runDocumentBenchmark(parser.isSet(quickOption), sink, dir.path());
    } catch (const qf::bench::Failure& failure) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(failure.what()));
        return 1;
    }
    return sink.allLinesWellFormed() ? 0 : 1;
}
