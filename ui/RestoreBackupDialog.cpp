#include "RestoreBackupDialog.h"

#include "BusyCursor.h"
#include "ErrorMessages.h"
#include "PasswordFields.h"
#include "archive/BackupService.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QHBoxLayout* withBrowse(QLineEdit* edit, QPushButton* button)
{
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(button);
    button->setAutoDefault(false);
    return row;
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(QWidget* parent)
    : QDialog(parent), m_setEdit(new QLineEdit), m_vaultEdit(new QLineEdit), m_loginEdit(new QLineEdit),
      m_passwordEdit(new QLineEdit), m_messageLabel(ErrorMessages::createBanner(QStringLiteral("restoreMessageLabel")))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore a vault from a backup"));
    auto* intro = new QLabel(tr("Choose a backup set folder (qingfeng-backup-…) and where the vault should be. The "
                                "set is checked completely before anything changes; a vault already there is moved "
                                "aside and kept. An administrator of the backup confirms with their password."));
    intro->setWordWrap(true);
    m_setEdit->setObjectName(QStringLiteral("backupSetEdit"));
    m_vaultEdit->setObjectName(QStringLiteral("restoreVaultEdit"));
    m_loginEdit->setObjectName(QStringLiteral("restoreLoginEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("restorePasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    auto* setButton = new QPushButton(tr("Browse…"));
    auto* vaultButton = new QPushButton(tr("Browse…"));

    auto* form = new QFormLayout;
    form->addRow(tr("Backup &set:"), withBrowse(m_setEdit, setButton));
    form->addRow(tr("Restore &to:"), withBrowse(m_vaultEdit, vaultButton));
    form->addRow(tr("&Administrator:"), m_loginEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    connect(setButton, &QPushButton::clicked, this, &RestoreBackupDialog::browseSet);
    connect(vaultButton, &QPushButton::clicked, this, &RestoreBackupDialog::browseVault);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreBackupDialog::reject);
    setMinimumWidth(560);
}

void RestoreBackupDialog::browseSet()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup set"), m_setEdit->text());
    if (!chosen.isEmpty())
        m_setEdit->setText(chosen);
}

void RestoreBackupDialog::browseVault()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Restore to"), m_vaultEdit->text(), tr("Qingfeng vaults (*.qfv)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_vaultEdit->setText(chosen);
}

Result<QString> RestoreBackupDialog::restore(const QString& setDir, const QString& vaultPath, const QString& login,
                                             const crypto::SecretBytes& password)
{
    if (setDir.trimmed().isEmpty() || vaultPath.trimmed().isEmpty() || login.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, tr("Choose the backup set and the vault file, and enter the "
                                              "administrator's user name."));
    BusyCursor busy;
    return archive::BackupService::restore(setDir.trimmed(), QFileInfo(vaultPath.trimmed()).absoluteFilePath(),
                                           login.trimmed(), password);
}

void RestoreBackupDialog::accept()
{
    auto restored =
        restore(m_setEdit->text(), m_vaultEdit->text(), m_loginEdit->text(), PasswordFields::secretOf(m_passwordEdit));
    m_passwordEdit->clear();
    if (!restored.ok()) {
        m_messageLabel->setText(ErrorMessages::describe(restored.error()));
        m_messageLabel->show();
        return;
    }
    m_restoredPath = QFileInfo(m_vaultEdit->text().trimmed()).absoluteFilePath();
    QDialog::accept();
}

} // namespace qf::ui
