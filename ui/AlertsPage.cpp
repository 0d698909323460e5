#include "AlertsPage.h"

#include "BusyCursor.h"
#include "CaseTerms.h"
#include "ErrorMessages.h"
#include "RecordOpener.h"
#include "reporting/AlertService.h"
#include "reporting/AlertSource.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

enum Column
{
    Due = 0,
    Source = 1,
    Record = 2,
    What = 3,
    ColumnCount = 4,
};

} // namespace

AlertsPage::AlertsPage(access::Session& session, QWidget* parent)
    : ShownOnDemandPage(parent), m_session(session), m_sourceCombo(new QComboBox), m_horizonSpin(new QSpinBox),
      m_summaryLabel(new QLabel), m_bannerLabel(ErrorMessages::createBanner(QStringLiteral("alertsBannerLabel"))),
      m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("alertsPage"));
    m_sourceCombo->setObjectName(QStringLiteral("alertSourceCombo"));
    m_sourceCombo->addItem(tr("All alerts"), QString());
    for (const reporting::AlertSource& source : reporting::alertSources())
        m_sourceCombo->addItem(source.title, source.id);
    m_horizonSpin->setObjectName(QStringLiteral("alertHorizonSpin"));
    m_horizonSpin->setRange(0, 366);
    m_horizonSpin->setValue(14);
    m_horizonSpin->setSuffix(tr(" days"));
    m_summaryLabel->setObjectName(QStringLiteral("alertSummaryLabel"));
    auto* refreshButton = new QPushButton(tr("&Refresh"));
    refreshButton->setObjectName(QStringLiteral("refreshAlertsButton"));

    auto* sourceLabel = new QLabel(tr("&Show:"));
    sourceLabel->setBuddy(m_sourceCombo);
    auto* horizonLabel = new QLabel(tr("&Look ahead:"));
    horizonLabel->setBuddy(m_horizonSpin);
    auto* bar = new QHBoxLayout;
    bar->addWidget(sourceLabel);
    bar->addWidget(m_sourceCombo);
    bar->addWidget(horizonLabel);
    bar->addWidget(m_horizonSpin);
    bar->addWidget(refreshButton);
    bar->addStretch();
    bar->addWidget(m_summaryLabel);

    m_table->setObjectName(QStringLiteral("alertsTableWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Kind"), tr("Record"), tr("What is due")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_bannerLabel);
    layout->addWidget(m_table, 1);

    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &AlertsPage::showAlerts);
    connect(m_horizonSpin, &QSpinBox::editingFinished, this, &AlertsPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &AlertsPage::refresh);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { openCurrent(); });
}

void AlertsPage::setToday(const QDate& today)
{
    m_today = today;
}

void AlertsPage::refresh()
{
    m_bannerLabel->hide();
    BusyCursor busy;
    auto alerts = reporting::AlertService(m_session).alerts(m_today.isValid() ? m_today : QDate::currentDate(),
                                                            m_horizonSpin->value());
    if (!alerts.ok()) {
        releaseForLock();
        m_bannerLabel->setText(ErrorMessages::describe(alerts.error()));
        m_bannerLabel->show();
        return;
    }
    m_all = std::move(alerts->alerts);
    m_cutShort = alerts->cutShort;
    showAlerts();
}

void AlertsPage::releaseForLock()
{
    m_all.clear();
    m_cutShort.clear();
    m_shown.clear();
    m_table->setRowCount(0);
    m_summaryLabel->clear();
}

// A lead or case is named by its number; a report, which has none, by the date it was received.
QString AlertsPage::recordText(const reporting::Alert& alert)
{
    if (alert.kind != reporting::RecordKind::Report)
        return alert.recordNumber;
    const QDate received = QDate::fromString(alert.recordNumber, Qt::ISODate);
    return received.isValid() ? tr("Report received %1").arg(CaseTerms::date(received)) : tr("Report");
}

QString AlertsPage::dueText(const reporting::Alert& alert) const
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const qint64 days = alert.daysLeft(today);
    const QString date = CaseTerms::date(alert.dueOn);
    if (days < 0)
        return tr("%1 (%n day(s) overdue)", nullptr, int(-days)).arg(date);
    if (days == 0)
        return tr("%1 (due today)").arg(date);
    return tr("%1 (in %n day(s))", nullptr, int(days)).arg(date);
}

void AlertsPage::showAlerts()
{
    const QString source = m_sourceCombo->currentData().toString();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    m_shown.clear();
    for (const reporting::Alert& alert : std::as_const(m_all))
        if (source.isEmpty() || alert.source == source)
            m_shown << alert;
    m_table->setRowCount(int(m_shown.size()));
    int overdue = 0;
    for (int row = 0; row < m_shown.size(); ++row) {
        const reporting::Alert& alert = m_shown.at(row);
        const QString record = recordText(alert);
        const QStringList cells{dueText(alert), alert.sourceTitle, record, alert.what};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (alert.overdue(today))
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_table->setItem(row, column, item);
        }
        overdue += alert.overdue(today) ? 1 : 0;
    }
    m_table->resizeColumnToContents(Due);
    m_table->resizeColumnToContents(Source);
    m_table->resizeColumnToContents(Record);
    QString summary = tr("%1 overdue, %2 due soon").arg(overdue).arg(m_shown.size() - overdue);
    if (!m_cutShort.isEmpty())
        summary += u' ' + tr("(only the most urgent are listed for: %1)").arg(m_cutShort.join(QStringLiteral(", ")));
    m_summaryLabel->setText(summary);
    if (!m_shown.isEmpty())
        m_table->selectRow(0);
}

void AlertsPage::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size())
        return;
    const reporting::Alert alert = m_shown.at(row);
    RecordOpener::open(m_session, alert.kind, alert.recordUid, this);
}

} // namespace qf::ui
