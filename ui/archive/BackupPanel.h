#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace qf::access {
class Session;
}

namespace qf::ui {

// 备份与恢复 (administrators): a backup set of the whole vault now, how many sets rotation keeps, and restoring a
// set, which is verified before anything is touched; restoring locks the vault and swaps the files.
class BackupPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BackupPanel(access::Session& session, QWidget* parent = nullptr);

    void reload();
    void clear();

    // What the buttons do once the user has chosen; the outcome is also shown in the panel.
    Status backupNow(const QString& folder);
    Status saveRotation(int keep);
    Status verifySet(const QString& setDir, const crypto::SecretBytes& password);
    // Verifies, asks the window to lock the vault (lockRequested), then restores the set in its place.
    Status restoreSet(const QString& setDir, const crypto::SecretBytes& password);

    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    // Handled synchronously by the main window: the vault must be closed before its files are swapped.
    void lockRequested();

private:
    void showOutcome(const Status& status, const QString& successText);
    void askRestore();
    QString chooseFolder(QLineEdit* edit, const QString& title);

    access::Session& m_session;
    QLineEdit* m_folder;
    QSpinBox* m_keep;
    QLineEdit* m_set;
    QLineEdit* m_password;
    QLabel* m_status;
};

} // namespace qf::ui
