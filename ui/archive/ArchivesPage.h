#pragma once

#include "WorkspacePage.h"

class QPushButton;

namespace qf::access {
class Session;
}

namespace qf::ui {

class BackupPanel;
class TrustListPanel;

// 档案包 area, for auditors and the administrator: export and import wizards, verifying and inspecting an archive,
// the trust list with this workstation's own fingerprint, and (administrator) backup and restore.
class ArchivesPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ArchivesPage(access::Session& session, QWidget* parent = nullptr);

    void reload() override;
    void releaseForLock() override;

    TrustListPanel* trustList() const { return m_trust; }
    BackupPanel* backup() const { return m_backup; } // null unless the user manages keys

    void openExportWizard();
    void openImportWizard();
    void openVerifyDialog();

Q_SIGNALS:
    // Restoring a backup needs the vault closed; the main window locks it when asked.
    void lockRequested();

private:
    access::Session& m_session;
    TrustListPanel* m_trust;
    BackupPanel* m_backup = nullptr;
};

} // namespace qf::ui
