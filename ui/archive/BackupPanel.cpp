#include "BackupPanel.h"

#include "BusyCursor.h"
#include "ErrorMessages.h"
#include "PasswordFields.h"
#include "access/Session.h"
#include "archive/BackupService.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qf::ui {

namespace {
QHBoxLayout* withButton(QWidget* field, QPushButton* button)
{
    auto* row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(button);
    return row;
}
} // namespace

BackupPanel::BackupPanel(access::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_folder(new QLineEdit), m_keep(new QSpinBox), m_set(new QLineEdit),
      m_password(new QLineEdit), m_status(new QLabel)
{
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_keep->setObjectName(QStringLiteral("backupKeepSpin"));
    m_keep->setRange(0, archive::kMaxBackupKeep);
    m_keep->setSpecialValueText(tr("all"));
    m_set->setObjectName(QStringLiteral("restoreSetEdit"));
    m_password->setObjectName(QStringLiteral("restorePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_status->setObjectName(QStringLiteral("backupStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* browseFolder = new QPushButton(tr("&Browse…"));
    auto* backupNowButton = new QPushButton(tr("&Back up now"));
    backupNowButton->setObjectName(QStringLiteral("backupNowButton"));
    auto* saveKeep = new QPushButton(tr("&Save"));
    saveKeep->setObjectName(QStringLiteral("saveRotationButton"));
    auto* backupBox = new QGroupBox(tr("Backup"));
    auto* backupForm = new QFormLayout(backupBox);
    backupForm->addRow(tr("Backup &folder:"), withButton(m_folder, browseFolder));
    backupForm->addRow(backupNowButton);
    backupForm->addRow(tr("Sets &kept in the folder:"), withButton(m_keep, saveKeep));

    auto* browseSet = new QPushButton(tr("B&rowse…"));
    auto* verifyButton = new QPushButton(tr("&Verify the set"));
    verifyButton->setObjectName(QStringLiteral("verifySetButton"));
    auto* restoreButton = new QPushButton(tr("R&estore…"));
    restoreButton->setObjectName(QStringLiteral("restoreButton"));
    auto* restoreBox = new QGroupBox(tr("Restore"));
    auto* restoreForm = new QFormLayout(restoreBox);
    restoreForm->addRow(tr("Backup &set:"), withButton(m_set, browseSet));
    restoreForm->addRow(tr("Your &password in that backup:"), m_password);
    auto* restoreButtons = new QHBoxLayout;
    restoreButtons->addWidget(verifyButton);
    restoreButtons->addWidget(restoreButton);
    restoreButtons->addStretch();
    restoreForm->addRow(restoreButtons);
    auto* note = new QLabel(tr("Restoring checks the whole set first, then locks the vault and puts the backup in "
                               "its place; the current vault is kept beside it, never deleted."));
    note->setWordWrap(true);
    restoreForm->addRow(note);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(backupBox);
    layout->addWidget(restoreBox);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(browseFolder, &QPushButton::clicked, this,
            [this] { chooseFolder(m_folder, tr("Folder for backup sets")); });
    connect(browseSet, &QPushButton::clicked, this, [this] { chooseFolder(m_set, tr("Backup set")); });
    connect(backupNowButton, &QPushButton::clicked, this, [this] { (void)backupNow(m_folder->text().trimmed()); });
    connect(saveKeep, &QPushButton::clicked, this, [this] { (void)saveRotation(m_keep->value()); });
    connect(verifyButton, &QPushButton::clicked, this,
            [this] { (void)verifySet(m_set->text().trimmed(), PasswordFields::secretOf(m_password)); });
    connect(restoreButton, &QPushButton::clicked, this, &BackupPanel::askRestore);
}

QString BackupPanel::chooseFolder(QLineEdit* edit, const QString& title)
{
    const QString chosen = QFileDialog::getExistingDirectory(this, title, edit->text());
    if (!chosen.isEmpty())
        edit->setText(chosen);
    return chosen;
}

void BackupPanel::reload()
{
    m_keep->setValue(archive::BackupService::keep(m_session.database()));
}

void BackupPanel::clear()
{
    m_password->clear();
}

void BackupPanel::showOutcome(const Status& status, const QString& successText)
{
    m_status->setText(status.ok() ? successText : ErrorMessages::describe(status.error()));
}

Status BackupPanel::backupNow(const QString& folder)
{
    Status outcome;
    QString text;
    if (folder.isEmpty()) {
        outcome = makeError(ErrorCode::Usage, tr("Choose the folder for backup sets."));
    } else {
        BusyCursor busy;
        auto set = archive::BackupService::backup(m_session, folder);
        if (!set.ok()) {
            outcome = set.error();
        } else {
            text = tr("<b>Backup set written.</b><br>%1").arg(set->directory.toHtmlEscaped());
            if (!set->rotatedAway.isEmpty())
                text += u"<br>" +
                        tr("%n older sets removed by rotation.", nullptr, static_cast<int>(set->rotatedAway.size()));
        }
    }
    showOutcome(outcome, text);
    return outcome;
}

Status BackupPanel::saveRotation(int keep)
{
    Status saved = archive::BackupService::setKeep(m_session, keep);
    showOutcome(saved,
                keep == 0 ? tr("Every backup set is kept.") : tr("The newest %n backup sets are kept.", nullptr, keep));
    reload();
    return saved;
}

Status BackupPanel::verifySet(const QString& setDir, const crypto::SecretBytes& password)
{
    BusyCursor busy;
    Status verified = archive::BackupService::verify(setDir, m_session.login(), password);
    showOutcome(verified, tr("<b>The backup set is intact</b> and you are an administrator in it."));
    return verified;
}

Status BackupPanel::restoreSet(const QString& setDir, const crypto::SecretBytes& password)
{
    if (Status verified = verifySet(setDir, password); !verified.ok())
        return verified;
    const QString vaultPath = m_session.vault().path();
    Q_EMIT lockRequested();
    BusyCursor busy;
    auto restored = archive::BackupService::restore(setDir, vaultPath, m_session.login(), password);
    if (!restored.ok()) {
        showOutcome(restored.error(), {});
        return restored.error();
    }
    showOutcome({}, tr("<b>The vault was restored from %1.</b><br>The previous vault is kept as %2.")
                        .arg(setDir.toHtmlEscaped(), restored->toHtmlEscaped()));
    return {};
}

void BackupPanel::askRestore()
{
    const QString setDir = m_set->text().trimmed();
    const crypto::SecretBytes password = PasswordFields::secretOf(m_password);
    if (!verifySet(setDir, password).ok())
        return;
    if (QMessageBox::question(this, tr("Restore the vault"),
                              tr("The vault will be locked and replaced by the backup set %1. Work done since that "
                                 "backup will not be in the restored vault (the current vault is kept aside). "
                                 "Restore?")
                                  .arg(setDir)) != QMessageBox::Yes)
        return;
    (void)restoreSet(setDir, password);
    m_password->clear();
}

} // namespace qf::ui
