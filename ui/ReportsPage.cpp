#include "ReportsPage.h"

#include "CaseTerms.h"
#include "CategoryList.h"
#include "ErrorMessages.h"
#include "IdentityGrantsDialog.h"
#include "ReportIntakeDialog.h"
#include "ReportTableModel.h"
#include "ReporterIdentityPanel.h"
#include "ScreeningDialog.h"
#include "access/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace qf::ui {

ReportsPage::ReportsPage(access::Session& session, QWidget* parent)
    : WorkspacePage(parent), m_session(session), m_model(new ReportTableModel(session, this)),
      m_screeningCombo(new QComboBox), m_channelCombo(new QComboBox), m_dateCheck(new QCheckBox(tr("Recei&ved"))),
      m_fromEdit(new QDateEdit(QDate::currentDate().addMonths(-3))), m_toEdit(new QDateEdit(QDate::currentDate())),
      m_searchEdit(new QLineEdit), m_filterTimer(new QTimer(this)),
      m_registerButton(new QPushButton(tr("&Register report…"))), m_screenButton(new QPushButton(tr("&Screen…"))),
      m_grantsButton(new QPushButton(tr("&Identity requests…"))), m_bannerLabel(new QLabel), m_countLabel(new QLabel),
      m_tableView(new QTableView), m_detailLabel(new QLabel), m_identityPanel(new ReporterIdentityPanel(session))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* title = new QLabel(tr("Reports"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_screeningCombo->setObjectName(QStringLiteral("screeningComboBox"));
    m_screeningCombo->addItem(tr("Any screening"), QString());
    for (auto screening : {intake::Screening::Pending, intake::Screening::NewLead, intake::Screening::Attached,
                           intake::Screening::Forwarded, intake::Screening::Filed})
        m_screeningCombo->addItem(intake::screeningDisplayName(screening), intake::screeningKey(screening));
    m_channelCombo->setObjectName(QStringLiteral("channelComboBox"));
    m_channelCombo->addItem(tr("Any channel"), QString());
    for (intake::Channel channel : intake::allChannels())
        m_channelCombo->addItem(intake::channelDisplayName(channel), intake::channelKey(channel));
    m_dateCheck->setObjectName(QStringLiteral("dateRangeCheckBox"));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setDisplayFormat(CaseTerms::kDateFormat);
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_fromEdit->setObjectName(QStringLiteral("receivedFromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("receivedToDateEdit"));
    m_fromEdit->setAccessibleName(tr("Received from"));
    m_toEdit->setAccessibleName(tr("Received to"));
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search the summaries (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(220);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300);

    m_registerButton->setObjectName(QStringLiteral("registerReportPushButton"));
    m_registerButton->setVisible(m_session.can(access::Permission::RegisterReport));
    m_screenButton->setObjectName(QStringLiteral("screenPushButton"));
    m_screenButton->setVisible(m_session.can(access::Permission::ManageLeads));
    m_screenButton->setToolTip(tr("Screen the selected report (Enter)"));
    m_grantsButton->setObjectName(QStringLiteral("identityRequestsPushButton"));
    m_grantsButton->setVisible(m_session.can(access::Permission::ApproveIdentityGrant));

    m_bannerLabel->setObjectName(QStringLiteral("bannerLabel"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::RichText);
    m_bannerLabel->hide();
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_model->setAllegationLabels(CategoryList::load(session, QStringLiteral("allegation")));
    m_tableView->setObjectName(QStringLiteral("reportsTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 10);
    m_tableView->horizontalHeader()->setSectionResizeMode(ReportTableModel::SummaryColumn, QHeaderView::Stretch);
    m_tableView->setColumnWidth(ReportTableModel::ReceivedColumn, 100);
    m_tableView->setColumnWidth(ReportTableModel::ChannelColumn, 110);
    m_tableView->setColumnWidth(ReportTableModel::SubjectsColumn, 120);
    m_tableView->setColumnWidth(ReportTableModel::AllegationsColumn, 130);
    m_tableView->setColumnWidth(ReportTableModel::ScreeningColumn, 110);

    m_detailLabel->setObjectName(QStringLiteral("reportDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* detailScroll = new QScrollArea;
    detailScroll->setWidgetResizable(true);
    detailScroll->setWidget(m_detailLabel);
    detailScroll->setFrameShape(QFrame::NoFrame);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_screeningCombo);
    filters->addWidget(m_channelCombo);
    filters->addWidget(m_dateCheck);
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_toEdit);
    filters->addWidget(m_searchEdit, 1);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_registerButton);
    actions->addWidget(m_screenButton);
    actions->addWidget(m_grantsButton);
    actions->addStretch();
    actions->addWidget(m_countLabel);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(detailScroll, 1);
    sideLayout->addWidget(m_identityPanel);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("reportsSplitter"));
    splitter->addWidget(m_tableView);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 300});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_bannerLabel);
    layout->addWidget(splitter, 1);

    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    auto* open = new QShortcut(QKeySequence(Qt::Key_Return), m_tableView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(open, &QShortcut::activated, this, &ReportsPage::screenReport);
    connect(m_tableView, &QTableView::doubleClicked, this, &ReportsPage::screenReport);

    connect(m_filterTimer, &QTimer::timeout, this, &ReportsPage::applyFilter);
    const auto later = [this] { m_filterTimer->start(); };
    connect(m_screeningCombo, &QComboBox::currentIndexChanged, this, later);
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, later);
    connect(m_dateCheck, &QCheckBox::toggled, this, [this, later](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        later();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, later);
    connect(m_toEdit, &QDateEdit::dateChanged, this, later);
    connect(m_searchEdit, &QLineEdit::textChanged, this, later);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &ReportsPage::applyFilter);
    connect(m_registerButton, &QPushButton::clicked, this, &ReportsPage::registerReport);
    connect(m_screenButton, &QPushButton::clicked, this, &ReportsPage::screenReport);
    connect(m_grantsButton, &QPushButton::clicked, this, &ReportsPage::decideGrants);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReportsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReportsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportsPage::updateCount);
    connect(m_model, &ReportTableModel::readFailed, this,
            [this](const QString& message) { showBanner(message.toHtmlEscaped(), true); });
    showDetails(nullptr);
}

void ReportsPage::reload()
{
    if (m_session.isLocked())
        return;
    applyFilter();
    if (m_pendingDraft)
        QTimer::singleShot(0, this, &ReportsPage::registerReport);
}

void ReportsPage::releaseForLock()
{
    m_filterTimer->stop();
    m_model->clear();
    m_identityPanel->clear();
    m_detailLabel->clear();
    m_bannerLabel->hide();
}

void ReportsPage::applyFilter()
{
    m_filterTimer->stop();
    if (m_session.isLocked())
        return;
    intake::ReportFilter filter;
    filter.screening = intake::screeningFromKey(m_screeningCombo->currentData().toString());
    filter.channel = intake::channelFromKey(m_channelCombo->currentData().toString());
    if (m_dateCheck->isChecked()) {
        filter.receivedFrom = m_fromEdit->date();
        filter.receivedTo = m_toEdit->date();
    }
    filter.text = m_searchEdit->text().trimmed();
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0)
        m_tableView->selectRow(0);
    else
        selectionChanged();
}

void ReportsPage::updateCount()
{
    const int rows = m_model->rowCount();
    m_countLabel->setText(m_model->canFetchMore({}) ? tr("%n report(s) loaded; scroll for more", nullptr, rows)
                                                    : tr("%n report(s)", nullptr, rows));
}

const intake::Report* ReportsPage::selectedReport() const
{
    const QModelIndex current = m_tableView->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()) : nullptr;
}

void ReportsPage::selectionChanged()
{
    const intake::Report* report = selectedReport();
    showDetails(report);
    m_screenButton->setEnabled(report && report->screening == intake::Screening::Pending);
    if (report)
        m_identityPanel->showReport(report->uid, report->realName);
    else
        m_identityPanel->clear();
}

void ReportsPage::showDetails(const intake::Report* report)
{
    if (!report) {
        m_detailLabel->setText(tr("No report selected."));
        return;
    }
    QStringList lines;
    lines << tr("Channel: %1").arg(intake::channelDisplayName(report->channel))
          << tr("Received: %1").arg(CaseTerms::date(report->receivedDate))
          << tr("Registered by %1").arg(report->registeredBy)
          << (report->realName ? tr("Real-name report") : tr("Anonymous report"));
    lines << QString() << tr("Subjects:");
    for (const people::Person& subject : report->subjects)
        lines << tr("  %1, %2 %3").arg(subject.name, subject.unit, subject.position) +
                     (subject.idNumber.isEmpty() || subject.idNumberValid ? QString() : tr(" (ID number invalid)"));
    lines << QString() << report->summary;
    lines << QString() << tr("Screening: %1").arg(intake::screeningDisplayName(report->screening));
    if (!report->screeningReason.isEmpty())
        lines << tr("Reason: %1").arg(report->screeningReason);
    m_detailLabel->setText(lines.join(QLatin1Char('\n')));
}

void ReportsPage::showBanner(const QString& html, bool problem)
{
    m_bannerLabel->setText(html);
    m_bannerLabel->setStyleSheet(
        problem ? QStringLiteral("QLabel { background-color: #fdecea; color: #5c0f0b; border: 1px solid #e0a39d;"
                                 " border-radius: 4px; padding: 8px; }")
                : QStringLiteral("QLabel { background-color: #e6f4ea; color: #0d3d1f; border: 1px solid #9fd4ae;"
                                 " border-radius: 4px; padding: 8px; }"));
    m_bannerLabel->show();
}

void ReportsPage::registerReport()
{
    if (!m_session.can(access::Permission::RegisterReport) || m_session.isLocked())
        return;
    ReportIntakeDialog dialog(m_session, this);
    if (m_pendingDraft)
        dialog.setDraft(*m_pendingDraft);
    m_pendingDraft.reset();
    if (dialog.exec() != QDialog::Accepted) {
        if (dialog.property("qfClosedByLock").toBool())
            m_pendingDraft = dialog.draft();
        return;
    }
    const auto& registration = dialog.registration();
    if (!registration)
        return;
    QString html = tr("The report was registered.").toHtmlEscaped();
    for (const QString& warning : registration->warnings)
        html += QStringLiteral("<br>• ") + warning.toHtmlEscaped();
    showBanner(html, !registration->warnings.isEmpty());
    applyFilter();
    const int row = m_model->rowOf(registration->report.uid);
    if (row >= 0)
        m_tableView->selectRow(row);
}

void ReportsPage::screenReport()
{
    const intake::Report* report = selectedReport();
    if (!report || !m_session.can(access::Permission::ManageLeads))
        return;
    if (report->screening != intake::Screening::Pending) {
        showBanner(tr("This report was already screened: %1.")
                       .arg(intake::screeningDisplayName(report->screening))
                       .toHtmlEscaped(),
                   false);
        return;
    }
    const QString uid = report->uid;
    ScreeningDialog dialog(m_session, *report, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showBanner(tr("The screening was recorded.").toHtmlEscaped(), false);
    applyFilter();
    const int row = m_model->rowOf(uid);
    if (row >= 0)
        m_tableView->selectRow(row);
}

void ReportsPage::decideGrants()
{
    if (!m_session.can(access::Permission::ApproveIdentityGrant) || m_session.isLocked())
        return;
    IdentityGrantsDialog dialog(m_session, this);
    dialog.exec();
}

} // namespace qf::ui
