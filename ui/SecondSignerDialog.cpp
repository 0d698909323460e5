#include "SecondSignerDialog.h"

#include "ErrorMessages.h"
#include "PasswordFields.h"
#include "access/Session.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace qf::ui {

SecondSignerDialog::SecondSignerDialog(access::Session& session, const QString& title, const QString& explanation,
                                       QWidget* parent)
    : QDialog(parent), m_session(session), m_form(new QFormLayout), m_loginEdit(new QLineEdit),
      m_passwordEdit(new QLineEdit), m_errorLabel(ErrorMessages::createBanner(QStringLiteral("signerErrorLabel"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("secondSignerDialog"));
    setWindowTitle(title);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_loginEdit->setObjectName(QStringLiteral("signerLoginEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("signerPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_buttons->setObjectName(QStringLiteral("signerButtonBox"));

    auto* intro = new QLabel(explanation);
    intro->setObjectName(QStringLiteral("signerExplanationLabel"));
    intro->setWordWrap(true);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* who = new QLabel(tr("Signed by you (%1) and by a second person present at this workstation, who "
                              "confirms with their own password:")
                               .arg(session.login()));
    who->setObjectName(QStringLiteral("signerNoteLabel"));
    who->setWordWrap(true);
    m_form->addRow(line);
    m_form->addRow(who);
    auto* loginLabel = new QLabel(tr("Second person's &user name:"));
    loginLabel->setBuddy(m_loginEdit);
    auto* passwordLabel = new QLabel(tr("Second person's pass&word:"));
    passwordLabel->setBuddy(m_passwordEdit);
    m_form->addRow(loginLabel, m_loginEdit);
    m_form->addRow(passwordLabel, m_passwordEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecondSignerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

void SecondSignerDialog::insertRow(const QString& label, QWidget* field)
{
    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(field);
    m_form->insertRow(m_fieldRows++, labelWidget, field);
}

void SecondSignerDialog::setSuggestedLogins(const QStringList& logins)
{
    QStringList others;
    for (const QString& login : logins)
        if (login.compare(m_session.login(), Qt::CaseInsensitive) != 0 && !others.contains(login))
            others.append(login);
    auto* completer = new QCompleter(others, m_loginEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_loginEdit->setCompleter(completer);
    m_loginEdit->setPlaceholderText(others.isEmpty() ? QString() : tr("e.g. %1").arg(others.join(tr(", "))));
}

void SecondSignerDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void SecondSignerDialog::accept()
{
    if (m_check) {
        if (const QString problem = m_check(); !problem.isEmpty()) {
            showError(problem);
            return;
        }
    }
    const QString login = m_loginEdit->text().trimmed();
    if (login.isEmpty() || m_passwordEdit->text().isEmpty()) {
        showError(tr("The second person types their user name and password."));
        (login.isEmpty() ? m_loginEdit : m_passwordEdit)->setFocus();
        return;
    }
    if (login.compare(m_session.login(), Qt::CaseInsensitive) == 0) {
        showError(tr("The second person must be someone other than you."));
        m_loginEdit->selectAll();
        m_loginEdit->setFocus();
        return;
    }
    access::SecondSigner signer{login, PasswordFields::secretOf(m_passwordEdit)};
    m_passwordEdit->clear();
    if (m_action) {
        const Status done = m_action(signer);
        if (!done.ok()) {
            showError(ErrorMessages::describe(done.error()));
            m_passwordEdit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace qf::ui
