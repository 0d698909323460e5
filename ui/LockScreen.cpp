#include "LockScreen.h"

#include "BusyCursor.h"
#include "ErrorMessages.h"
#include "PasswordFields.h"
#include "access/Session.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace qf::ui {

LockScreen::LockScreen(access::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_userLabel(new QLabel), m_passwordEdit(new QLineEdit),
      m_unlockButton(new QPushButton(tr("&Unlock"))),
      m_messageLabel(ErrorMessages::createBanner(QStringLiteral("unlockMessageLabel")))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* title = new QLabel(tr("The vault is locked"));
    title->setObjectName(QStringLiteral("lockTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    m_userLabel->setObjectName(QStringLiteral("lockUserLabel"));
    m_userLabel->setAlignment(Qt::AlignCenter);
    m_userLabel->setWordWrap(true);

    m_passwordEdit->setObjectName(QStringLiteral("unlockPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_passwordEdit->setPlaceholderText(tr("Password"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setMinimumWidth(260);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    auto* quitButton = new QPushButton(tr("&Quit"));
    quitButton->setObjectName(QStringLiteral("quitButton"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_passwordEdit, 1);
    row->addWidget(m_unlockButton);

    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("lockCardFrame"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setFixedWidth(500);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(title);
    cardLayout->addWidget(m_userLabel);
    cardLayout->addLayout(row);
    cardLayout->addWidget(m_messageLabel);
    cardLayout->addWidget(quitButton, 0, Qt::AlignRight);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch();

    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(quitButton, &QPushButton::clicked, this, &LockScreen::quitRequested);
}

void LockScreen::prepare()
{
    const access::User& user = m_session.user();
    m_userLabel->setText(tr("%1 (%2) is logged in. Enter the password to continue.").arg(user.displayName, user.login));
    m_passwordEdit->clear();
    m_messageLabel->clear();
    m_messageLabel->hide();
    m_passwordEdit->setFocus();
    // Dialogs closed by the lock hand the focus back when their exec() unwinds; take it again afterwards.
    QTimer::singleShot(0, m_passwordEdit, [edit = m_passwordEdit] { edit->setFocus(); });
}

void LockScreen::tryUnlock()
{
    if (m_passwordEdit->text().isEmpty()) {
        m_passwordEdit->setFocus();
        return;
    }
    const Status result = [&] {
        BusyCursor busy;
        return m_session.unlock(PasswordFields::secretOf(m_passwordEdit));
    }();
    m_passwordEdit->clear();
    if (!result.ok()) {
        m_messageLabel->setText(ErrorMessages::describe(result.error()));
        m_messageLabel->show();
        m_passwordEdit->setFocus();
        return;
    }
    m_messageLabel->hide();
    Q_EMIT unlocked();
}

} // namespace qf::ui
