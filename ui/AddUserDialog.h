#pragma once

#include "access/Role.h"
#include "crypto/SecretBytes.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace qf::ui {

class PasswordFields;

// Asks for a new account: user name, display name, roles and an initial password typed twice.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    // What was typed, minus the password; kept when a lock closes the dialog so it can be offered again.
    struct Draft
    {
        QString login;
        QString displayName;
        QList<access::Role> roles;
    };

    explicit AddUserDialog(QWidget* parent = nullptr);

    Draft draft() const;
    void setDraft(const Draft& draft);
    crypto::SecretBytes password() const;
    void showError(const QString& html);
    void accept() override;

private:
    QLineEdit* m_loginEdit;
    QLineEdit* m_displayNameEdit;
    QMap<access::Role, QCheckBox*> m_roleChecks;
    PasswordFields* m_passwords;
    QLabel* m_messageLabel;
};

} // namespace qf::ui
