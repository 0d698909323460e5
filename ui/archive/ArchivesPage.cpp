#include "ArchivesPage.h"

#include "BackupPanel.h"
#include "ExportWizard.h"
#include "ImportWizard.h"
#include "TrustListPanel.h"
#include "VerifyArchiveDialog.h"
#include "access/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qf::ui {

ArchivesPage::ArchivesPage(access::Session& session, QWidget* parent)
    : WorkspacePage(parent), m_session(session), m_trust(new TrustListPanel(session))
{
    setObjectName(QStringLiteral("archivesPage"));
    auto* title = new QLabel(tr("Archives"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Signed, encrypted archives carry cases and leads to another workstation or an "
                                "auditor. An archive is verified completely before anything from it is imported."));
    intro->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    if (m_session.can(access::Permission::ExportArchive)) {
        auto* exportButton = new QPushButton(tr("&Export an archive…"));
        exportButton->setObjectName(QStringLiteral("exportArchiveButton"));
        connect(exportButton, &QPushButton::clicked, this, &ArchivesPage::openExportWizard);
        buttons->addWidget(exportButton);
    }
    auto* importButton = new QPushButton(tr("&Import an archive…"));
    importButton->setObjectName(QStringLiteral("importArchiveButton"));
    connect(importButton, &QPushButton::clicked, this, &ArchivesPage::openImportWizard);
    auto* verifyButton = new QPushButton(tr("&Verify or inspect an archive…"));
    verifyButton->setObjectName(QStringLiteral("verifyArchiveButton"));
    connect(verifyButton, &QPushButton::clicked, this, &ArchivesPage::openVerifyDialog);
    buttons->addWidget(importButton);
    buttons->addWidget(verifyButton);
    buttons->addStretch();

    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("archivesTabs"));
    tabs->addTab(m_trust, tr("&Trust list"));
    if (m_session.can(access::Permission::ManageKeys)) {
        m_backup = new BackupPanel(session);
        tabs->addTab(m_backup, tr("&Backup and restore"));
        connect(m_backup, &BackupPanel::lockRequested, this, &ArchivesPage::lockRequested);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(tabs, 1);
}

void ArchivesPage::reload()
{
    m_trust->reload();
    if (m_backup)
        m_backup->reload();
}

void ArchivesPage::releaseForLock()
{
    // Open wizards are dialogs: the main window rejects them, which stops their worker threads.
    m_trust->clear();
    if (m_backup)
        m_backup->clear();
}

void ArchivesPage::openExportWizard()
{
    auto* wizard = new ExportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void ArchivesPage::openImportWizard()
{
    auto* wizard = new ImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importFinished, this, &ArchivesPage::reload);
    wizard->open();
}

void ArchivesPage::openVerifyDialog()
{
    auto* dialog = new VerifyArchiveDialog(m_session.vault(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace qf::ui
