#include "LeadDetailDialog.h"

#include "AuditTableModel.h"
#include "CaseTerms.h"
#include "CategoryList.h"
#include "ErrorMessages.h"
#include "FormDialog.h"
#include "LeadDecisionDialog.h"
#include "LeadTableModel.h"
#include "intake/ReportService.h"
#include "leads/LeadService.h"
#include "leads/TransferService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf::ui {

LeadDetailDialog::LeadDetailDialog(access::Session& session, const QString& leadUid, QWidget* parent)
    : QDialog(parent), m_session(session), m_headerLabel(new QLabel), m_particularsLabel(new QLabel),
      m_subjectsTable(new QTableWidget(0, 5)), m_reportsTree(new QTreeWidget), m_timelineTree(new QTreeWidget),
      m_followUpsTree(new QTreeWidget), m_transfersTree(new QTreeWidget),
      m_assignButton(new QPushButton(tr("Assi&gn staff…"))), m_decideButton(new QPushButton(tr("&Decide…"))),
      m_doneButton(new QPushButton(tr("&Mark done"))), m_feedbackButton(new QPushButton(tr("Record f&eedback…"))),
      m_leadUid(leadUid)
{
    setObjectName(QStringLiteral("leadDetailDialog"));
    setWindowTitle(tr("Lead"));
    m_headerLabel->setObjectName(QStringLiteral("leadHeaderLabel"));
    QFont headerFont = m_headerLabel->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_headerLabel->setFont(headerFont);
    m_headerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_particularsLabel->setObjectName(QStringLiteral("particularsLabel"));
    m_particularsLabel->setWordWrap(true);
    m_particularsLabel->setTextFormat(Qt::PlainText);
    m_particularsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_subjectsTable->setObjectName(QStringLiteral("subjectsTableWidget"));
    m_subjectsTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("ID number"), tr("Unit"), tr("Position"), tr("Cadre level")});
    m_subjectsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_subjectsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_subjectsTable->verticalHeader()->hide();
    m_subjectsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_subjectsTable->setColumnWidth(1, 180);

    m_reportsTree->setObjectName(QStringLiteral("reportsTreeWidget"));
    m_reportsTree->setHeaderLabels({tr("Received"), tr("Channel"), tr("Summary")});
    m_reportsTree->setRootIsDecorated(false);
    m_reportsTree->setColumnWidth(0, 110);
    m_reportsTree->setColumnWidth(1, 110);

    m_timelineTree->setObjectName(QStringLiteral("timelineTreeWidget"));
    m_timelineTree->setHeaderLabels({tr("Time"), tr("User"), tr("What happened"), tr("Details")});
    m_timelineTree->setRootIsDecorated(false);
    m_timelineTree->setWordWrap(true);
    m_timelineTree->setColumnWidth(0, 150);
    m_timelineTree->setColumnWidth(1, 90);
    m_timelineTree->setColumnWidth(2, 150);

    m_followUpsTree->setObjectName(QStringLiteral("followUpsTreeWidget"));
    m_followUpsTree->setHeaderLabels({tr("Due"), tr("Follow-up task")});
    m_followUpsTree->setRootIsDecorated(false);
    m_followUpsTree->setColumnWidth(0, 110);
    m_transfersTree->setObjectName(QStringLiteral("transfersTreeWidget"));
    m_transfersTree->setHeaderLabels(
        {tr("Sent"), tr("Agency"), tr("Feedback due"), tr("Feedback received"), tr("Feedback")});
    m_transfersTree->setRootIsDecorated(false);
    m_transfersTree->setColumnWidth(0, 100);
    m_transfersTree->setColumnWidth(1, 180);
    m_transfersTree->setColumnWidth(2, 110);
    m_transfersTree->setColumnWidth(3, 110);

    m_assignButton->setObjectName(QStringLiteral("assignStaffPushButton"));
    m_decideButton->setObjectName(QStringLiteral("decidePushButton"));
    m_doneButton->setObjectName(QStringLiteral("markDonePushButton"));
    m_doneButton->setToolTip(tr("Mark the selected follow-up task done"));
    m_doneButton->setVisible(m_session.can(access::Permission::ManageLeads));
    m_feedbackButton->setObjectName(QStringLiteral("recordFeedbackPushButton"));
    m_feedbackButton->setToolTip(tr("Record the feedback received for the selected transfer"));
    m_feedbackButton->setVisible(m_session.can(access::Permission::ManageLeads));
    for (QPushButton* button : {m_assignButton, m_decideButton, m_doneButton, m_feedbackButton})
        button->setAutoDefault(false);

    auto* followUpsPage = new QWidget;
    auto* followUpsLayout = new QVBoxLayout(followUpsPage);
    followUpsLayout->addWidget(m_followUpsTree, 1);
    auto* followUpsButtons = new QHBoxLayout;
    followUpsButtons->addStretch();
    followUpsButtons->addWidget(m_doneButton);
    followUpsLayout->addLayout(followUpsButtons);
    auto* transfersPage = new QWidget;
    auto* transfersLayout = new QVBoxLayout(transfersPage);
    transfersLayout->addWidget(m_transfersTree, 1);
    auto* transfersButtons = new QHBoxLayout;
    transfersButtons->addStretch();
    transfersButtons->addWidget(m_feedbackButton);
    transfersLayout->addLayout(transfersButtons);

    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("detailTabWidget"));
    tabs->addTab(m_timelineTree, tr("&Timeline"));
    tabs->addTab(m_subjectsTable, tr("&Subjects"));
    tabs->addTab(m_reportsTree, tr("&Reports"));
    tabs->addTab(followUpsPage, tr("&Follow-up tasks"));
    tabs->addTab(transfersPage, tr("Tra&nsfers"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_assignButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_decideButton, QDialogButtonBox::ActionRole);
    // Added buttons are shown by the box; hide those the user's role may not use.
    m_assignButton->setVisible(m_session.can(access::Permission::ManageLeads));
    m_decideButton->setVisible(m_session.can(access::Permission::ApproveSteps));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_particularsLabel);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_assignButton, &QPushButton::clicked, this, &LeadDetailDialog::assignStaff);
    connect(m_decideButton, &QPushButton::clicked, this, &LeadDetailDialog::decide);
    connect(m_doneButton, &QPushButton::clicked, this, &LeadDetailDialog::markFollowUpDone);
    connect(m_feedbackButton, &QPushButton::clicked, this, &LeadDetailDialog::recordFeedback);
    connect(m_followUpsTree, &QTreeWidget::currentItemChanged, this, &LeadDetailDialog::updateButtons);
    connect(m_transfersTree, &QTreeWidget::currentItemChanged, this, &LeadDetailDialog::updateButtons);
    connect(m_transfersTree, &QTreeWidget::itemActivated, this, &LeadDetailDialog::recordFeedback);

    load(leadUid);
    tabs->setFocus();
    resize(900, 620);
}

QString LeadDetailDialog::actionText(const QString& action)
{
    if (action == QLatin1String("lead.register"))
        return tr("Registered");
    if (action == QLatin1String("lead.dispose"))
        return tr("Disposition");
    if (action == QLatin1String("lead.assign"))
        return tr("Staff assigned");
    if (action == QLatin1String("lead.view"))
        return tr("Viewed (confidential)");
    if (action == QLatin1String("report.register"))
        return tr("Report registered");
    if (action == QLatin1String("report.screen"))
        return tr("Report screened");
    if (action == QLatin1String("review.meeting"))
        return tr("Collective review");
    if (action == QLatin1String("transfer.feedback"))
        return tr("Transfer feedback");
    if (action == QLatin1String("follow_up.done"))
        return tr("Follow-up done");
    return action;
}

void LeadDetailDialog::load(const QString& leadUid)
{
    m_timelineTree->clear();
    m_reportsTree->clear();
    m_followUpsTree->clear();
    m_transfersTree->clear();
    leads::LeadService service(m_session);
    auto lead = service.lead(leadUid);
    if (!lead.ok()) {
        m_loaded = false;
        m_headerLabel->setText(ErrorMessages::headline(lead.code()));
        m_particularsLabel->setText(lead.message());
        updateButtons();
        return;
    }
    m_lead = lead.value();
    showLead(lead.value());
    showFollowUps();
    showTransfers();
    auto timeline = service.timeline(leadUid);
    if (!timeline.ok()) {
        auto* item = new QTreeWidgetItem(m_timelineTree, {QString(), QString(), timeline.message()});
        Q_UNUSED(item);
    } else {
        for (const audit::AuditEntry& entry : timeline.value()) {
            auto* item = new QTreeWidgetItem(m_timelineTree, {AuditTableModel::displayTime(entry.atUtc), entry.actor,
                                                              actionText(entry.action), entry.summary});
            item->setToolTip(3, entry.summary);
            item->setData(0, Qt::UserRole, entry.action);
        }
    }
    m_loaded = true;
    updateButtons();
}

void LeadDetailDialog::showFollowUps()
{
    auto tasks = leads::LeadService(m_session).followUpsOf(m_leadUid);
    if (!tasks.ok()) {
        new QTreeWidgetItem(m_followUpsTree, {QString(), tasks.message()});
        return;
    }
    for (const leads::FollowUpTask& task : tasks.value()) {
        auto* item = new QTreeWidgetItem(m_followUpsTree, {CaseTerms::date(task.dueDate), task.description});
        item->setData(0, Qt::UserRole, task.uid);
        item->setToolTip(1, task.description);
    }
    if (tasks->isEmpty()) {
        auto* none = new QTreeWidgetItem(m_followUpsTree, {QString(), tr("No open follow-up task.")});
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_followUpsTree->setCurrentItem(m_followUpsTree->topLevelItem(0));
    }
}

void LeadDetailDialog::showTransfers()
{
    auto transfers = leads::TransferService(m_session).transfersOf(m_leadUid);
    if (!transfers.ok()) {
        new QTreeWidgetItem(m_transfersTree, {QString(), transfers.message()});
        return;
    }
    for (const leads::TransferRow& row : transfers.value()) {
        const QString received = row.feedbackReceived.isValid() ? CaseTerms::date(row.feedbackReceived)
                                                                : (row.overdue ? tr("overdue") : tr("awaited"));
        auto* item = new QTreeWidgetItem(m_transfersTree,
                                         {CaseTerms::date(row.sentDate), row.agency, CaseTerms::date(row.feedbackDue),
                                          received, row.feedbackNote.simplified()});
        item->setData(0, Qt::UserRole, row.uid);
        item->setData(1, Qt::UserRole, !row.feedbackReceived.isValid());
        item->setData(2, Qt::UserRole, row.sentDate);
        item->setToolTip(1, row.materials);
        item->setToolTip(4, row.feedbackNote);
    }
    if (transfers->isEmpty()) {
        auto* none = new QTreeWidgetItem(m_transfersTree, {QString(), tr("The lead has not been transferred.")});
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_transfersTree->setCurrentItem(m_transfersTree->topLevelItem(0));
    }
}

void LeadDetailDialog::updateButtons()
{
    const QTreeWidgetItem* task = m_followUpsTree->currentItem();
    m_doneButton->setEnabled(m_loaded && task && !task->data(0, Qt::UserRole).toString().isEmpty());
    const QTreeWidgetItem* transfer = m_transfersTree->currentItem();
    m_feedbackButton->setEnabled(m_loaded && transfer && transfer->data(1, Qt::UserRole).toBool());
    m_assignButton->setEnabled(m_loaded);
    m_decideButton->setEnabled(m_loaded && m_lead.status != leads::LeadStatus::Closed);
}

void LeadDetailDialog::assignStaff()
{
    if (!m_loaded || !m_session.can(access::Permission::ManageLeads))
        return;
    auto staff = leads::LeadService(m_session).assignableStaff();
    if (!staff.ok()) {
        ErrorMessages::show(this, tr("Assign staff"), staff.error());
        return;
    }
    FormDialog form(tr("Assign staff to lead %1").arg(m_lead.number), this);
    QComboBox* combo = form.addCombo(tr("&Staff member:"), QStringLiteral("staffComboBox"));
    for (const leads::StaffMember& member : staff.value()) {
        const QString text = member.displayName.isEmpty() || member.displayName == member.login
                                 ? member.login
                                 : tr("%1 (%2)").arg(member.displayName, member.login);
        combo->addItem(text, member.login);
    }
    form.addNote(tr("The staff member may then see the lead even when it is confidential."));
    form.setCheck(
        [combo] { return combo->currentData().toString().isEmpty() ? tr("Choose a staff member.") : QString(); });
    if (form.exec() != QDialog::Accepted)
        return;
    const Status done = leads::LeadService(m_session).assign(m_leadUid, combo->currentData().toString());
    if (!done.ok()) {
        ErrorMessages::show(this, tr("Assign staff"), done.error());
        return;
    }
    load(m_leadUid);
}

void LeadDetailDialog::decide()
{
    if (!m_loaded || !m_session.can(access::Permission::ApproveSteps))
        return;
    LeadDecisionDialog dialog(m_session, m_lead, this);
    if (dialog.exec() == QDialog::Accepted)
        load(m_leadUid);
}

void LeadDetailDialog::markFollowUpDone()
{
    const QTreeWidgetItem* item = m_followUpsTree->currentItem();
    const QString uid = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (uid.isEmpty())
        return;
    const Status done = leads::LeadService(m_session).completeFollowUp(uid);
    if (!done.ok()) {
        ErrorMessages::show(this, tr("Mark done"), done.error());
        return;
    }
    load(m_leadUid);
}

void LeadDetailDialog::recordFeedback()
{
    const QTreeWidgetItem* item = m_transfersTree->currentItem();
    if (!item || !item->data(1, Qt::UserRole).toBool() || !m_session.can(access::Permission::ManageLeads))
        return;
    const QString uid = item->data(0, Qt::UserRole).toString();
    FormDialog form(tr("Feedback from %1").arg(item->text(1)), this);
    QDateEdit* date =
        form.addDate(tr("&Received on:"), QStringLiteral("feedbackReceivedDateEdit"), QDate::currentDate());
    date->setMinimumDate(item->data(2, Qt::UserRole).toDate());
    date->setMaximumDate(QDate::currentDate());
    QPlainTextEdit* note = form.addText(tr("&Note:"), QStringLiteral("feedbackNotePlainTextEdit"), true);
    if (form.exec() != QDialog::Accepted)
        return;
    const Status done =
        leads::TransferService(m_session).recordFeedback(uid, date->date(), note->toPlainText().trimmed());
    if (!done.ok()) {
        ErrorMessages::show(this, tr("Record feedback"), done.error());
        return;
    }
    load(m_leadUid);
}

void LeadDetailDialog::showLead(const leads::Lead& lead)
{
    setWindowTitle(tr("Lead %1").arg(lead.number));
    m_headerLabel->setText(tr("%1 — %2").arg(lead.number, LeadTableModel::statusText(lead.status)));
    const CategoryList sources = CategoryList::load(m_session, QStringLiteral("lead_source"));
    const CategoryList allegations = CategoryList::load(m_session, QStringLiteral("allegation"));
    const CategoryList sectors = CategoryList::load(m_session, QStringLiteral("sector"));
    const CategoryList levels = CategoryList::load(m_session, QStringLiteral("cadre_level"));
    QStringList lines;
    lines << tr("Source: %1    Allegation: %2    Sector: %3")
                 .arg(sources.label(lead.source), allegations.label(lead.allegation), sectors.label(lead.sector));
    lines << tr("Jurisdiction: %1    Confidentiality: %2")
                 .arg(levels.label(lead.cadreLevel), access::confidentialityDisplayName(lead.confidentiality));
    QString disposition = lead.disposition ? leads::dispositionDisplayName(*lead.disposition) : tr("none yet");
    if (lead.nextReviewDate.isValid())
        disposition += tr("; next review %1").arg(CaseTerms::date(lead.nextReviewDate));
    lines << tr("Current disposition: %1").arg(disposition);
    lines << QString() << lead.summary;
    m_particularsLabel->setText(lines.join(QLatin1Char('\n')));

    m_subjectsTable->setRowCount(static_cast<int>(lead.subjects.size()));
    for (int row = 0; row < lead.subjects.size(); ++row) {
        const people::Person& person = lead.subjects.at(row);
        const QStringList cells{person.name, person.idNumber, person.unit, person.position,
                                levels.label(person.cadreLevel)};
        for (int column = 0; column < cells.size(); ++column)
            m_subjectsTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    intake::ReportService reports(m_session);
    for (const QString& uid : lead.reportUids) {
        auto report = reports.report(uid);
        if (!report.ok()) {
            new QTreeWidgetItem(m_reportsTree, {QString(), QString(), report.message()});
            continue;
        }
        auto* item = new QTreeWidgetItem(m_reportsTree,
                                         {CaseTerms::date(report->receivedDate),
                                          intake::channelDisplayName(report->channel), report->summary.simplified()});
        item->setToolTip(2, report->summary);
    }
    if (lead.reportUids.isEmpty())
        new QTreeWidgetItem(m_reportsTree, {QString(), QString(), tr("No report is linked to this lead.")});
}

} // namespace qf::ui
