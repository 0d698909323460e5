#include "CaseTeamTab.h"

#include "CaseTerms.h"
#include "FormDialog.h"
#include "access/Session.h"
#include "cases/CaseRecords.h"
#include "cases/CaseService.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

CaseTeamTab::CaseTeamTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent),
      m_team(makeTable({tr("User name"), tr("Name"), tr("Role")}, QStringLiteral("teamTableWidget"))),
      m_loginEdit(new QLineEdit), m_roleCombo(new QComboBox),
      m_assignButton(makeButton(tr("&Assign"), QStringLiteral("assignButton"))), m_conflictLabel(new QLabel),
      m_recusals(makeTable({tr("Staff"), tr("Requested by"), tr("Status"), tr("Grounds"), tr("Decision note")},
                           QStringLiteral("recusalsTableWidget"))),
      m_requestRecusalButton(makeButton(tr("Request re&cusal…"), QStringLiteral("requestRecusalButton"))),
      m_grantButton(makeButton(tr("&Grant recusal…"), QStringLiteral("grantRecusalButton"))),
      m_rejectButton(makeButton(tr("Re&ject recusal…"), QStringLiteral("rejectRecusalButton")))
{
    setObjectName(QStringLiteral("caseTeamTab"));
    m_loginEdit->setObjectName(QStringLiteral("assignLoginEdit"));
    m_loginEdit->setPlaceholderText(tr("user name"));
    m_roleCombo->setObjectName(QStringLiteral("teamRoleComboBox"));
    for (cases::TeamRole role : {cases::TeamRole::Member, cases::TeamRole::LeadInvestigator, cases::TeamRole::Reviewer})
        m_roleCombo->addItem(CaseTerms::teamRoleName(role), static_cast<int>(role));
    m_conflictLabel->setObjectName(QStringLiteral("conflictLabel"));
    m_conflictLabel->setWordWrap(true);
    m_conflictLabel->setStyleSheet(QStringLiteral("QLabel { color:#7a4b00; background:#fff4d6; border:1px solid "
                                                  "#e5c46f; border-radius:4px; padding:6px; }"));
    m_conflictLabel->hide();
    m_team->setColumnWidth(0, 140);
    m_team->setColumnWidth(1, 180);
    m_recusals->setColumnWidth(0, 120);
    m_recusals->setColumnWidth(1, 120);
    m_recusals->setColumnWidth(2, 90);
    m_recusals->setColumnWidth(3, 360);

    auto* teamBox = new QGroupBox(tr("Team"));
    auto* teamLayout = new QVBoxLayout(teamBox);
    teamLayout->addWidget(m_team);
    auto* assignRow = new QHBoxLayout;
    auto* loginLabel = new QLabel(tr("&User name:"));
    loginLabel->setBuddy(m_loginEdit);
    assignRow->addWidget(loginLabel);
    assignRow->addWidget(m_loginEdit);
    assignRow->addWidget(m_roleCombo);
    assignRow->addWidget(m_assignButton);
    assignRow->addStretch();
    teamLayout->addLayout(assignRow);
    teamLayout->addWidget(m_conflictLabel);

    auto* recusalBox = new QGroupBox(tr("Recusals"));
    auto* recusalLayout = new QVBoxLayout(recusalBox);
    recusalLayout->addWidget(m_recusals);
    auto* recusalButtons = new QHBoxLayout;
    recusalButtons->addWidget(m_requestRecusalButton);
    recusalButtons->addWidget(m_grantButton);
    recusalButtons->addWidget(m_rejectButton);
    recusalButtons->addStretch();
    recusalLayout->addLayout(recusalButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(teamBox, 1);
    layout->addWidget(recusalBox, 1);

    connect(m_assignButton, &QPushButton::clicked, this, &CaseTeamTab::assign);
    connect(m_loginEdit, &QLineEdit::returnPressed, this, &CaseTeamTab::assign);
    connect(m_requestRecusalButton, &QPushButton::clicked, this, &CaseTeamTab::requestRecusal);
    connect(m_grantButton, &QPushButton::clicked, this, [this] { decideRecusal(true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { decideRecusal(false); });
    connect(m_recusals, &QTableWidget::itemSelectionChanged, this, &CaseTeamTab::updateButtons);
}

void CaseTeamTab::reload()
{
    m_team->setRowCount(static_cast<int>(m_case.team.size()));
    for (int row = 0; row < m_case.team.size(); ++row) {
        const cases::TeamMember& member = m_case.team.at(row);
        setRow(m_team, row, {member.login, member.displayName, CaseTerms::teamRoleName(member.role)}, member.login);
    }
    m_recusals->setRowCount(0);
    auto recusals = cases::CaseRecords(m_session).recusals(m_case.uid);
    if (recusals.ok()) {
        m_recusals->setRowCount(static_cast<int>(recusals->size()));
        for (int row = 0; row < recusals->size(); ++row) {
            const cases::RecusalRecord& r = recusals->at(row);
            setRow(m_recusals, row, {r.login, r.requestedBy, CaseTerms::recusalStatusName(r.status), r.grounds, r.note},
                   r.status == QLatin1String("pending") ? r.uid : QString());
        }
    }
    updateButtons();
}

void CaseTeamTab::updateButtons()
{
    const bool canAssign = m_session.can(access::Permission::AssignTeam);
    m_assignButton->setEnabled(canAssign);
    m_loginEdit->setEnabled(canAssign);
    m_roleCombo->setEnabled(canAssign);
    const bool approver = m_session.can(access::Permission::ApproveSteps);
    const bool pending = !selectedKey(m_recusals).isEmpty();
    m_grantButton->setEnabled(approver && pending);
    m_rejectButton->setEnabled(approver && pending);
}

void CaseTeamTab::assign()
{
    const QString login = m_loginEdit->text().trimmed();
    if (login.isEmpty()) {
        m_loginEdit->setFocus();
        return;
    }
    const auto role = static_cast<cases::TeamRole>(m_roleCombo->currentData().toInt());
    auto report = cases::CaseService(m_session).assign(m_case.uid, login, role);
    if (!report.ok()) {
        m_conflictLabel->hide();
        showFailure(report.error(), tr("Assign"));
        return;
    }
    m_loginEdit->clear();
    if (report->warnings.isEmpty()) {
        m_conflictLabel->hide();
    } else {
        m_conflictLabel->setText(tr("%1 was assigned, but the conflict check warns: %2")
                                     .arg(login, report->warnings.join(QStringLiteral("; "))));
        m_conflictLabel->show();
    }
    Q_EMIT changed();
}

void CaseTeamTab::requestRecusal()
{
    FormDialog dialog(tr("Request recusal"), this);
    QLineEdit* login = dialog.addLine(tr("User name:"), QStringLiteral("recusalLoginEdit"), true);
    if (const QString member = selectedKey(m_team); !member.isEmpty())
        login->setText(member);
    QPlainTextEdit* grounds = dialog.addText(tr("Grounds:"), QStringLiteral("recusalGroundsEdit"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto made =
        cases::CaseService(m_session).requestRecusal(m_case.uid, login->text().trimmed(), grounds->toPlainText());
    finish(made.ok() ? Status() : Status(made.error()), tr("Request recusal"));
}

void CaseTeamTab::decideRecusal(bool recuse)
{
    const QString uid = selectedKey(m_recusals);
    if (uid.isEmpty())
        return;
    const auto note = FormDialog::askText(this, recuse ? tr("Grant recusal") : tr("Reject recusal"), tr("Note:"), true,
                                          QStringLiteral("recusalNoteEdit"));
    if (!note)
        return;
    finish(cases::CaseService(m_session).decideRecusal(uid, recuse, *note), tr("Recusal"));
}

} // namespace qf::ui
