#include "DashboardPage.h"

#include "AuditTableModel.h"
#include "CaseCountersPanel.h"
#include "IntakeCountersPanel.h"
#include "access/Session.h"
#include "audit/AuditTrail.h"
#include "storage/SettingsRepository.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qf::ui {

DashboardPage::DashboardPage(access::Session& session, QWidget* parent)
    : WorkspacePage(parent), m_session(session), m_organLabel(new QLabel)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_organLabel->setObjectName(QStringLiteral("organLabel"));
    QFont organFont = m_organLabel->font();
    organFont.setPointSizeF(organFont.pointSizeF() * 1.6);
    organFont.setBold(true);
    m_organLabel->setFont(organFont);

    auto* sessionBox = new QGroupBox(tr("Session"));
    auto* sessionForm = new QFormLayout(sessionBox);
    m_userLabel = addValue(sessionForm, tr("Logged in as:"), QStringLiteral("userLabel"));
    m_rolesLabel = addValue(sessionForm, tr("Roles:"), QStringLiteral("rolesLabel"));

    auto* vaultBox = new QGroupBox(tr("Vault"));
    auto* vaultForm = new QFormLayout(vaultBox);
    m_vaultLabel = addValue(vaultForm, tr("File:"), QStringLiteral("vaultLabel"));
    m_cipherLabel = addValue(vaultForm, tr("SQLCipher version:"), QStringLiteral("cipherLabel"));

    auto* auditBox = new QGroupBox(tr("Audit trail"));
    auto* auditForm = new QFormLayout(auditBox);
    m_auditCountLabel = addValue(auditForm, tr("Entries:"), QStringLiteral("auditCountLabel"));
    m_auditLastLabel = addValue(auditForm, tr("Last entry:"), QStringLiteral("auditLastLabel"));

    // The figures scroll, so the window fits a 768-pixel-high screen whatever this user's dashboard holds.
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_organLabel);
    layout->addSpacing(12);
    layout->addWidget(sessionBox);
    layout->addWidget(vaultBox);
    if (m_session.can(access::Permission::ViewReports) || m_session.can(access::Permission::ViewLeads)) {
        m_intakeCounters = new IntakeCountersPanel(m_session);
        layout->addWidget(m_intakeCounters);
    }
    layout->addWidget(auditBox);
    if (m_session.can(access::Permission::ViewCases))
        layout->addWidget(new CaseCountersPanel(m_session), 1);
    layout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QLabel* DashboardPage::addValue(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void DashboardPage::reload()
{
    if (m_session.isLocked())
        return;
    if (auto* cases = findChild<CaseCountersPanel*>())
        cases->reload();
    const auto organ = storage::SettingsRepository(m_session.database()).value(storage::settingkeys::organName);
    m_organLabel->setText(organ.ok() ? organ.value() : organ.message());
    const access::User& user = m_session.user();
    m_userLabel->setText(user.displayName == user.login ? user.login : tr("%1 (%2)").arg(user.displayName, user.login));
    QStringList roles;
    for (access::Role role : user.roles)
        roles << access::roleDisplayName(role);
    m_rolesLabel->setText(roles.join(tr(", ")));
    m_vaultLabel->setText(m_session.vault().path());
    m_cipherLabel->setText(m_session.vault().cipherVersion());
    if (m_intakeCounters)
        m_intakeCounters->reload();
    const auto head = audit::AuditTrail::head(m_session.database());
    if (!head.ok()) {
        m_auditCountLabel->setText(head.message());
        m_auditLastLabel->clear();
        return;
    }
    m_auditCountLabel->setText(QLocale().toString(head->count));
    m_auditLastLabel->setText(head->count == 0 ? tr("none") : AuditTableModel::displayTime(head->lastAtUtc));
}

void DashboardPage::releaseForLock()
{
    if (m_intakeCounters)
        m_intakeCounters->clear();
    if (auto* cases = findChild<CaseCountersPanel*>())
        cases->clear();
    for (QLabel* label :
         {m_organLabel, m_userLabel, m_rolesLabel, m_vaultLabel, m_cipherLabel, m_auditCountLabel, m_auditLastLabel})
        label->clear();
}

} // namespace qf::ui
