#pragma once

#include "access/SecondSigner.h"
#include "common/Result.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace qf::access {
class Session;
}

namespace qf::ui {

// A two-person step at this workstation: the fields of the step, then the second person types their user name
// and password. OK runs the step; when it is refused (a wrong password, the same person twice, a guard), the
// dialog stays open with the reason and the password is cleared.
class SecondSignerDialog : public QDialog
{
    Q_OBJECT

public:
    SecondSignerDialog(access::Session& session, const QString& title, const QString& explanation,
                       QWidget* parent = nullptr);

    // Adds a field of the step above the second person's rows.
    void insertRow(const QString& label, QWidget* field);
    void setSuggestedLogins(const QStringList& logins);
    // Returns what is wrong with the step's fields, or an empty string.
    void setCheck(std::function<QString()> check) { m_check = std::move(check); }
    // Runs the step with the second person's credentials.
    void setAction(std::function<Status(const access::SecondSigner&)> action) { m_action = std::move(action); }
    QLineEdit* loginEdit() const { return m_loginEdit; }
    QLineEdit* passwordEdit() const { return m_passwordEdit; }
    void showError(const QString& message);

    void accept() override;

protected:
    access::Session& session() const { return m_session; }

private:
    access::Session& m_session;
    QFormLayout* m_form;
    int m_fieldRows = 0;
    QLineEdit* m_loginEdit;
    QLineEdit* m_passwordEdit;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    std::function<QString()> m_check;
    std::function<Status(const access::SecondSigner&)> m_action;
};

} // namespace qf::ui
