#include "CaseOverviewTab.h"

#include "AuditTableModel.h"
#include "CaseTerms.h"
#include "access/Confidentiality.h"
#include "cases/CaseRecords.h"
#include "workflow/CaseWorkflow.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QLabel* valueLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

CaseOverviewTab::CaseOverviewTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent), m_titleLabel(valueLabel(QStringLiteral("overviewTitleLabel"))),
      m_numberLabel(valueLabel(QStringLiteral("overviewNumberLabel"))),
      m_leadLabel(valueLabel(QStringLiteral("overviewLeadLabel"))),
      m_levelLabel(valueLabel(QStringLiteral("overviewLevelLabel"))),
      m_stageLabel(valueLabel(QStringLiteral("overviewStageLabel"))),
      m_leaderLabel(valueLabel(QStringLiteral("overviewLeaderLabel"))),
      m_openedLabel(valueLabel(QStringLiteral("overviewOpenedLabel"))),
      m_timeline(makeTable({tr("Time"), tr("User"), tr("Event"), tr("Details")}, QStringLiteral("timelineTableWidget")))
{
    setObjectName(QStringLiteral("caseOverviewTab"));
    auto* left = new QFormLayout;
    left->addRow(tr("Title:"), m_titleLabel);
    left->addRow(tr("Case number:"), m_numberLabel);
    left->addRow(tr("Lead:"), m_leadLabel);
    left->addRow(tr("Confidentiality:"), m_levelLabel);
    auto* right = new QFormLayout;
    right->addRow(tr("Stage:"), m_stageLabel);
    right->addRow(tr("Supervising leader:"), m_leaderLabel);
    right->addRow(tr("Opened:"), m_openedLabel);
    auto* form = new QHBoxLayout;
    form->addLayout(left, 1);
    form->addSpacing(24);
    form->addLayout(right, 1);

    m_timeline->setColumnWidth(0, 150);
    m_timeline->setColumnWidth(1, 110);
    m_timeline->setColumnWidth(2, 200);
    auto* timelineBox = new QGroupBox(tr("Timeline"));
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(timelineBox, 1);
}

QString CaseOverviewTab::eventName(const QString& action)
{
    static const QList<QPair<QString, const char*>> names{
        {QStringLiteral("case.open"), QT_TR_NOOP("Case opened")},
        {QStringLiteral("case.view"), QT_TR_NOOP("Case viewed")},
        {QStringLiteral("case.assign"), QT_TR_NOOP("Team assignment")},
        {QStringLiteral("case.supervising_leader"), QT_TR_NOOP("Supervising leader set")},
        {QStringLiteral("case.recusal.request"), QT_TR_NOOP("Recusal requested")},
        {QStringLiteral("case.joint_partner"), QT_TR_NOOP("Joint handling partner added")},
        {QStringLiteral("case.transition"), QT_TR_NOOP("Stage changed")},
        {QStringLiteral("case.transition.request"), QT_TR_NOOP("Stage change requested")},
        {QStringLiteral("case.transition.approve"), QT_TR_NOOP("Stage change approved")},
        {QStringLiteral("case.transition.refuse"), QT_TR_NOOP("Stage change refused")},
        {QStringLiteral("dispute.raise"), QT_TR_NOOP("Jurisdiction dispute raised")},
        {QStringLiteral("dispute.negotiate"), QT_TR_NOOP("Jurisdiction dispute negotiated")},
        {QStringLiteral("dispute.escalate"), QT_TR_NOOP("Jurisdiction dispute escalated")},
        {QStringLiteral("dispute.decide"), QT_TR_NOOP("Jurisdiction dispute decided")},
        {QStringLiteral("decision.sign"), QT_TR_NOOP("Collective decision signed")},
        {QStringLiteral("measure.request"), QT_TR_NOOP("Measure requested")},
        {QStringLiteral("measure.approve"), QT_TR_NOOP("Measure approved")},
        {QStringLiteral("measure.refuse"), QT_TR_NOOP("Measure refused")},
        {QStringLiteral("measure.execute"), QT_TR_NOOP("Measure executed")},
        {QStringLiteral("measure.end"), QT_TR_NOOP("Measure ended")},
        {QStringLiteral("talk.record"), QT_TR_NOOP("Talk recorded")},
        {QStringLiteral("deadline.extension.request"), QT_TR_NOOP("Extension requested")},
        {QStringLiteral("deadline.extension.approve"), QT_TR_NOOP("Extension approved")},
        {QStringLiteral("deadline.extension.refuse"), QT_TR_NOOP("Extension refused")},
        {QStringLiteral("supervision.start"), QT_TR_NOOP("Supervision started")},
        {QStringLiteral("appeal.lodge"), QT_TR_NOOP("Appeal lodged")},
        {QStringLiteral("review.report"), QT_TR_NOOP("Review report recorded")},
        {QStringLiteral("review.hearing"), QT_TR_NOOP("Hearing recorded")},
        {QStringLiteral("review.defence"), QT_TR_NOOP("Defence statement recorded")},
        {QStringLiteral("review.meeting"), QT_TR_NOOP("Review meeting recorded")},
        {QStringLiteral("appeal.decide"), QT_TR_NOOP("Appeal decided")},
        {QStringLiteral("case.recusal.grant"), QT_TR_NOOP("Recusal granted")},
        {QStringLiteral("case.recusal.reject"), QT_TR_NOOP("Recusal rejected")},
        {QStringLiteral("case.verify_attachments"), QT_TR_NOOP("Attachments re-verified")},
        {QStringLiteral("supervision.report"), QT_TR_NOOP("Supervision report recorded")},
        {QStringLiteral("supervision.escalate"), QT_TR_NOOP("Supervision escalated")},
        {QStringLiteral("evidence.record"), QT_TR_NOOP("Evidence recorded")},
        {QStringLiteral("evidence.attach"), QT_TR_NOOP("File attached to evidence")},
        {QStringLiteral("attachment.view"), QT_TR_NOOP("Attachment opened")},
        {QStringLiteral("attachment.export"), QT_TR_NOOP("Attachment exported")},
        {QStringLiteral("attachment.verify"), QT_TR_NOOP("Attachment re-verified")},
        {QStringLiteral("property.register"), QT_TR_NOOP("Property registered")},
        {QStringLiteral("recovery.record"), QT_TR_NOOP("Recovery recorded")},
        {QStringLiteral("sanction.decide"), QT_TR_NOOP("Sanction decided")},
        {QStringLiteral("sanction.execution"), QT_TR_NOOP("Sanction execution recorded")},
        {QStringLiteral("sanction.reexamine"), QT_TR_NOOP("Sanction re-examined")},
        {QStringLiteral("transfer.out"), QT_TR_NOOP("Transferred out")},
        {QStringLiteral("transfer.in"), QT_TR_NOOP("Transferred in")},
        {QStringLiteral("transfer.feedback"), QT_TR_NOOP("Transfer feedback recorded")},
        {QStringLiteral("assistance.request"), QT_TR_NOOP("Assistance requested")},
        {QStringLiteral("assistance.reply"), QT_TR_NOOP("Assistance reply recorded")},
        {QStringLiteral("document.create"), QT_TR_NOOP("Document drafted")},
        {QStringLiteral("document.new_version"), QT_TR_NOOP("Document revised")},
        {QStringLiteral("document.approve"), QT_TR_NOOP("Document approved")},
        {QStringLiteral("document.print"), QT_TR_NOOP("Document printed")},
        {QStringLiteral("document.print_pdf"), QT_TR_NOOP("Document printed to PDF")},
        {QStringLiteral("document.serve"), QT_TR_NOOP("Document served")},
        {QStringLiteral("accountability.record"), QT_TR_NOOP("Error accountability recorded")},
    };
    for (const auto& [key, text] : names)
        if (key == action)
            return tr(text);
    return action;
}

void CaseOverviewTab::reload()
{
    m_titleLabel->setText(m_case.title);
    m_numberLabel->setText(m_case.number);
    // The lead's number comes with the case: a team member who may not open the lead still sees which it was.
    m_leadLabel->setText(m_case.leadNumber);
    m_levelLabel->setText(access::confidentialityDisplayName(m_case.confidentiality));
    auto definition = workflow::CaseWorkflow::definition(m_session.database());
    m_stageLabel->setText(
        tr("%1, since %2")
            .arg(definition.ok() ? CaseTerms::stageLabel(definition.value(), m_case.stage) : m_case.stage,
                 AuditTableModel::displayTime(m_case.stageSince)));
    m_leaderLabel->setText(m_case.supervisingLeader.isEmpty() ? tr("none") : m_case.supervisingLeader);
    m_openedLabel->setText(AuditTableModel::displayTime(m_case.createdAt));

    m_timeline->setRowCount(0);
    auto entries = cases::CaseRecords(m_session).timeline(m_case.uid);
    if (!entries.ok()) {
        m_timeline->setRowCount(1);
        setRow(m_timeline, 0, {QString(), QString(), tr("Cannot read the timeline"), entries.message()});
        return;
    }
    m_timeline->setRowCount(static_cast<int>(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const audit::AuditEntry& entry = entries->at(row);
        setRow(m_timeline, row,
               {AuditTableModel::displayTime(entry.atUtc), entry.actor, eventName(entry.action), entry.summary},
               entry.id);
    }
    m_timeline->scrollToBottom();
}

} // namespace qf::ui
