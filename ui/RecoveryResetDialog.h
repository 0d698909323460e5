#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace qf::ui {

class PasswordFields;

// Sets a new password for a user who forgot it, by opening the vault with the printed recovery key.
class RecoveryResetDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryResetDialog(const QString& vaultPath, const QString& login, QWidget* parent = nullptr);

    QString login() const;
    void accept() override;

private:
    QString m_vaultPath;
    QLineEdit* m_recoveryKeyEdit;
    QLineEdit* m_loginEdit;
    PasswordFields* m_passwords;
    QLabel* m_messageLabel;
};

} // namespace qf::ui
