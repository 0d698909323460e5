#include "LeadsPage.h"

#include "CategoryList.h"
#include "ErrorMessages.h"
#include "LeadDetailDialog.h"
#include "LeadFilterBar.h"
#include "LeadRegisterDialog.h"
#include "LeadTableModel.h"
#include "ReviewMeetingDialog.h"
#include "access/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace qf::ui {

LeadsPage::LeadsPage(access::Session& session, QWidget* parent)
    : WorkspacePage(parent), m_session(session), m_model(new LeadTableModel(session, this)), m_filterBar(nullptr),
      m_registerButton(new QPushButton(tr("&Register lead…"))), m_openButton(new QPushButton(tr("&Open lead"))),
      m_reviewButton(new QPushButton(tr("Collective re&view…"))), m_countLabel(new QLabel),
      m_problemLabel(ErrorMessages::createBanner(QStringLiteral("problemLabel"))), m_tableView(new QTableView)
{
    setObjectName(QStringLiteral("leadsPage"));
    const CategoryList sources = CategoryList::load(session, QStringLiteral("lead_source"));
    const CategoryList sectors = CategoryList::load(session, QStringLiteral("sector"));
    m_filterBar = new LeadFilterBar(sources, sectors);
    m_model->setLabels(sources, sectors);

    auto* title = new QLabel(tr("Lead library"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_registerButton->setObjectName(QStringLiteral("registerLeadPushButton"));
    m_registerButton->setToolTip(tr("Register a lead directly, not from a report (Ctrl+N)"));
    m_registerButton->setVisible(m_session.can(access::Permission::ManageLeads));
    m_openButton->setObjectName(QStringLiteral("openLeadPushButton"));
    m_openButton->setToolTip(tr("Open the selected lead (Enter)"));
    m_reviewButton->setObjectName(QStringLiteral("reviewMeetingPushButton"));
    m_reviewButton->setVisible(m_session.can(access::Permission::ReviewLeads));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_tableView->setObjectName(QStringLiteral("leadsTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 10);
    m_tableView->horizontalHeader()->setSectionResizeMode(LeadTableModel::SummaryColumn, QHeaderView::Stretch);
    m_tableView->setColumnWidth(LeadTableModel::NumberColumn, 190);
    m_tableView->setColumnWidth(LeadTableModel::StatusColumn, 130);
    m_tableView->setColumnWidth(LeadTableModel::SubjectsColumn, 120);
    m_tableView->setColumnWidth(LeadTableModel::SourceColumn, 90);
    m_tableView->setColumnWidth(LeadTableModel::SectorColumn, 90);
    m_tableView->setColumnWidth(LeadTableModel::CreatedColumn, 100);
    m_tableView->setColumnWidth(LeadTableModel::NextReviewColumn, 100);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_registerButton);
    actions->addWidget(m_openButton);
    actions->addWidget(m_reviewButton);
    actions->addStretch();
    actions->addWidget(m_countLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_filterBar);
    layout->addLayout(actions);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_tableView, 1);

    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filterBar, &LeadFilterBar::focusSearch);
    auto* open = new QShortcut(QKeySequence(Qt::Key_Return), m_tableView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(open, &QShortcut::activated, this, &LeadsPage::openSelected);
    auto* openEnter = new QShortcut(QKeySequence(Qt::Key_Enter), m_tableView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(openEnter, &QShortcut::activated, this, &LeadsPage::openSelected);
    connect(m_tableView, &QTableView::doubleClicked, this, &LeadsPage::openSelected);
    connect(m_openButton, &QPushButton::clicked, this, &LeadsPage::openSelected);
    connect(m_reviewButton, &QPushButton::clicked, this, &LeadsPage::holdReview);
    connect(m_registerButton, &QPushButton::clicked, this, &LeadsPage::registerLead);
    auto* registerKey =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(registerKey, &QShortcut::activated, this, &LeadsPage::registerLead);
    connect(m_filterBar, &LeadFilterBar::filterChanged, this, &LeadsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LeadsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeadsPage::updateCount);
    connect(m_model, &LeadTableModel::readFailed, this, &LeadsPage::showProblem);
}

void LeadsPage::reload()
{
    if (m_session.isLocked())
        return;
    applyFilter();
}

void LeadsPage::releaseForLock()
{
    m_model->clear();
    m_problemLabel->hide();
}

void LeadsPage::applyFilter()
{
    if (m_session.isLocked())
        return;
    m_problemLabel->hide();
    m_model->setToday(QDate::currentDate());
    m_model->setFilter(m_filterBar->filter());
    if (m_model->rowCount() > 0)
        m_tableView->selectRow(0);
    updateCount();
}

void LeadsPage::updateCount()
{
    const int loaded = m_model->rowCount();
    const int total = m_model->totalCount();
    if (total < 0)
        m_countLabel->setText(tr("%n lead(s) loaded", nullptr, loaded));
    else if (loaded < total)
        m_countLabel->setText(tr("%1 of %n lead(s) shown; scroll for more", nullptr, total).arg(loaded));
    else
        m_countLabel->setText(tr("%n lead(s)", nullptr, total));
}

void LeadsPage::showProblem(const QString& message)
{
    m_problemLabel->setText(message.toHtmlEscaped());
    m_problemLabel->show();
}

void LeadsPage::openSelected()
{
    const QModelIndex current = m_tableView->currentIndex();
    const leads::LeadRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (!row)
        return;
    LeadDetailDialog dialog(m_session, row->uid, this);
    dialog.exec();
}

void LeadsPage::holdReview()
{
    if (!m_session.can(access::Permission::ReviewLeads))
        return;
    ReviewMeetingDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        applyFilter();
}

void LeadsPage::registerLead()
{
    if (m_session.isLocked() || !m_session.can(access::Permission::ManageLeads))
        return;
    LeadRegisterDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.registered())
        return;
    const QString uid = dialog.registered()->uid;
    applyFilter();
    if (const int row = m_model->rowOf(uid); row >= 0)
        m_tableView->selectRow(row);
    m_tableView->setFocus();
}

} // namespace qf::ui
