#include "PasswordDialog.h"

#include "ErrorMessages.h"
#include "PasswordFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace qf::ui {

PasswordDialog::PasswordDialog(const QString& title, const QString& explanation, int fields, QWidget* parent)
    : QDialog(parent), m_messageLabel(ErrorMessages::createBanner(QStringLiteral("messageLabel")))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(title);
    auto* intro = new QLabel(explanation);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    if (fields & CurrentPassword) {
        m_currentEdit = new QLineEdit;
        m_currentEdit->setObjectName(QStringLiteral("currentPasswordEdit"));
        m_currentEdit->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current password:"), m_currentEdit);
    }
    if (fields & NewPassword)
        m_passwords = new PasswordFields(form, QStringLiteral("new"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

crypto::SecretBytes PasswordDialog::currentPassword() const
{
    return m_currentEdit ? PasswordFields::secretOf(m_currentEdit) : crypto::SecretBytes();
}

crypto::SecretBytes PasswordDialog::newPassword() const
{
    return m_passwords ? m_passwords->secret() : crypto::SecretBytes();
}

void PasswordDialog::showError(const QString& html)
{
    m_messageLabel->setText(html);
    m_messageLabel->show();
}

void PasswordDialog::accept()
{
    if (m_currentEdit && m_currentEdit->text().isEmpty()) {
        showError(tr("Enter your current password.").toHtmlEscaped());
        return;
    }
    if (m_passwords) {
        if (const QString problem = m_passwords->problem(); !problem.isEmpty()) {
            showError(problem.toHtmlEscaped());
            return;
        }
    }
    QDialog::accept();
}

} // namespace qf::ui
