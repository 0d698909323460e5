#pragma once

#include "crypto/SecretBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace qf::ui {

class PasswordFields;

// Asks for the current password, a new one typed twice, or both, depending on what the action needs.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum Field
    {
        CurrentPassword = 0x1,
        NewPassword = 0x2,
    };

    PasswordDialog(const QString& title, const QString& explanation, int fields, QWidget* parent = nullptr);

    crypto::SecretBytes currentPassword() const;
    crypto::SecretBytes newPassword() const;
    void showError(const QString& html);
    void accept() override;

private:
    QLineEdit* m_currentEdit = nullptr;
    PasswordFields* m_passwords = nullptr;
    QLabel* m_messageLabel;
};

} // namespace qf::ui
