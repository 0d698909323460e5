#include "CaseTransfersTab.h"

#include "CaseLetterExport.h"
#include "CaseTerms.h"
#include "FormDialog.h"
#include "access/Session.h"
#include "cases/CaseRecords.h"
#include "cases/CoordinationService.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QComboBox* categoryCombo(FormDialog& dialog, access::Session& session, const QString& label, const QString& kind,
                         const QString& objectName)
{
    QComboBox* combo = dialog.addCombo(label, objectName);
    if (auto items = cases::CaseRecords(session).categories(kind); items.ok())
        for (const cases::CategoryItem& item : items.value())
            combo->addItem(item.label, item.code);
    return combo;
}

// Marks a due date red when the answer is still missing after it.
void markOverdue(QTableWidget* table, int row, int column, const QDate& due, const QDate& answered)
{
    if (due.isValid() && !answered.isValid() && due < QDate::currentDate())
        table->item(row, column)->setForeground(QBrush(Qt::red));
}

} // namespace

CaseTransfersTab::CaseTransfersTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent), m_transfers(makeTable({tr("Direction"), tr("Agency"), tr("Date"), tr("Materials"),
                                                       tr("Feedback due"), tr("Feedback on"), tr("Feedback")},
                                                      QStringLiteral("transfersTableWidget"))),
      m_transferButton(makeButton(tr("Record tran&sfer…"), QStringLiteral("recordTransferButton"))),
      m_feedbackButton(makeButton(tr("Record feed&back…"), QStringLiteral("recordTransferFeedbackButton"))),
      m_requests(
          makeTable({tr("Recipient"), tr("Request"), tr("Sent on"), tr("Reply due"), tr("Replied on"), tr("Reply")},
                    QStringLiteral("assistanceRequestsTableWidget"))),
      m_requestButton(makeButton(tr("Send &assistance request…"), QStringLiteral("sendAssistanceRequestButton"))),
      m_replyButton(makeButton(tr("Record the ans&wer…"), QStringLiteral("recordAssistanceReplyButton"))),
      m_letterButton(makeButton(tr("Pr&int letter…"), QStringLiteral("printAssistanceLetterButton")))
{
    setObjectName(QStringLiteral("caseTransfersTab"));
    m_transfers->setColumnWidth(0, 80);
    m_transfers->setColumnWidth(1, 180);
    m_transfers->setColumnWidth(2, 100);
    m_transfers->setColumnWidth(3, 260);
    m_transfers->setColumnWidth(4, 100);
    m_transfers->setColumnWidth(5, 100);
    m_requests->setColumnWidth(0, 200);
    m_requests->setColumnWidth(1, 300);
    m_requests->setColumnWidth(2, 100);
    m_requests->setColumnWidth(3, 100);
    m_requests->setColumnWidth(4, 100);

    auto* transfersBox = new QGroupBox(tr("Transfers"));
    transfersBox->setObjectName(QStringLiteral("transfersGroupBox"));
    auto* transfersLayout = new QVBoxLayout(transfersBox);
    transfersLayout->addWidget(m_transfers);
    auto* transferButtons = new QHBoxLayout;
    transferButtons->addWidget(m_transferButton);
    transferButtons->addWidget(m_feedbackButton);
    transferButtons->addStretch();
    transfersLayout->addLayout(transferButtons);

    auto* requestsBox = new QGroupBox(tr("Assistance requests"));
    requestsBox->setObjectName(QStringLiteral("assistanceRequestsGroupBox"));
    auto* requestsLayout = new QVBoxLayout(requestsBox);
    requestsLayout->addWidget(m_requests);
    auto* requestButtons = new QHBoxLayout;
    requestButtons->addWidget(m_requestButton);
    requestButtons->addWidget(m_replyButton);
    requestButtons->addWidget(m_letterButton);
    requestButtons->addStretch();
    requestsLayout->addLayout(requestButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(transfersBox, 1);
    layout->addWidget(requestsBox, 1);

    connect(m_transferButton, &QPushButton::clicked, this, &CaseTransfersTab::recordTransfer);
    connect(m_feedbackButton, &QPushButton::clicked, this, &CaseTransfersTab::recordFeedback);
    connect(m_requestButton, &QPushButton::clicked, this, &CaseTransfersTab::sendRequest);
    connect(m_replyButton, &QPushButton::clicked, this, &CaseTransfersTab::recordReply);
    connect(m_letterButton, &QPushButton::clicked, this, [this] {
        exportCaseLetter(this, m_session,
                         cases::CoordinationService(m_session).assistanceLetter(selectedKey(m_requests)),
                         tr("Assistance request letter"));
    });
    connect(m_transfers, &QTableWidget::itemSelectionChanged, this, &CaseTransfersTab::updateButtons);
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &CaseTransfersTab::updateButtons);
}

void CaseTransfersTab::reload()
{
    cases::CoordinationService service(m_session);
    m_transfers->setRowCount(0);
    if (auto transfers = service.transfersOf(m_case.uid); transfers.ok()) {
        m_transfers->setRowCount(static_cast<int>(transfers->size()));
        for (int row = 0; row < transfers->size(); ++row) {
            const cases::CaseTransfer& t = transfers->at(row);
            setRow(m_transfers, row,
                   {t.outgoing ? tr("Sent") : tr("Received"), t.agency, CaseTerms::date(t.transferOn),
                    t.materials.join(QStringLiteral("；")),
                    t.feedbackDue.isValid() ? CaseTerms::date(t.feedbackDue) : QString(),
                    t.feedbackOn.isValid() ? CaseTerms::date(t.feedbackOn) : QString(), t.feedback},
                   t.uid);
            markOverdue(m_transfers, row, 4, t.feedbackDue, t.feedbackOn);
        }
    }
    m_requests->setRowCount(0);
    if (auto requests = service.assistanceRequestsOf(m_case.uid); requests.ok()) {
        m_requests->setRowCount(static_cast<int>(requests->size()));
        for (int row = 0; row < requests->size(); ++row) {
            const cases::AssistanceRequest& r = requests->at(row);
            setRow(m_requests, row,
                   {r.recipient, r.request, CaseTerms::date(r.sentOn), CaseTerms::date(r.replyDue),
                    r.repliedOn.isValid() ? CaseTerms::date(r.repliedOn) : QString(), r.reply},
                   r.uid);
            markOverdue(m_requests, row, 3, r.replyDue, r.repliedOn);
        }
    }
    updateButtons();
}

void CaseTransfersTab::updateButtons()
{
    const bool worker = m_session.can(access::Permission::ManageCases);
    const bool requestChosen = !selectedKey(m_requests).isEmpty();
    m_transferButton->setEnabled(worker);
    m_feedbackButton->setEnabled(worker && !selectedKey(m_transfers).isEmpty());
    m_requestButton->setEnabled(worker);
    m_replyButton->setEnabled(worker && requestChosen);
    m_letterButton->setEnabled(requestChosen);
}

void CaseTransfersTab::recordTransfer()
{
    FormDialog dialog(tr("Record transfer"), this);
    QCheckBox* outgoing = new QCheckBox(tr("Sent by us (clear for a transfer received)"));
    outgoing->setObjectName(QStringLiteral("transferOutgoingCheckBox"));
    outgoing->setChecked(true);
    dialog.addRow(tr("Direction:"), outgoing);
    QComboBox* kind = categoryCombo(dialog, m_session, tr("Kind of agency:"), QStringLiteral("transfer_agency"),
                                    QStringLiteral("transferAgencyKindComboBox"));
    QLineEdit* agency = dialog.addLine(tr("Agency:"), QStringLiteral("transferAgencyEdit"), true);
    QPlainTextEdit* materials =
        dialog.addText(tr("Materials (one per line):"), QStringLiteral("transferMaterialsEdit"), true);
    QDateEdit* on = dialog.addDate(tr("Date:"), QStringLiteral("transferDateEdit"), QDate::currentDate());
    QCheckBox* expectsFeedback = new QCheckBox(tr("Feedback expected"));
    expectsFeedback->setObjectName(QStringLiteral("transferExpectsFeedbackCheckBox"));
    expectsFeedback->setChecked(true);
    dialog.addRow(QString(), expectsFeedback);
    QDateEdit* due = dialog.addDate(tr("Feedback due:"), QStringLiteral("transferFeedbackDueEdit"),
                                    QDate::currentDate().addDays(30));
    connect(expectsFeedback, &QCheckBox::toggled, due, &QWidget::setEnabled);
    if (dialog.exec() != QDialog::Accepted)
        return;
    cases::CaseTransferDraft draft;
    draft.caseUid = m_case.uid;
    draft.outgoing = outgoing->isChecked();
    draft.agencyKind = kind->currentData().toString();
    draft.agency = agency->text();
    for (const QString& line : materials->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            draft.materials << line.trimmed();
    draft.transferOn = on->date();
    draft.feedbackDue = expectsFeedback->isChecked() ? due->date() : QDate();
    auto recorded = cases::CoordinationService(m_session).recordTransfer(draft);
    finish(recorded.ok() ? Status() : Status(recorded.error()), tr("Record transfer"));
}

void CaseTransfersTab::recordFeedback()
{
    const QString uid = selectedKey(m_transfers);
    FormDialog dialog(tr("Record transfer feedback"), this);
    QDateEdit* on = dialog.addDate(tr("Received on:"), QStringLiteral("feedbackDateEdit"), QDate::currentDate());
    QPlainTextEdit* feedback = dialog.addText(tr("Feedback:"), QStringLiteral("feedbackTextEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(cases::CoordinationService(m_session).recordTransferFeedback(uid, on->date(), feedback->toPlainText()),
           tr("Record transfer feedback"));
}

void CaseTransfersTab::sendRequest()
{
    FormDialog dialog(tr("Send assistance request"), this);
    QComboBox* kind = categoryCombo(dialog, m_session, tr("Kind of recipient:"), QStringLiteral("assistance_recipient"),
                                    QStringLiteral("recipientKindComboBox"));
    QLineEdit* recipient = dialog.addLine(tr("Recipient:"), QStringLiteral("recipientEdit"), true);
    QPlainTextEdit* request = dialog.addText(tr("What is asked for:"), QStringLiteral("requestTextEdit"), true);
    QDateEdit* sent = dialog.addDate(tr("Sent on:"), QStringLiteral("requestSentDateEdit"), QDate::currentDate());
    QDateEdit* due =
        dialog.addDate(tr("Reply due:"), QStringLiteral("requestReplyDueEdit"), QDate::currentDate().addDays(15));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto sentRequest = cases::CoordinationService(m_session).sendAssistanceRequest(
        {m_case.uid, kind->currentData().toString(), recipient->text(), request->toPlainText(), sent->date(),
         due->date()});
    finish(sentRequest.ok() ? Status() : Status(sentRequest.error()), tr("Send assistance request"));
}

void CaseTransfersTab::recordReply()
{
    const QString uid = selectedKey(m_requests);
    FormDialog dialog(tr("Record reply"), this);
    QDateEdit* on = dialog.addDate(tr("Replied on:"), QStringLiteral("replyDateEdit"), QDate::currentDate());
    QPlainTextEdit* reply = dialog.addText(tr("Reply:"), QStringLiteral("replyTextEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(cases::CoordinationService(m_session).recordAssistanceReply(uid, on->date(), reply->toPlainText()),
           tr("Record reply"));
}

} // namespace qf::ui
