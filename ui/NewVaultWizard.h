#pragma once

#include "access/Session.h"
#include "crypto/PasswordKdf.h"

#include <QWizard>
#include <memory>

class QLabel;
class QLineEdit;

namespace qf::ui {

class PasswordFields;
class RecoveryKeyPage;

// Creates a vault: where it lives, the organ that owns it, its first administrator; then shows the recovery key once.
class NewVaultWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        VaultPageId,
        AdminPageId,
        RecoveryPageId,
    };

    explicit NewVaultWizard(QWidget* parent = nullptr);
    ~NewVaultWizard() override;

    void setVaultPath(const QString& path);
    // Production parameters unless a test asks for cheaper ones.
    void setKdfParams(const crypto::KdfParams& kdf) { m_kdf = kdf; }
    // The administrator's session on the new vault, once the wizard has created it.
    std::unique_ptr<access::Session> takeSession() { return std::move(m_session); }
    QString vaultPath() const;

    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage* createVaultPage();
    QWizardPage* createAdminPage();
    void browse();
    bool validateVaultPage();
    bool createVault();
    void showProblem(QLabel* label, const QString& text);

    crypto::KdfParams m_kdf = crypto::KdfParams::production();
    std::unique_ptr<access::Session> m_session;
    QLineEdit* m_pathEdit = nullptr;
    QLineEdit* m_organEdit = nullptr;
    QLabel* m_vaultProblemLabel = nullptr;
    QLineEdit* m_loginEdit = nullptr;
    QLineEdit* m_displayNameEdit = nullptr;
    PasswordFields* m_passwords = nullptr;
    QLabel* m_adminProblemLabel = nullptr;
    RecoveryKeyPage* m_recoveryPage = nullptr;
};

} // namespace qf::ui
