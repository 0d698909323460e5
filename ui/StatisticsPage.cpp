#include "StatisticsPage.h"

#include "BusyCursor.h"
#include "CaseTerms.h"
#include "ErrorMessages.h"
#include "RecordListDialog.h"
#include "StatisticChartView.h"
#include "StatisticsThread.h"
#include "access/Session.h"
#include "printing/DocumentPrintPreviewDialog.h"
#include "reporting/StatisticsCsv.h"
#include "reporting/StatisticsForm.h"
#include "storage/SettingsRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

enum Preset
{
    ThisYear = 0,
    LastTwelveMonths = 1,
    LastFiveYears = 2,
    Custom = 3,
};

} // namespace

StatisticsPage::StatisticsPage(access::Session& session, QWidget* parent)
    : ShownOnDemandPage(parent), m_session(session), m_presetCombo(new QComboBox), m_fromEdit(new QDateEdit),
      m_toEdit(new QDateEdit), m_showButton(new QPushButton(tr("&Show"))),
      m_printButton(new QPushButton(tr("&Print table…"))), m_exportButton(new QPushButton(tr("Export &CSV…"))),
      m_bannerLabel(ErrorMessages::createBanner(QStringLiteral("statisticsBannerLabel"))), m_busyBar(new QProgressBar),
      m_busyRow(new QWidget), m_sectionsLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("statisticsPage"));
    m_presetCombo->setObjectName(QStringLiteral("periodPresetCombo"));
    m_presetCombo->addItems({tr("This year"), tr("Last 12 months"), tr("Last 5 years"), tr("Custom period")});
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(CaseTerms::kDateFormat);
    }
    m_fromEdit->setObjectName(QStringLiteral("periodFromEdit"));
    m_toEdit->setObjectName(QStringLiteral("periodToEdit"));
    m_showButton->setObjectName(QStringLiteral("showStatisticsButton"));
    m_printButton->setObjectName(QStringLiteral("printStatisticsButton"));
    m_exportButton->setObjectName(QStringLiteral("exportStatisticsButton"));
    m_printButton->setEnabled(false);
    m_exportButton->setEnabled(false);
    m_busyBar->setObjectName(QStringLiteral("statisticsBusyBar"));
    m_busyBar->setRange(0, 0); // the figures come from one query per table: no measurable progress to show
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyBar->sizeHint().height());
    // A bar with no measurable progress draws no text in most styles: the words go beside it.
    auto* busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    auto* busyLabel = new QLabel(tr("Computing the statistics…"));
    busyLabel->setObjectName(QStringLiteral("statisticsBusyLabel"));
    busyLayout->addWidget(busyLabel);
    busyLayout->addWidget(m_busyBar, 1);
    m_busyRow->hide();

    auto* periodLabel = new QLabel(tr("P&eriod:"));
    periodLabel->setBuddy(m_presetCombo);
    auto* fromLabel = new QLabel(tr("&From"));
    fromLabel->setBuddy(m_fromEdit);
    auto* toLabel = new QLabel(tr("&to"));
    toLabel->setBuddy(m_toEdit);
    auto* bar = new QHBoxLayout;
    bar->addWidget(periodLabel);
    bar->addWidget(m_presetCombo);
    bar->addWidget(fromLabel);
    bar->addWidget(m_fromEdit);
    bar->addWidget(toLabel);
    bar->addWidget(m_toEdit);
    bar->addWidget(m_showButton);
    bar->addStretch();
    bar->addWidget(m_printButton);
    bar->addWidget(m_exportButton);

    auto* hint =
        new QLabel(tr("Click a bar, slice or point, or double-click a figure, to list the records behind it."));
    hint->setWordWrap(true);
    auto* content = new QWidget;
    m_sectionsLayout->setContentsMargins(0, 0, 0, 0);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_sectionsLayout);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("statisticsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_bannerLabel);
    layout->addWidget(m_busyRow);
    layout->addWidget(hint);
    layout->addWidget(scroll, 1);

    connect(m_presetCombo, &QComboBox::activated, this, &StatisticsPage::presetChanged);
    connect(m_showButton, &QPushButton::clicked, this, &StatisticsPage::refresh);
    connect(m_printButton, &QPushButton::clicked, this, &StatisticsPage::printPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &StatisticsPage::exportCsvAsked);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateEdit::userDateChanged, this, [this] { m_presetCombo->setCurrentIndex(Custom); });
    m_presetCombo->setCurrentIndex(LastTwelveMonths);
    presetChanged(LastTwelveMonths);
}

void StatisticsPage::presetChanged(int index)
{
    const QDate today = QDate::currentDate();
    QDate from;
    switch (index) {
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    case LastTwelveMonths:
        from = today.addMonths(-12).addDays(1);
        break;
    case LastFiveYears:
        from = today.addYears(-5).addDays(1);
        break;
    default:
        return;
    }
    const QSignalBlocker blockFrom(m_fromEdit);
    const QSignalBlocker blockTo(m_toEdit);
    m_fromEdit->setDate(from);
    m_toEdit->setDate(today);
}

void StatisticsPage::setPeriod(const reporting::DateRange& range)
{
    const QSignalBlocker blockFrom(m_fromEdit);
    const QSignalBlocker blockTo(m_toEdit);
    m_fromEdit->setDate(range.from);
    m_toEdit->setDate(range.to);
    m_presetCombo->setCurrentIndex(Custom);
}

reporting::DateRange StatisticsPage::period() const
{
    return {m_fromEdit->date(), m_toEdit->date()};
}

StatisticsPage::~StatisticsPage()
{
    stopComputing();
}

void StatisticsPage::stopComputing()
{
    m_refreshAgain = false;
    if (!m_thread)
        return;
    m_thread->disconnect(this);
    delete m_thread; // waits for the computation, which reads only
    m_thread = nullptr;
    m_busyRow->hide();
    m_showButton->setEnabled(true);
}

void StatisticsPage::releaseForLock()
{
    stopComputing();
    clearSections();
    m_report.reset();
    m_printButton->setEnabled(false);
    m_exportButton->setEnabled(false);
}

void StatisticsPage::refresh()
{
    if (m_thread) {
        m_refreshAgain = true;
        return;
    }
    m_bannerLabel->hide();
    auto query = reporting::StatisticsService(m_session).queryFor(period());
    if (!query.ok()) {
        releaseForLock();
        showProblem(query.error());
        Q_EMIT reportReady();
        return;
    }
    m_thread = new StatisticsThread(m_session.vault(), query.value(), this);
    connect(m_thread, &QThread::finished, this, &StatisticsPage::computationFinished);
    m_showButton->setEnabled(false);
    m_busyRow->show();
    m_thread->start();
}

void StatisticsPage::computationFinished()
{
    std::optional<Result<reporting::StatisticsReport>> outcome = m_thread->outcome();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_busyRow->hide();
    m_showButton->setEnabled(true);
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
        return;
    }
    if (!outcome || !outcome->ok()) {
        releaseForLock();
        showProblem(outcome ? outcome->error() : makeError(ErrorCode::Failed, tr("The statistics were not computed.")));
    } else {
        m_report = std::move(outcome->value());
        showReport();
    }
    Q_EMIT reportReady();
}

void StatisticsPage::showProblem(const Error& error)
{
    m_bannerLabel->setText(ErrorMessages::describe(error));
    m_bannerLabel->show();
}

void StatisticsPage::clearSections()
{
    while (QLayoutItem* item = m_sectionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sections.clear();
}

void StatisticsPage::showReport()
{
    clearSections();
    for (const reporting::StatisticTable& table : m_report->tables)
        m_sections << addSection(table);
    m_printButton->setEnabled(true);
    m_exportButton->setEnabled(true);
}

StatisticsPage::Section StatisticsPage::addSection(const reporting::StatisticTable& table)
{
    auto* box = new QGroupBox(table.title);
    box->setObjectName(table.id + QStringLiteral("GroupBox"));
    auto* chart = new StatisticChartView;
    chart->setObjectName(table.id + QStringLiteral("ChartView"));
    chart->showTable(table);
    auto* figures = new QTableWidget;
    figures->setObjectName(table.id + QStringLiteral("TableWidget"));
    fillFigures(figures, table);
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(chart, 3);
    layout->addWidget(figures, 2);
    box->setMinimumHeight(table.chart == reporting::ChartKind::Line ? 380 : 300);
    m_sectionsLayout->addWidget(box);

    const QString id = table.id;
    connect(chart, &StatisticChartView::figureClicked, this, [this, id](int row, int column) {
        if (m_report && row >= 0 && row < m_report->table(id)->rows.size())
            openFigure({id, m_report->table(id)->rows.at(row).key, column});
    });
    connect(figures, &QTableWidget::cellActivated, this, [this, id](int row, int column) {
        const reporting::StatisticTable* shown = m_report ? m_report->table(id) : nullptr;
        if (shown && row < shown->rows.size() && column >= 1)
            openFigure({id, shown->rows.at(row).key, column - 1});
    });
    return {table.id, chart, figures};
}

void StatisticsPage::fillFigures(QTableWidget* widget, const reporting::StatisticTable& table)
{
    const bool totals = table.hasTotals() && !table.rows.isEmpty();
    widget->setColumnCount(int(table.columns.size()) + 1);
    widget->setRowCount(int(table.rows.size()) + (totals ? 1 : 0));
    QStringList headers{tr("Item")};
    for (const reporting::StatisticColumn& column : table.columns)
        headers << column.title;
    widget->setHorizontalHeaderLabels(headers);
    widget->verticalHeader()->hide();
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto numberItem = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int row = 0; row < table.rows.size(); ++row) {
        widget->setItem(row, 0, new QTableWidgetItem(table.rows.at(row).label));
        for (int column = 0; column < table.columns.size(); ++column)
            widget->setItem(row, column + 1,
                            numberItem(reporting::formatValue(table.rows.at(row).values.value(column),
                                                              table.columns.at(column).format)));
    }
    if (totals) {
        const int row = int(table.rows.size());
        auto* label = new QTableWidgetItem(tr("Total"));
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        widget->setItem(row, 0, label);
        for (int column = 0; column < table.columns.size(); ++column) {
            QTableWidgetItem* item =
                numberItem(reporting::formatValue(table.total(column), table.columns.at(column).format));
            item->setFont(bold);
            widget->setItem(row, column + 1, item);
        }
    }
}

StatisticChartView* StatisticsPage::chartView(const QString& tableId) const
{
    for (const Section& section : m_sections)
        if (section.tableId == tableId)
            return section.chart;
    return nullptr;
}

QTableWidget* StatisticsPage::figureTable(const QString& tableId) const
{
    for (const Section& section : m_sections)
        if (section.tableId == tableId)
            return section.figures;
    return nullptr;
}

RecordListDialog* StatisticsPage::openFigure(const reporting::Figure& figure)
{
    const reporting::StatisticTable* table = m_report ? m_report->table(figure.tableId) : nullptr;
    if (!table || figure.column < 0 || figure.column >= table->columns.size() ||
        !table->columns.at(figure.column).records)
        return nullptr;
    BusyCursor busy;
    auto records = reporting::StatisticsService(m_session).recordsBehind(m_report->range, figure, m_report->today);
    if (!records.ok()) {
        ErrorMessages::show(this, tr("Records behind a figure"), records.error());
        return nullptr;
    }
    QString rowLabel = figure.rowKey;
    qint64 counted = -1;
    for (const reporting::StatisticRow& row : table->rows)
        if (row.key == figure.rowKey) {
            rowLabel = row.label;
            counted = qRound64(row.values.value(figure.column));
        }
    auto* dialog = new RecordListDialog(
        m_session, tr("%1 — %2 — %3").arg(table->title, rowLabel, table->columns.at(figure.column).title),
        records.value(), counted, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

Status StatisticsPage::exportCsv(const QString& path)
{
    if (!m_report)
        return makeError(ErrorCode::Invalid, tr("Show the statistics first, then export them."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reporting::statisticsCsv(*m_report)) < 0 || !file.commit())
        return makeError(
            ErrorCode::Failed,
            tr("The CSV file could not be written to %1: %2. Choose another folder.").arg(path, file.errorString()));
    return reporting::StatisticsService(m_session).recordOutput(*m_report, QStringLiteral("csv"));
}

void StatisticsPage::exportCsvAsked()
{
    if (!m_report)
        return;
    const QString name = tr("statistics %1 to %2.csv")
                             .arg(m_report->range.from.toString(Qt::ISODate), m_report->range.to.toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the statistics as CSV"), name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status status = exportCsv(path);
    if (!status.ok())
        ErrorMessages::show(this, tr("Export CSV"), status.error());
}

void StatisticsPage::printPreview()
{
    if (!m_report)
        return;
    auto organ = storage::SettingsRepository(m_session.database()).value(storage::settingkeys::organName);
    const Status logged = reporting::StatisticsService(m_session).recordOutput(*m_report, QStringLiteral("print"));
    if (!logged.ok()) {
        ErrorMessages::show(this, tr("Print table"), logged.error());
        return;
    }
    DocumentPrintPreviewDialog dialog(
        reporting::statisticsForm(*m_report, organ.ok() ? organ.value() : QString(), m_session.user().displayName),
        tr("Statistical table"), this);
    dialog.exec();
}

} // namespace qf::ui
