#include "AddUserDialog.h"

#include "ErrorMessages.h"
#include "PasswordFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

AddUserDialog::AddUserDialog(QWidget* parent)
    : QDialog(parent), m_loginEdit(new QLineEdit), m_displayNameEdit(new QLineEdit),
      m_messageLabel(ErrorMessages::createBanner(QStringLiteral("messageLabel")))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_loginEdit->setPlaceholderText(tr("2 to 32 letters, digits, '.', '_' or '-'"));
    m_displayNameEdit->setObjectName(QStringLiteral("displayNameEdit"));
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_loginEdit);
    form->addRow(tr("&Display name:"), m_displayNameEdit);
    m_passwords = new PasswordFields(form, QStringLiteral("initial"), this);

    auto* rolesBox = new QGroupBox(tr("Roles"));
    auto* rolesGrid = new QGridLayout(rolesBox);
    const QList<access::Role> roles = access::allRoles();
    for (int i = 0; i < roles.size(); ++i) {
        auto* check = new QCheckBox(access::roleDisplayName(roles.at(i)));
        check->setObjectName(access::roleKey(roles.at(i)) + QStringLiteral("CheckBox"));
        m_roleChecks.insert(roles.at(i), check);
        rolesGrid->addWidget(check, i / 2, i % 2);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add user"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rolesBox);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

AddUserDialog::Draft AddUserDialog::draft() const
{
    Draft result{m_loginEdit->text().trimmed(), m_displayNameEdit->text().trimmed(), {}};
    for (access::Role role : access::allRoles())
        if (m_roleChecks.value(role)->isChecked())
            result.roles << role;
    return result;
}

void AddUserDialog::setDraft(const Draft& draft)
{
    m_loginEdit->setText(draft.login);
    m_displayNameEdit->setText(draft.displayName);
    for (auto it = m_roleChecks.cbegin(); it != m_roleChecks.cend(); ++it)
        it.value()->setChecked(draft.roles.contains(it.key()));
}

crypto::SecretBytes AddUserDialog::password() const
{
    return m_passwords->secret();
}

void AddUserDialog::showError(const QString& html)
{
    m_messageLabel->setText(html);
    m_messageLabel->show();
}

void AddUserDialog::accept()
{
    QString problem;
    const Draft typed = draft();
    if (typed.login.isEmpty())
        problem = tr("Enter a user name.");
    else if (typed.roles.isEmpty())
        problem = tr("Choose at least one role.");
    else
        problem = m_passwords->problem();
    if (!problem.isEmpty()) {
        showError(problem.toHtmlEscaped());
        return;
    }
    QDialog::accept();
}

} // namespace qf::ui
