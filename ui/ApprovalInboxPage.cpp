#include "ApprovalInboxPage.h"

#include "AuditTableModel.h"
#include "CaseTerms.h"
#include "CaseWorkspace.h"
#include "ErrorMessages.h"
#include "FormDialog.h"
#include "PendingMeasuresPanel.h"
#include "RecordTable.h"
#include "access/Session.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {
enum Column
{
    CaseColumn,
    TitleColumn,
    TransitionColumn,
    RequestedByColumn,
    RequestedAtColumn,
    CommentColumn,
    ColumnCount,
};
} // namespace

ApprovalInboxPage::ApprovalInboxPage(access::Session& session, QWidget* parent)
    : WorkspacePage(parent), m_session(session), m_summaryLabel(new QLabel), m_table(new QTableWidget(0, ColumnCount)),
      m_approveButton(new QPushButton(tr("&Approve…"))), m_refuseButton(new QPushButton(tr("&Refuse…"))),
      m_openButton(new QPushButton(tr("&Open case"))),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("inboxErrorLabel"))),
      m_measures(new PendingMeasuresPanel(session))
{
    setObjectName(QStringLiteral("approvalInboxPage"));
    auto* title = new QLabel(tr("Approvals"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summaryLabel->setObjectName(QStringLiteral("inboxSummaryLabel"));
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_refuseButton->setObjectName(QStringLiteral("refuseButton"));
    m_openButton->setObjectName(QStringLiteral("openCaseButton"));

    m_table->setObjectName(QStringLiteral("inboxTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Case number"), tr("Case"), tr("Stage change"), tr("Requested by"), tr("Requested at"), tr("Comment")});
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CaseColumn, 170);
    m_table->setColumnWidth(TitleColumn, 160);
    m_table->setColumnWidth(TransitionColumn, 190);
    m_table->setColumnWidth(RequestedByColumn, 100);
    m_table->setColumnWidth(RequestedAtColumn, 140);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summaryLabel);
    buttons->addStretch();
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_refuseButton);
    buttons->addWidget(m_openButton);
    auto* transitionsBox = new QGroupBox(tr("Stage changes"));
    auto* transitionsLayout = new QVBoxLayout(transitionsBox);
    transitionsLayout->addLayout(buttons);
    transitionsLayout->addWidget(m_table, 1);
    auto* measuresBox = new QGroupBox(tr("Measures awaiting approval"));
    auto* measuresLayout = new QVBoxLayout(measuresBox);
    measuresLayout->addWidget(m_measures);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_errorLabel);
    layout->addWidget(transitionsBox, 3);
    layout->addWidget(measuresBox, 2);

    auto* openAction = new QAction(this);
    openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(openAction);
    connect(openAction, &QAction::triggered, this, [this] {
        if (const workflow::PendingRequest* request = selected())
            openCase(request->caseUid);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const workflow::PendingRequest* request = selected())
            openCase(request->caseUid);
    });
    connect(m_approveButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_refuseButton, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const workflow::PendingRequest* request = selected())
            openCase(request->caseUid);
    });
    connect(m_measures, &PendingMeasuresPanel::openCaseRequested, this, &ApprovalInboxPage::openCase);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalInboxPage::updateButtons);
    updateButtons();
}

void ApprovalInboxPage::reload()
{
    if (m_session.isLocked())
        return;
    m_errorLabel->hide();
    auto inbox = workflow::CaseWorkflow(m_session).inbox();
    m_requests = inbox.ok() ? inbox.value() : QList<workflow::PendingRequest>{};
    if (!inbox.ok()) {
        m_errorLabel->setText(ErrorMessages::describe(inbox.error()));
        m_errorLabel->show();
    }
    auto definition = workflow::CaseWorkflow::definition(m_session.database());
    const auto stage = [&](const QString& id) {
        return definition.ok() ? CaseTerms::stageLabel(definition.value(), id) : id;
    };
    m_table->setRowCount(static_cast<int>(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const workflow::PendingRequest& r = m_requests.at(row);
        const QStringList cells{r.caseNumber,
                                r.caseTitle,
                                tr("%1 → %2").arg(stage(r.fromStage), stage(r.toStage)),
                                r.requestedBy,
                                AuditTableModel::displayTime(r.requestedAt),
                                r.comment};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == 0)
                item->setData(Qt::UserRole, r.uid);
            m_table->setItem(row, column, item);
        }
    }
    if (!m_requests.isEmpty())
        m_table->selectRow(0);
    m_summaryLabel->setText(m_requests.isEmpty() ? tr("Nothing waits for your approval.")
                                                 : tr("%n request(s) wait for your approval.", nullptr,
                                                      static_cast<int>(m_requests.size())));
    updateButtons();
    m_measures->reload();
}

void ApprovalInboxPage::releaseForLock()
{
    m_requests.clear();
    m_table->setRowCount(0);
    m_summaryLabel->clear();
    m_measures->clear();
}

const workflow::PendingRequest* ApprovalInboxPage::selected() const
{
    return selectedRecord(m_table, m_requests);
}

void ApprovalInboxPage::updateButtons()
{
    const bool any = selected() != nullptr;
    for (QPushButton* button : {m_approveButton, m_refuseButton, m_openButton})
        button->setEnabled(any);
}

void ApprovalInboxPage::decide(bool approve)
{
    const workflow::PendingRequest* request = selected();
    if (!request)
        return;
    const QString uid = request->uid;
    const QString what = tr("%1: %2").arg(request->caseNumber, request->caseTitle);
    const auto note = approve ? FormDialog::askText(this, tr("Approve — %1").arg(what), tr("Note:"), false,
                                                    QStringLiteral("approveNoteEdit"))
                              : FormDialog::askText(this, tr("Refuse — %1").arg(what), tr("Reason:"), true,
                                                    QStringLiteral("refuseReasonEdit"));
    if (!note)
        return;
    workflow::CaseWorkflow engine(m_session);
    const Status status = approve ? engine.approve(uid, *note) : engine.refuse(uid, *note);
    if (!status.ok()) {
        ErrorMessages::show(this, approve ? tr("Approve") : tr("Refuse"), status.error());
        reload();
        return;
    }
    reload();
    Q_EMIT decided(uid, approve);
}

void ApprovalInboxPage::openCase(const QString& caseUid)
{
    auto* workspace = new CaseWorkspace(m_session, caseUid, this);
    workspace->setAttribute(Qt::WA_DeleteOnClose);
    connect(workspace, &CaseWorkspace::caseChanged, this, &ApprovalInboxPage::reload);
    workspace->show();
}

} // namespace qf::ui
