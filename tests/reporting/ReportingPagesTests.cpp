// The statistics page draws every table as a chart on the offscreen platform, and a figure opens its records; the
// alerts page lists what is due and marks what is overdue.
#include "../cases/CaseFixture.h"
#include "AlertsPage.h"
#include "MainWindow.h"
#include "RecordListDialog.h"
#include "ReportingFixture.h"
#include "StatisticChartView.h"
#include "StatisticsPage.h"
#include "WidgetGrab.h"
#include "cases/DeadlineService.h"
#include "storage/Sql.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
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

// Refreshes the page and waits for its worker thread to deliver the statistics.
void refreshAndWait(ui::StatisticsPage& page)
{
    QSignalSpy ready(&page, &ui::StatisticsPage::reportReady);
    page.refresh();
    REQUIRE((ready.count() > 0 || ready.wait(120000)));
    REQUIRE_FALSE(page.isComputing());
}

void showFiveYears(ui::StatisticsPage& page)
{
    page.setPeriod({kToday.addYears(-5), kToday});
    refreshAndWait(page);
    REQUIRE(page.report().has_value());
}

// Opens the records behind every non-zero figure of a table's first column; returns how many were opened.
template <typename Check> int openEveryFigure(ui::StatisticsPage& page, const char* tableId, Check&& check)
{
    const reporting::StatisticTable* table = page.report()->table(QString::fromLatin1(tableId));
    REQUIRE(table != nullptr);
    int opened = 0;
    for (const reporting::StatisticRow& row : table->rows) {
        if (row.values.at(0) == 0)
            continue;
        ui::RecordListDialog* dialog = page.openFigure({table->id, row.key, 0});
        REQUIRE(dialog != nullptr);
        check(row, *dialog);
        dialog->close();
        ++opened;
    }
    return opened;
}

} // namespace

TEST_CASE("every statistical table renders as a chart offscreen, with its figures beside it", "[statistics][ui]")
{
    test::ReportingFixture fixture(2);
    auto boss = fixture.as(QStringLiteral("boss"));
    ui::StatisticsPage page(*boss);
    showFiveYears(page);
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

TEST_CASE("a bar chart lists the table's rows from the top, and a click on a bar names that row", "[statistics][ui]")
{
    test::ReportingFixture fixture(2);
    auto boss = fixture.as(QStringLiteral("boss"));
    ui::StatisticsPage page(*boss);
    showFiveYears(page);
    int checked = 0;
    for (const reporting::StatisticTable& table : page.report()->tables) {
        ui::StatisticChartView* view = page.chartView(table.id);
        REQUIRE(view != nullptr);
        const QList<QAbstractSeries*> series = view->chart()->series();
        if (series.isEmpty() || series.first()->type() != QAbstractSeries::SeriesTypeHorizontalBar)
            continue;
        INFO(table.id.toStdString());
        auto* bars = static_cast<QHorizontalBarSeries*>(series.first());
        QBarSet* set = bars->barSets().first();
        REQUIRE(set->count() == table.rows.size());
        auto* categories = qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Vertical).first());
        REQUIRE(categories != nullptr);
        // The axis runs bottom to top: the last category is the table's first row, drawn on top.
        CHECK(categories->categories().last() == table.rows.first().label);
        QSignalSpy clicked(view, &ui::StatisticChartView::figureClicked);
        Q_EMIT set->clicked(int(set->count() - 1));
        REQUIRE(clicked.size() == 1);
        CHECK(clicked.first().at(0).toInt() == 0);
        CHECK(set->at(int(set->count() - 1)) == table.rows.first().values.value(0));
        ++checked;
    }
    CHECK(checked > 0);
}

TEST_CASE("the statistics are computed off the GUI thread, and a refresh asked for meanwhile follows",
          "[statistics][ui]")
{
    test::ReportingFixture fixture(1);
    auto boss = fixture.as(QStringLiteral("boss"));
    ui::StatisticsPage page(*boss);
    page.resize(1000, 700);
    page.show();
    page.setPeriod({kToday.addYears(-5), kToday});
    QSignalSpy ready(&page, &ui::StatisticsPage::reportReady);
    page.refresh();
    // refresh() returns at once: the computation runs on its own thread while the page shows that it is busy.
    REQUIRE(page.isComputing());
    CHECK(page.findChild<QProgressBar*>(QStringLiteral("statisticsBusyBar"))->isVisible());
    CHECK(page.findChild<QLabel*>(QStringLiteral("statisticsBusyLabel"))->isVisible());
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("showStatisticsButton"))->isEnabled());
    test::grabIfAsked(page, QStringLiteral("statistics-computing"));
    page.setPeriod({kToday.addYears(-1), kToday});
    page.refresh();
    REQUIRE(ready.wait(120000));
    CHECK(ready.count() == 1); // the first period's result is not shown: the second refresh follows it at once
    REQUIRE(page.report().has_value());
    CHECK(page.report()->range.from == kToday.addYears(-1));
    CHECK_FALSE(page.isComputing());
    CHECK_FALSE(page.findChild<QProgressBar*>(QStringLiteral("statisticsBusyBar"))->isVisible());
    CHECK_FALSE(page.findChild<QLabel*>(QStringLiteral("statisticsBusyLabel"))->isVisible());

    // Locking the vault while the statistics are computed stops the worker and shows nothing.
    page.refresh();
    REQUIRE(page.isComputing());
    page.releaseForLock();
    CHECK_FALSE(page.isComputing());
    CHECK_FALSE(page.report().has_value());
}

TEST_CASE("a figure opens the list of the records behind it", "[statistics][ui]")
{
    test::ReportingFixture fixture(1);
    auto boss = fixture.as(QStringLiteral("boss"));
    ui::StatisticsPage page(*boss);
    showFiveYears(page);
    const int opened =
        openEveryFigure(page, "cases_by_stage", [](const reporting::StatisticRow& row, ui::RecordListDialog& dialog) {
            CHECK(dialog.table()->rowCount() == qRound(row.values.at(0)));
            CHECK(dialog.windowTitle().contains(row.label));
        });
    CHECK(opened > 0);
    // The overdue rate is not a count of records: it opens nothing.
    CHECK(page.openFigure({QStringLiteral("timeliness"), QStringLiteral("review"), 2}) == nullptr);
}

TEST_CASE("a figure that counts confidential leads says how many of them the list leaves out", "[statistics][ui]")
{
    test::ReportingFixture fixture(2);
    auto clerk = fixture.as(QStringLiteral("clerk"));
    ui::StatisticsPage page(*clerk);
    showFiveYears(page);
    int shortened = 0;
    openEveryFigure(page, "leads_by_disposition",
                    [&shortened](const reporting::StatisticRow& row, ui::RecordListDialog& dialog) {
                        const QString note = dialog.findChild<QLabel*>(QStringLiteral("recordCountLabel"))->text();
                        if (dialog.table()->rowCount() < qRound(row.values.at(0))) {
                            CHECK(note.contains(QString::number(qRound(row.values.at(0)))));
                            ++shortened;
                        }
                    });
    CHECK(shortened > 0);
}

TEST_CASE("the CSV export writes every table and is recorded in the audit trail", "[statistics][ui][csv]")
{
    test::ReportingFixture fixture(1);
    auto boss = fixture.as(QStringLiteral("boss"));
    ui::StatisticsPage page(*boss);
    CHECK(page.exportCsv(QStringLiteral("/nonexistent/x.csv")).code() == ErrorCode::Invalid);
    page.setPeriod({kToday.addYears(-1), kToday});
    refreshAndWait(page);
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

    // A hidden page reads nothing until it is shown.
    ui::AlertsPage hidden(*boss);
    hidden.setToday(deadline.dueOn.addDays(1));
    hidden.reload();
    CHECK(hidden.table()->rowCount() == 0);
    hidden.show();
    CHECK(hidden.table()->rowCount() == 1);

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
