#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace qf::ui {

// Restores a vault from a backup set (archive::BackupService::restore): the set is checked first, a vault already at
// the destination is moved aside, never deleted. An administrator of the backup must confirm with a password.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(QWidget* parent = nullptr);

    // Where the restored vault now is, after the dialog was accepted.
    QString restoredVaultPath() const { return m_restoredPath; }
    // The restore itself, also used by tests without the dialog.
    static Result<QString> restore(const QString& setDir, const QString& vaultPath, const QString& login,
                                   const crypto::SecretBytes& password);

    void accept() override;

private:
    void browseSet();
    void browseVault();

    QLineEdit* m_setEdit;
    QLineEdit* m_vaultEdit;
    QLineEdit* m_loginEdit;
    QLineEdit* m_passwordEdit;
    QLabel* m_messageLabel;
    QString m_restoredPath;
};

} // namespace qf::ui
