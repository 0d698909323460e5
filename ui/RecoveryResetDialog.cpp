#include "RecoveryResetDialog.h"

#include "BusyCursor.h"
#include "ErrorMessages.h"
#include "PasswordFields.h"
#include "access/LoginService.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

RecoveryResetDialog::RecoveryResetDialog(const QString& vaultPath, const QString& login, QWidget* parent)
    : QDialog(parent), m_vaultPath(vaultPath), m_recoveryKeyEdit(new QLineEdit), m_loginEdit(new QLineEdit(login)),
      m_messageLabel(ErrorMessages::createBanner(QStringLiteral("messageLabel")))
{
    setWindowTitle(tr("Reset a password with the recovery key"));
    auto* intro = new QLabel(tr("Vault: %1\nEnter the recovery key printed when the vault was created, the user "
                                "whose password was forgotten, and a new password.")
                                 .arg(vaultPath));
    intro->setWordWrap(true);
    m_recoveryKeyEdit->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_recoveryKeyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_recoveryKeyEdit->setPlaceholderText(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"));
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    auto* form = new QFormLayout;
    form->addRow(tr("Recovery &key:"), m_recoveryKeyEdit);
    form->addRow(tr("&User name:"), m_loginEdit);
    m_passwords = new PasswordFields(form, QStringLiteral("new"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryResetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryResetDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString RecoveryResetDialog::login() const
{
    return m_loginEdit->text().trimmed();
}

void RecoveryResetDialog::accept()
{
    if (m_vaultPath.isEmpty()) {
        m_messageLabel->setText(tr("Choose the vault in the login window first."));
        m_messageLabel->show();
        return;
    }
    if (const QString problem = m_passwords->problem(); !problem.isEmpty()) {
        m_messageLabel->setText(problem.toHtmlEscaped());
        m_messageLabel->show();
        return;
    }
    const Status reset = [&] {
        BusyCursor busy;
        return access::resetPasswordWithRecoveryKey(m_vaultPath, m_recoveryKeyEdit->text(), login(),
                                                    m_passwords->secret());
    }();
    if (!reset.ok()) {
        m_messageLabel->setText(ErrorMessages::describe(reset.error()));
        m_messageLabel->show();
        return;
    }
    m_passwords->clear();
    m_recoveryKeyEdit->clear();
    QMessageBox::information(this, windowTitle(),
                             tr("The password of %1 has been set. Log in with the new password.").arg(login()));
    QDialog::accept();
}

} // namespace qf::ui
