// The statistics page draws every table as a chart on the offscreen platform, and a figure opens its records; the
// alerts page lists what is due and marks what is overdue.
#include "../cases/CaseFixture.h"
#include "AlertsPage.h"
#include "MainWindow.h"
#include "RecordListDialog.h"
#include "ReportingFixture.h"
#include "StatisticChartView.h"
#include "StatisticsPage.h"
#include "cases/DeadlineService.h"
#include "storage/Sql.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;

namespace {

const QDate kToday = QDate::currentDate();

// Distinct colours in the image, and whether it holds the given colour (antialiasing aside).
struct Pixels
{
    int distinct = 0;
    int matching = 0;
};

Pixels pixelsOf(const QImage& image, const QColor& wanted)
{
    QSet<QRgb> colours;
    Pixels pixels;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb rgb = image.pixel(x, y);
            colours.insert(rgb);
            if (qAbs(qRed(rgb) - wanted.red()) < 8 && qAbs(qGreen(rgb) - wanted.green()) < 8 &&
                qAbs(qBlue(rgb) - wanted.blue()) < 8)
                ++pixels.matching;
        }
    pixels.distinct = int(colours.size());
    return pixels;
}

} // namespace

TEST_CASE("every statistical table renders as a chart offscreen, with its figures beside it", "[statistics][ui]")
{
    test::ReportingFixture fixture(2);
    auto boss = fixture.as(QStringLiteral("boss"));
    ui::StatisticsPage page(*boss);
    page.setPeriod({kToday.addYears(-5), kToday});
    page.refresh();
    REQUIRE(page.report().has_value());
    page.resize(1200, 900);
    page.show();
    for (const reporting::StatisticTable& table : page.report()->tables) {
        INFO(table.id.toStdString());
        ui::StatisticChartView* view = page.chartView(table.id);
        REQUIRE(view != nullptr);
        view->resize(640, 420);
        const QImage image = view->grab().toImage();
        REQUIRE_FALSE(image.isNull());
        const Pixels pixels = pixelsOf(image, QColor(0x1f, 0x5f, 0xa8)); // the first series colour
        CHECK(pixels.distinct > 20);
        if (table.total(0) > 0)
            CHECK(pixels.matching > 30);
        QTableWidget* figures = page.figureTable(table.id);
        REQUIRE(figures != nullptr);
        CHECK(figures->rowCount() == table.rows.size() + (table.hasTotals() ? 1 : 0));
        CHECK(figures->columnCount() == table.columns.size() + 1);
    }
    const reporting::StatisticTable* channels = page.report()->table(QStringLiteral("reports_by_channel"));
    CHECK(page.chartView(QStringLiteral("reports_by_channel"))->chart()->series().size() == 1);
    CHECK(page.figureTable(QStringLiteral("reports_by_channel"))->item(int(channels->rows.size()), 1)->text() ==
          QString::number(qRound(channels->total(0))));
}

TEST_CASE("a figure opens the list of the records behind it", "[statistics][ui]")
{
    test::ReportingFixture fixture(1);
    auto boss = fixture.as(QStringLiteral("boss"));
    ui::StatisticsPage page(*boss);
    page.setPeriod({kToday.addYears(-5), kToday});
    page.refresh();
    REQUIRE(page.report().has_value());
    const reporting::StatisticTable* stages = page.report()->table(QStringLiteral("cases_by_stage"));
    REQUIRE(stages != nullptr);
    int opened = 0;
    for (const reporting::StatisticRow& row : stages->rows) {
        if (row.values.at(0) == 0)
            continue;
        ui::RecordListDialog* dialog = page.openFigure({stages->id, row.key, 0});
        REQUIRE(dialog != nullptr);
        CHECK(dialog->table()->rowCount() == qRound(row.values.at(0)));
        CHECK(dialog->windowTitle().contains(row.label));
        dialog->close();
        ++opened;
    }
    CHECK(opened > 0);
    // The overdue rate is not a count of records: it opens nothing.
    CHECK(page.openFigure({QStringLiteral("timeliness"), QStringLiteral("review"), 2}) == nullptr);
}

TEST_CASE("a figure that counts confidential leads says how many of them the list leaves out", "[statistics][ui]")
{
    test::ReportingFixture fixture(2);
    auto clerk = fixture.as(QStringLiteral("clerk"));
    ui::StatisticsPage page(*clerk);
    page.setPeriod({kToday.addYears(-5), kToday});
    page.refresh();
    REQUIRE(page.report().has_value());
    const reporting::StatisticTable* dispositions = page.report()->table(QStringLiteral("leads_by_disposition"));
    int shortened = 0;
    for (const reporting::StatisticRow& row : dispositions->rows) {
        if (row.values.at(0) == 0)
            continue;
        ui::RecordListDialog* dialog = page.openFigure({dispositions->id, row.key, 0});
        REQUIRE(dialog != nullptr);
        const QString note = dialog->findChild<QLabel*>(QStringLiteral("recordCountLabel"))->text();
        if (dialog->table()->rowCount() < qRound(row.values.at(0))) {
            CHECK(note.contains(QString::number(qRound(row.values.at(0)))));
            ++shortened;
        }
        dialog->close();
    }
    CHECK(shortened > 0);
}

TEST_CASE("the CSV export writes every table and is recorded in the audit trail", "[statistics][ui][csv]")
{
    test::ReportingFixture fixture(1);
    auto boss = fixture.as(QStringLiteral("boss"));
    ui::StatisticsPage page(*boss);
    CHECK(page.exportCsv(QStringLiteral("/nonexistent/x.csv")).code() == ErrorCode::Invalid);
    page.setPeriod({kToday.addYears(-1), kToday});
    page.refresh();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statistics.csv"));
    REQUIRE(page.exportCsv(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const reporting::StatisticTable& table : page.report()->tables)
        CHECK(text.contains(table.title));
    CHECK(storage::querySingleValue(boss->database(),
                                    QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'statistics.csv'"))
              ->toInt() == 1);
    CHECK(page.exportCsv(dir.filePath(QStringLiteral("missing/folder/x.csv"))).code() == ErrorCode::Failed);
}

TEST_CASE("the alerts page lists what falls due and marks overdue rows", "[alerts][ui]")
{
    test::CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto boss = fixture.as(QStringLiteral("boss"));
    auto open = cases::DeadlineService(*boss).openDeadlines(caseUid);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    const cases::Deadline deadline = open->first();

    ui::AlertsPage page(*boss);
    page.setToday(deadline.dueOn.addDays(-15));
    page.refresh();
    CHECK(page.table()->rowCount() == 0);
    page.setToday(deadline.dueOn.addDays(1));
    page.refresh();
    REQUIRE(page.table()->rowCount() == 1);
    CHECK(page.table()->item(0, 2)->text() == deadline.caseNumber);
    CHECK(page.table()->item(0, 0)->foreground().color() == QColor(0xb0, 0x1c, 0x1c));
    CHECK(page.alerts().first().recordUid == caseUid);

    ui::MainWindow window(*boss);
    CHECK(window.hasArea(ui::MainWindow::Area::Alerts));
    CHECK(window.hasArea(ui::MainWindow::Area::Statistics));
}

TEST_CASE("the administrator gets statistics but no alerts about cases", "[alerts][ui]")
{
    test::TestVault vault;
    ui::MainWindow window(vault.admin());
    CHECK(window.hasArea(ui::MainWindow::Area::Statistics));
    CHECK_FALSE(window.hasArea(ui::MainWindow::Area::Alerts));
}
