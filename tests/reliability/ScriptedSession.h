#pragma once

#include "Workload.h"

namespace qf::reliability {

// What one run of the scripted session did before it stopped.
struct SessionRun
{
    QList<Committed> committed; // records whose call returned success
    QString failedStep;         // empty when every step succeeded
    Error error;                // why it stopped
    bool vaultCreated = false;  // the office (vault, migrations, staff) was set up
    QString archivePath;        // the final name the export was asked for
    QString backupDir;          // where backup sets go
    bool exported = false;
    bool backedUp = false;
};

// The whole session the fault harnesses replay: create and migrate a vault with its staff, log in, register a report,
// open a case, record evidence, attach a two-chunk file, export the case as an archive, back the vault up. It stops
// at the first step that fails. The vault goes in `vaultDir`; the archive and backup sets in `outputDir`.
SessionRun runScriptedSession(const QString& vaultDir, const QString& outputDir);
QString sessionVaultPath(const QString& vaultDir);

// The session's last two steps on their own: a passphrase archive of one case exported by the auditor, and a backup
// set written by the administrator.
Status exportCase(const QString& vaultPath, const QString& caseUid, const QString& archivePath);
Status backupVault(access::Session& admin, const QString& backupDir);

} // namespace qf::reliability
