#pragma once

#include "AddUserDialog.h"
#include "WorkspacePage.h"
#include "crypto/PasswordKdf.h"

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Administration: the accounts of this vault and its keys. Every change goes through qf::access::UserService.
class UsersPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit UsersPage(access::Session& session, QWidget* parent = nullptr);

    void reload() override;
    void releaseForLock() override;
    // Production parameters unless a test asks for cheaper ones.
    void setKdfParams(const crypto::KdfParams& kdf) { m_kdf = kdf; }
    QTableWidget* table() const { return m_table; }

    void addUser();
    void disableUser();
    void setPassword();
    void changeOwnPassword();
    void rekeyVault();
    void rotateRecoveryKey();

private:
    QString selectedLogin() const;
    void updateButtons();
    void showRecoveryKey(const QString& recoveryKey);

    access::Session& m_session;
    crypto::KdfParams m_kdf = crypto::KdfParams::production();
    QTableWidget* m_table;
    QPushButton* m_addButton;
    QPushButton* m_disableButton;
    QPushButton* m_setPasswordButton;
    QPushButton* m_changeOwnButton;
    QPushButton* m_rekeyButton;
    QPushButton* m_rotateButton;
    std::optional<AddUserDialog::Draft> m_pendingDraft;
};

} // namespace qf::ui
