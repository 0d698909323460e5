#include "ReporterIdentityPanel.h"

#include "ClipboardGuard.h"
#include "ErrorMessages.h"
#include "intake/IdentityService.h"
#include "property/Money.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

ReporterIdentityPanel::ReporterIdentityPanel(access::Session& session, QWidget* parent)
    : QGroupBox(tr("Reporter (protected)"), parent), m_session(session), m_identityCombo(new QComboBox),
      m_identityLabel(new QLabel), m_noteLabel(new QLabel), m_requestButton(new QPushButton(tr("Re&quest access…"))),
      m_revealButton(new QPushButton(tr("Sho&w identity"))), m_rewardButton(new QPushButton(tr("Record re&ward…")))
{
    m_rewardButton->setObjectName(QStringLiteral("recordRewardPushButton"));
    m_rewardButton->setVisible(m_session.can(access::Permission::ApproveSteps));
    setObjectName(QStringLiteral("reporterIdentityGroupBox"));
    m_identityCombo->setObjectName(QStringLiteral("identityComboBox"));
    m_identityCombo->hide();
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_identityLabel->setTextFormat(Qt::PlainText);
    m_identityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_identityLabel->setWordWrap(true);
    ClipboardGuard::markProtected(m_identityLabel);
    m_noteLabel->setObjectName(QStringLiteral("identityNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();
    m_requestButton->setObjectName(QStringLiteral("requestAccessPushButton"));
    m_revealButton->setObjectName(QStringLiteral("showIdentityPushButton"));
    const bool mayAsk = m_session.can(access::Permission::RequestIdentityGrant);
    m_requestButton->setVisible(mayAsk);
    m_revealButton->setVisible(mayAsk);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_identityCombo);
    buttons->addStretch();
    buttons->addWidget(m_requestButton);
    buttons->addWidget(m_revealButton);
    buttons->addWidget(m_rewardButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_identityLabel);
    layout->addWidget(m_noteLabel);
    layout->addLayout(buttons);

    connect(m_identityCombo, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (row >= 0 && row < m_identities.size())
            showIdentity(m_identities.at(row));
    });
    connect(m_requestButton, &QPushButton::clicked, this, &ReporterIdentityPanel::requestAccess);
    connect(m_rewardButton, &QPushButton::clicked, this, &ReporterIdentityPanel::recordReward);
    connect(m_revealButton, &QPushButton::clicked, this, &ReporterIdentityPanel::revealIdentity);
    clear();
}

void ReporterIdentityPanel::clear()
{
    m_identities.clear();
    m_identityCombo->clear();
    m_identityCombo->hide();
    m_identityLabel->setText(tr("Choose a report to see its reporter."));
    m_noteLabel->hide();
    m_requestButton->setEnabled(false);
    m_revealButton->setEnabled(false);
}

void ReporterIdentityPanel::showReport(const QString& reportUid, bool realName)
{
    clear();
    if (reportUid.isEmpty() || m_session.isLocked())
        return;
    auto identities = intake::IdentityService(m_session).identitiesOfReport(reportUid);
    if (!identities.ok()) {
        m_identityLabel->setText(identities.message());
        return;
    }
    m_identities = identities.value();
    if (m_identities.isEmpty()) {
        m_identityLabel->setText(realName ? tr("No reporter details were recorded.") : tr("Anonymous report."));
        return;
    }
    {
        const QSignalBlocker blocker(m_identityCombo);
        for (const intake::ProtectedIdentity& identity : std::as_const(m_identities))
            m_identityCombo->addItem(identity.kind == QLatin1String("witness") ? tr("Witness %1").arg(identity.name)
                                                                               : tr("Reporter %1").arg(identity.name));
    }
    m_identityCombo->setVisible(m_identities.size() > 1);
    showIdentity(m_identities.constFirst());
    m_requestButton->setEnabled(true);
}

QString ReporterIdentityPanel::rewardStatusName(const QString& status)
{
    if (status == QLatin1String("paid"))
        return tr("paid");
    if (status == QLatin1String("approved"))
        return tr("approved");
    return tr("owed");
}

// An approver records what a real-name reporter is owed, approved or paid.
void ReporterIdentityPanel::recordReward()
{
    const QString uid = currentIdentityUid();
    if (uid.isEmpty())
        return;
    bool ok = false;
    const QString amountText =
        QInputDialog::getText(this, tr("Reporter reward"), tr("Amount (yuan):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto amount = property::parseAmount(amountText);
    if (!amount.ok()) {
        QMessageBox::warning(this, tr("Reporter reward"), amount.message());
        return;
    }
    const QStringList statuses{QStringLiteral("owed"), QStringLiteral("approved"), QStringLiteral("paid")};
    const QStringList names{rewardStatusName(statuses.at(0)), rewardStatusName(statuses.at(1)),
                            rewardStatusName(statuses.at(2))};
    const QString chosen = QInputDialog::getItem(this, tr("Reporter reward"), tr("Status:"), names, 0, false, &ok);
    if (!ok)
        return;
    const Status recorded = intake::IdentityService(m_session).setReward(uid, amount.value(),
                                                                         statuses.at(names.indexOf(chosen)), QString());
    if (!recorded.ok()) {
        QMessageBox::warning(this, tr("Reporter reward"), recorded.message());
        return;
    }
    if (m_identityCombo->currentIndex() >= 0 && m_identityCombo->currentIndex() < m_identities.size())
        showIdentity(m_identities.at(m_identityCombo->currentIndex()));
}

void ReporterIdentityPanel::showIdentity(const intake::ProtectedIdentity& identity)
{
    // Showing needs an approved, unexpired grant of this user's: without one the button would only refuse.
    m_revealButton->setEnabled(identity.grantHeld && !identity.revealed);
    m_revealButton->setToolTip(
        identity.grantHeld || identity.revealed
            ? QString()
            : tr("You hold no approved grant for this identity yet: use Request access… first."));
    QStringList lines;
    lines << tr("Name: %1").arg(identity.name);
    if (!identity.idNumber.isEmpty())
        lines << tr("ID number: %1").arg(identity.idNumber);
    if (!identity.phone.isEmpty())
        lines << tr("Phone: %1").arg(identity.phone);
    if (!identity.address.isEmpty())
        lines << tr("Address: %1").arg(identity.address);
    if (!identity.workUnit.isEmpty())
        lines << tr("Work unit: %1").arg(identity.workUnit);
    if (auto rewards = intake::IdentityService(m_session).rewardsOf(identity.uid);
        rewards.ok() && !rewards->isEmpty()) {
        const intake::ReporterReward& latest = rewards->last();
        lines << tr("Reward: %1 (%2)").arg(property::formatAmount(latest.amountCents), rewardStatusName(latest.status));
    }
    m_identityLabel->setText(lines.join(QLatin1Char('\n')));
    if (identity.revealed)
        showNote(tr("Shown under your approved grant. This view has been recorded in the audit trail."), false);
    else
        m_noteLabel->hide();
}

void ReporterIdentityPanel::showNote(const QString& text, bool problem)
{
    m_noteLabel->setText(text);
    m_noteLabel->setStyleSheet(problem
                                   ? QStringLiteral("QLabel { color: #5c0f0b; background-color: #fdecea; "
                                                    "border: 1px solid #e0a39d; border-radius: 4px; padding: 6px; }")
                                   : QStringLiteral("QLabel { color: #0d3d1f; background-color: #e6f4ea; "
                                                    "border: 1px solid #9fd4ae; border-radius: 4px; padding: 6px; }"));
    m_noteLabel->show();
}

QString ReporterIdentityPanel::currentIdentityUid() const
{
    const int row = qMax(0, m_identityCombo->currentIndex());
    return row < m_identities.size() ? m_identities.at(row).uid : QString();
}

void ReporterIdentityPanel::requestAccess()
{
    const QString uid = currentIdentityUid();
    if (uid.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Request access to an identity"),
        tr("Why do you need to see this reporter's identity? An approver decides; the request is recorded."), {}, &ok);
    if (!ok)
        return;
    auto requested = intake::IdentityService(m_session).requestGrant(uid, reason);
    if (!requested.ok()) {
        showNote(requested.message(), true);
        return;
    }
    showNote(tr("Your request has been sent to an approver. Once approved, use Show identity."), false);
}

void ReporterIdentityPanel::revealIdentity()
{
    const QString uid = currentIdentityUid();
    if (uid.isEmpty())
        return;
    auto revealed = intake::IdentityService(m_session).reveal(uid);
    if (!revealed.ok()) {
        showNote(revealed.code() == ErrorCode::PermissionDenied
                     ? tr("You cannot see this identity: you hold no approved, unexpired grant for it. Use Request "
                          "access… and wait for an approver.")
                     : revealed.message(),
                 true);
        return;
    }
    showIdentity(revealed.value());
}

QString ReporterIdentityPanel::shownText() const
{
    return m_identityLabel->text();
}

} // namespace qf::ui
