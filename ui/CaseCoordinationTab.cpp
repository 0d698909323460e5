#include "CaseCoordinationTab.h"

#include "CaseTerms.h"
#include "FormDialog.h"
#include "access/Session.h"
#include "cases/AccountabilityService.h"
#include "cases/CaseRecords.h"
#include "cases/CaseService.h"

#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {
QString localTime(const QString& isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return at.isValid() ? CaseTerms::dateTime(at.toLocalTime()) : isoUtc;
}
} // namespace

CaseCoordinationTab::CaseCoordinationTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent), m_leaderLabel(new QLabel),
      m_setLeaderButton(makeButton(tr("Set s&upervising leader…"), QStringLiteral("setLeaderButton"))),
      m_partners(makeTable({tr("Agency"), tr("Responsibilities")}, QStringLiteral("jointPartnersTableWidget"))),
      m_addPartnerButton(makeButton(tr("Add &joint partner…"), QStringLiteral("addPartnerButton"))),
      m_disputes(makeTable({tr("Parties"), tr("Status"), tr("Level"), tr("Outcome"), tr("Raised by"), tr("Raised on"),
                            tr("Latest note")},
                           QStringLiteral("disputesTableWidget"))),
      m_raiseButton(makeButton(tr("R&aise…"), QStringLiteral("raiseDisputeButton"))),
      m_negotiateButton(makeButton(tr("Ne&gotiate…"), QStringLiteral("negotiateDisputeButton"))),
      m_escalateButton(makeButton(tr("E&scalate…"), QStringLiteral("escalateDisputeButton"))),
      m_decideButton(makeButton(tr("Dec&ide…"), QStringLiteral("decideDisputeButton"))),
      m_accountabilityBox(new QGroupBox(tr("Error accountability"))),
      m_accountability(makeTable({tr("Staff"), tr("Kind"), tr("Description"), tr("Recorded by"), tr("Recorded on")},
                                 QStringLiteral("accountabilityTableWidget"))),
      m_accountabilityNote(new QLabel(tr("Only approvers and auditors see the accountability records."))),
      m_recordButton(makeButton(tr("Record accounta&bility…"), QStringLiteral("recordAccountabilityButton")))
{
    setObjectName(QStringLiteral("caseCoordinationTab"));
    m_leaderLabel->setObjectName(QStringLiteral("supervisingLeaderLabel"));
    m_leaderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_accountabilityBox->setObjectName(QStringLiteral("accountabilityGroupBox"));
    m_accountabilityNote->setObjectName(QStringLiteral("accountabilityNoteLabel"));
    m_accountabilityNote->setWordWrap(true);
    m_partners->setColumnWidth(0, 240);
    m_disputes->setColumnWidth(0, 220);
    m_disputes->setColumnWidth(1, 90);
    m_disputes->setColumnWidth(2, 110);
    m_disputes->setColumnWidth(3, 200);
    m_disputes->setColumnWidth(4, 90);
    m_disputes->setColumnWidth(5, 130);
    m_accountability->setColumnWidth(0, 110);
    m_accountability->setColumnWidth(1, 130);
    m_accountability->setColumnWidth(2, 360);
    m_accountability->setColumnWidth(3, 110);

    auto* leaderRow = new QHBoxLayout;
    auto* leaderCaption = new QLabel(tr("Supervising leader:"));
    leaderRow->addWidget(leaderCaption);
    leaderRow->addWidget(m_leaderLabel, 1);
    leaderRow->addWidget(m_setLeaderButton);

    auto* partnersBox = new QGroupBox(tr("Joint handling partners"));
    partnersBox->setObjectName(QStringLiteral("jointPartnersGroupBox"));
    auto* partnersLayout = new QVBoxLayout(partnersBox);
    partnersLayout->addWidget(m_partners);
    auto* partnerButtons = new QHBoxLayout;
    partnerButtons->addWidget(m_addPartnerButton);
    partnerButtons->addStretch();
    partnersLayout->addLayout(partnerButtons);

    auto* disputesBox = new QGroupBox(tr("Jurisdiction disputes"));
    disputesBox->setObjectName(QStringLiteral("disputesGroupBox"));
    auto* disputesLayout = new QVBoxLayout(disputesBox);
    disputesLayout->addWidget(m_disputes);
    auto* disputeButtons = new QHBoxLayout;
    disputeButtons->addWidget(m_raiseButton);
    disputeButtons->addWidget(m_negotiateButton);
    disputeButtons->addWidget(m_escalateButton);
    disputeButtons->addWidget(m_decideButton);
    disputeButtons->addStretch();
    disputesLayout->addLayout(disputeButtons);

    auto* accountabilityLayout = new QVBoxLayout(m_accountabilityBox);
    accountabilityLayout->addWidget(m_accountability);
    accountabilityLayout->addWidget(m_accountabilityNote);
    auto* recordButtons = new QHBoxLayout;
    recordButtons->addWidget(m_recordButton);
    recordButtons->addStretch();
    accountabilityLayout->addLayout(recordButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(leaderRow);
    layout->addWidget(partnersBox, 1);
    layout->addWidget(disputesBox, 2);
    layout->addWidget(m_accountabilityBox, 1);

    connect(m_setLeaderButton, &QPushButton::clicked, this, &CaseCoordinationTab::setLeader);
    connect(m_addPartnerButton, &QPushButton::clicked, this, &CaseCoordinationTab::addPartner);
    connect(m_raiseButton, &QPushButton::clicked, this, &CaseCoordinationTab::raiseDispute);
    connect(m_negotiateButton, &QPushButton::clicked, this, [this] { advanceDispute(QStringLiteral("negotiate")); });
    connect(m_escalateButton, &QPushButton::clicked, this, [this] { advanceDispute(QStringLiteral("escalate")); });
    connect(m_decideButton, &QPushButton::clicked, this, [this] { advanceDispute(QStringLiteral("decide")); });
    connect(m_recordButton, &QPushButton::clicked, this, &CaseCoordinationTab::recordAccountability);
    connect(m_disputes, &QTableWidget::itemSelectionChanged, this, &CaseCoordinationTab::updateButtons);
}

QString CaseCoordinationTab::disputeStatusName(const QString& status)
{
    if (status == QLatin1String("raised"))
        return tr("Raised");
    if (status == QLatin1String("negotiating"))
        return tr("Negotiating");
    if (status == QLatin1String("escalated"))
        return tr("Escalated");
    if (status == QLatin1String("decided"))
        return tr("Decided");
    return status;
}

QString CaseCoordinationTab::accountabilityKindName(const QString& kind)
{
    if (kind == QLatin1String("leak"))
        return tr("Leak of case information");
    if (kind == QLatin1String("coercion"))
        return tr("Coercion");
    if (kind == QLatin1String("procedural_violation"))
        return tr("Procedural violation");
    if (kind == QLatin1String("other"))
        return tr("Other");
    return kind;
}

void CaseCoordinationTab::reload()
{
    m_leaderLabel->setText(m_case.supervisingLeader.isEmpty() ? tr("none") : m_case.supervisingLeader);
    cases::CaseRecords records(m_session);

    m_partners->setRowCount(0);
    if (auto partners = records.jointPartners(m_case.uid); partners.ok()) {
        m_partners->setRowCount(static_cast<int>(partners->size()));
        for (int row = 0; row < partners->size(); ++row)
            setRow(m_partners, row, {partners->at(row).agency, partners->at(row).responsibilities});
    }

    m_disputes->setRowCount(0);
    if (auto disputes = records.disputes(m_case.uid); disputes.ok()) {
        m_disputes->setRowCount(static_cast<int>(disputes->size()));
        for (int row = 0; row < disputes->size(); ++row) {
            const cases::DisputeRecord& d = disputes->at(row);
            const QString level = d.level == 0 ? tr("Own agency") : tr("%1 level(s) up").arg(d.level);
            setRow(m_disputes, row,
                   {d.parties, disputeStatusName(d.status), level, d.outcome, d.raisedBy, localTime(d.raisedAt),
                    d.lastNote},
                   d.status == QLatin1String("decided") ? QString() : d.uid);
        }
    }

    const bool mayView = m_session.can(access::Permission::ViewAccountability);
    m_accountability->setVisible(mayView);
    m_accountabilityNote->setVisible(!mayView);
    m_accountability->setRowCount(0);
    if (mayView) {
        if (auto items = records.accountability(m_case.uid); items.ok()) {
            m_accountability->setRowCount(static_cast<int>(items->size()));
            for (int row = 0; row < items->size(); ++row) {
                const cases::CaseAccountabilityRecord& a = items->at(row);
                setRow(m_accountability, row,
                       {a.staffLogin, accountabilityKindName(a.kind), a.description, a.recordedBy,
                        localTime(a.recordedAt)},
                       a.uid);
            }
        }
    }
    m_accountabilityBox->setVisible(mayView || m_session.can(access::Permission::ApproveSteps));
    updateButtons();
}

void CaseCoordinationTab::updateButtons()
{
    const bool approver = m_session.can(access::Permission::ApproveSteps);
    const bool worker = m_session.can(access::Permission::ManageCases);
    const bool open = !selectedKey(m_disputes).isEmpty();
    m_setLeaderButton->setEnabled(approver);
    m_setLeaderButton->setVisible(approver);
    m_addPartnerButton->setEnabled(worker);
    m_raiseButton->setEnabled(worker);
    m_negotiateButton->setEnabled(worker && open);
    m_escalateButton->setEnabled(worker && open);
    m_decideButton->setEnabled(approver && open);
    m_recordButton->setEnabled(approver);
    m_recordButton->setVisible(approver);
}

void CaseCoordinationTab::setLeader()
{
    FormDialog dialog(tr("Set supervising leader"), this);
    QLineEdit* login = dialog.addLine(tr("User name:"), QStringLiteral("leaderLoginEdit"), true);
    login->setText(m_case.supervisingLeader);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(cases::CaseService(m_session).setSupervisingLeader(m_case.uid, login->text().trimmed()),
           tr("Set supervising leader"));
}

void CaseCoordinationTab::addPartner()
{
    FormDialog dialog(tr("Add joint handling partner"), this);
    QLineEdit* agency = dialog.addLine(tr("Agency:"), QStringLiteral("partnerAgencyEdit"), true);
    QPlainTextEdit* responsibilities =
        dialog.addText(tr("Responsibilities:"), QStringLiteral("partnerResponsibilitiesEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(cases::CaseService(m_session).addJointPartner(m_case.uid, agency->text(), responsibilities->toPlainText()),
           tr("Add joint handling partner"));
}

void CaseCoordinationTab::raiseDispute()
{
    FormDialog dialog(tr("Raise jurisdiction dispute"), this);
    QLineEdit* parties = dialog.addLine(tr("Agencies in dispute:"), QStringLiteral("disputePartiesEdit"), true);
    QPlainTextEdit* note = dialog.addText(tr("Note:"), QStringLiteral("disputeNoteEdit"), false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto raised = cases::CaseService(m_session).raiseDispute(m_case.uid, parties->text(), note->toPlainText());
    finish(raised.ok() ? Status() : Status(raised.error()), tr("Raise jurisdiction dispute"));
}

void CaseCoordinationTab::advanceDispute(const QString& step)
{
    const QString uid = selectedKey(m_disputes);
    if (uid.isEmpty())
        return;
    QString title;
    QString label;
    if (step == QLatin1String("negotiate")) {
        title = tr("Negotiate jurisdiction dispute");
        label = tr("What was agreed:");
    } else if (step == QLatin1String("escalate")) {
        title = tr("Escalate jurisdiction dispute");
        label = tr("Why it goes one level up:");
    } else {
        title = tr("Decide jurisdiction dispute");
        label = tr("Outcome:");
    }
    const auto note = FormDialog::askText(this, title, label, true, QStringLiteral("disputeStepNoteEdit"));
    if (!note)
        return;
    finish(cases::CaseService(m_session).advanceDispute(uid, step, *note), title);
}

void CaseCoordinationTab::recordAccountability()
{
    FormDialog dialog(tr("Record error accountability"), this);
    QComboBox* staff = dialog.addCombo(tr("Staff:"), QStringLiteral("accountabilityStaffComboBox"));
    staff->setEditable(true);
    for (const cases::TeamMember& member : std::as_const(m_case.team))
        staff->addItem(member.login);
    staff->setCurrentIndex(-1);
    QComboBox* kind = dialog.addCombo(tr("Kind:"), QStringLiteral("accountabilityKindComboBox"));
    for (const char* code : {"leak", "coercion", "procedural_violation", "other"})
        kind->addItem(accountabilityKindName(QLatin1String(code)), QLatin1String(code));
    QPlainTextEdit* description =
        dialog.addText(tr("Description:"), QStringLiteral("accountabilityDescriptionEdit"), true);
    dialog.setCheck(
        [staff] { return staff->currentText().trimmed().isEmpty() ? tr("Name the staff member.") : QString(); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto recorded = cases::AccountabilityService(m_session).record(
        staff->currentText().trimmed(), m_case.uid, kind->currentData().toString(), description->toPlainText());
    finish(recorded.ok() ? Status() : Status(recorded.error()), tr("Record error accountability"));
}

} // namespace qf::ui
