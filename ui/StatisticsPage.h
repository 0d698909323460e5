#pragma once

#include "ShownOnDemandPage.h"
#include "common/Result.h"
#include "reporting/StatisticsService.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace qf::access {
class Session;
}

namespace qf::ui {

class RecordListDialog;
class StatisticChartView;
class StatisticsThread;

// Statistics (统计分析) over a chosen period: each table as a chart and its figures; clicking a figure lists the
// records behind it. The whole set prints as the official statistical table and exports as CSV. The figures are
// computed on a worker thread; the page stays usable meanwhile and shows the result when it is ready.
class StatisticsPage : public ShownOnDemandPage
{
    Q_OBJECT

public:
    explicit StatisticsPage(access::Session& session, QWidget* parent = nullptr);
    ~StatisticsPage() override;

    void releaseForLock() override;

    void setPeriod(const reporting::DateRange& range);
    reporting::DateRange period() const;
    // Starts computing the statistics for the period; reportReady() (or a problem in the banner) follows. A refresh
    // asked for while a computation runs is done after it.
    void refresh() override;
    bool isComputing() const { return m_thread != nullptr; }
    const std::optional<reporting::StatisticsReport>& report() const { return m_report; }
    StatisticChartView* chartView(const QString& tableId) const;
    QTableWidget* figureTable(const QString& tableId) const;
    // Opens (without blocking) the list of records behind a figure; null when the figure opens nothing.
    RecordListDialog* openFigure(const reporting::Figure& figure);
    Status exportCsv(const QString& path);
    void printPreview();

Q_SIGNALS:
    // The statistics of the last refresh are shown (or their problem is).
    void reportReady();

private:
    struct Section
    {
        QString tableId;
        StatisticChartView* chart = nullptr;
        QTableWidget* figures = nullptr;
    };

    void computationFinished();
    void stopComputing();
    void presetChanged(int index);
    void exportCsvAsked();
    void showReport();
    void clearSections();
    Section addSection(const reporting::StatisticTable& table);
    void fillFigures(QTableWidget* widget, const reporting::StatisticTable& table);
    void showProblem(const Error& error);

    access::Session& m_session;
    QComboBox* m_presetCombo;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QPushButton* m_showButton;
    QPushButton* m_printButton;
    QPushButton* m_exportButton;
    QLabel* m_bannerLabel;
    QProgressBar* m_busyBar;
    QWidget* m_busyRow; // the bar and the words that say what it waits for
    StatisticsThread* m_thread = nullptr;
    bool m_refreshAgain = false;
    QVBoxLayout* m_sectionsLayout;
    QList<Section> m_sections;
    std::optional<reporting::StatisticsReport> m_report;
};

} // namespace qf::ui
