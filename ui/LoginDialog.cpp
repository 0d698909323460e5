#include "LoginDialog.h"

#include "BusyCursor.h"
#include "ErrorMessages.h"
#include "NewVaultWizard.h"
#include "PasswordFields.h"
#include "RecoveryResetDialog.h"
#include "UiSettings.h"
#include "access/LoginService.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent), m_vaultPathEdit(new QLineEdit), m_loginEdit(new QLineEdit), m_passwordEdit(new QLineEdit),
      m_messageLabel(ErrorMessages::createBanner(QStringLiteral("messageLabel"))),
      m_loginButton(new QPushButton(tr("&Log in")))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Qingfeng — Log in"));

    auto* title = new QLabel(tr("Qingfeng case workbench"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Open an encrypted vault with your user name and password."));
    subtitle->setWordWrap(true);

    m_vaultPathEdit->setObjectName(QStringLiteral("vaultPathEdit"));
    m_vaultPathEdit->setText(UiSettings::lastVaultPath());
    // Other vaults opened on this workstation are offered while typing (and with the Down key).
    auto* recent = new QCompleter(UiSettings::recentVaults(), m_vaultPathEdit);
    recent->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_vaultPathEdit->setCompleter(recent);
    m_vaultPathEdit->setMinimumWidth(360);
    auto* browseButton = new QPushButton(tr("&Browse…"));
    browseButton->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_vaultPathEdit, 1);
    pathRow->addWidget(browseButton);

    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_loginEdit->setText(UiSettings::lastLogin());
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Vault:"), pathRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(pathRow)))
        label->setBuddy(m_vaultPathEdit);
    form->addRow(tr("&User name:"), m_loginEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    auto* buttons = new QDialogButtonBox;
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    buttons->addButton(m_loginButton, QDialogButtonBox::AcceptRole);
    auto* quitButton = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quitButton->setObjectName(QStringLiteral("quitButton"));
    auto* newVaultButton = new QPushButton(tr("&New vault…"));
    newVaultButton->setObjectName(QStringLiteral("newVaultButton"));
    auto* forgotButton = new QPushButton(tr("&Forgot password (recovery key)…"));
    forgotButton->setObjectName(QStringLiteral("forgotPasswordButton"));
    // Enter always means "log in"; the other buttons need a click or their mnemonic.
    for (QPushButton* button : {newVaultButton, forgotButton, quitButton, browseButton})
        button->setAutoDefault(false);
    auto* secondaryRow = new QHBoxLayout;
    secondaryRow->addWidget(newVaultButton);
    secondaryRow->addWidget(forgotButton);
    secondaryRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addSpacing(8);
    layout->addLayout(secondaryRow);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &LoginDialog::browse);
    connect(newVaultButton, &QPushButton::clicked, this, &LoginDialog::createVault);
    connect(forgotButton, &QPushButton::clicked, this, &LoginDialog::resetWithRecoveryKey);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    for (QLineEdit* edit : {m_vaultPathEdit, m_loginEdit, m_passwordEdit})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    updateButtons();

    if (m_vaultPathEdit->text().isEmpty())
        m_vaultPathEdit->setFocus();
    else if (m_loginEdit->text().isEmpty())
        m_loginEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setVaultPath(const QString& path)
{
    m_vaultPathEdit->setText(path);
    (m_loginEdit->text().isEmpty() ? m_loginEdit : m_passwordEdit)->setFocus();
}

QString LoginDialog::vaultPath() const
{
    const QString text = m_vaultPathEdit->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(text).absoluteFilePath();
}

void LoginDialog::updateButtons()
{
    m_loginButton->setEnabled(!m_vaultPathEdit->text().trimmed().isEmpty() &&
                              !m_loginEdit->text().trimmed().isEmpty() && !m_passwordEdit->text().isEmpty());
}

void LoginDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open vault"), m_vaultPathEdit->text(),
                                                        tr("Qingfeng vaults (*.qfv);;All files (*)"));
    if (!chosen.isEmpty())
        setVaultPath(chosen);
}

void LoginDialog::showError(const Error& error)
{
    m_messageLabel->setText(ErrorMessages::describe(error));
    m_messageLabel->show();
}

void LoginDialog::remember()
{
    UiSettings::setLastVaultPath(vaultPath());
    UiSettings::setLastLogin(m_loginEdit->text().trimmed());
}

void LoginDialog::accept()
{
    if (!m_loginButton->isEnabled())
        return;
    Result<std::unique_ptr<access::Session>> opened = [&] {
        BusyCursor busy;
        return access::openSession(vaultPath(), m_loginEdit->text().trimmed(),
                                   PasswordFields::secretOf(m_passwordEdit));
    }();
    m_passwordEdit->clear();
    if (!opened.ok()) {
        showError(opened.error());
        m_passwordEdit->setFocus();
        return;
    }
    m_messageLabel->hide();
    remember();
    m_session = std::move(opened.value());
    QDialog::accept();
}

void LoginDialog::createVault()
{
    NewVaultWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    m_session = wizard.takeSession();
    if (!m_session)
        return;
    m_vaultPathEdit->setText(m_session->vault().path());
    m_loginEdit->setText(m_session->login());
    remember();
    QDialog::accept();
}

void LoginDialog::resetWithRecoveryKey()
{
    RecoveryResetDialog dialog(vaultPath(), m_loginEdit->text().trimmed(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_loginEdit->setText(dialog.login());
    m_messageLabel->hide();
    m_passwordEdit->setFocus();
}

} // namespace qf::ui
