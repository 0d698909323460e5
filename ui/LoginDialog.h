#pragma once

#include "access/Session.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace qf::ui {

// The start screen: pick a vault, log in, or create a new vault. On success it holds the new session.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setVaultPath(const QString& path);
    QString vaultPath() const;
    std::unique_ptr<access::Session> takeSession() { return std::move(m_session); }

    void accept() override;

private:
    void browse();
    void createVault();
    void resetWithRecoveryKey();
    void showError(const Error& error);
    void updateButtons();
    void remember();

    std::unique_ptr<access::Session> m_session;
    QLineEdit* m_vaultPathEdit;
    QLineEdit* m_loginEdit;
    QLineEdit* m_passwordEdit;
    QLabel* m_messageLabel;
    QPushButton* m_loginButton;
};

} // namespace qf::ui
