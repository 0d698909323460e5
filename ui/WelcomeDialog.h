#pragma once

#include "access/Session.h"
#include "crypto/PasswordKdf.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;

namespace qf::ui {

// The first screen when no vault is known: create a new vault, open an existing one, restore one from a backup, or
// try the demo vault; vaults opened before are listed. It ends with a session (new or demo vault) or with a vault
// path for the login dialog.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget* parent = nullptr);
    ~WelcomeDialog() override;

    // True when there is no vault to offer in the login dialog: nothing recent exists any more.
    static bool isNeeded();
    // Where "Try the demo" keeps its vault: in the user's data folder, never next to real vaults.
    static QString demoVaultPath();

    // Production parameters unless a test asks for cheaper ones.
    void setKdfParams(const crypto::KdfParams& kdf) { m_kdf = kdf; }
    std::unique_ptr<access::Session> takeSession() { return std::move(m_session); }
    // The vault the user chose to open (or restored); log in to it next.
    QString chosenVaultPath() const { return m_chosenPath; }
    QListWidget* recentList() const { return m_recentList; }

    // The actions behind the buttons, callable without their file dialogs.
    void openVault(const QString& path);
    bool startDemo(const QString& login);
    void createVault();
    void restoreBackup();

private:
    void browseAndOpen();
    void fillRecent();
    void showError(const QString& text);

    crypto::KdfParams m_kdf = crypto::KdfParams::production();
    std::unique_ptr<access::Session> m_session;
    QString m_chosenPath;
    QListWidget* m_recentList;
    QComboBox* m_demoUserCombo;
    QLabel* m_messageLabel;
};

} // namespace qf::ui
