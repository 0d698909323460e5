#pragma once

#include "access/Session.h"
#include "archive/ArchiveReader.h"
#include "archive/TrustList.h"

#include <atomic>

namespace qf::archive {

struct VerifyReport;

struct ImportOptions
{
    QString path;
    const crypto::SecretBytes* passphrase = nullptr; // for passphrase archives; recipient archives use the vault key
    // Accept an archive whose signer is not trusted. Administrators only; the reason is audited.
    QString overrideUntrustedReason;
    ReadProgress progress;
    const std::atomic_bool* cancel = nullptr;
};

// Proof that the session may import, from ArchiveImporter::authorize() on the session's own thread, so the import
// can run on a worker thread with a connection of its own.
class ImportPermit
{
public:
    bool administrator() const { return m_admin; }

private:
    friend class ArchiveImporter;
    explicit ImportPermit(bool admin) : m_admin(admin) {}
    bool m_admin = false;
};

struct ImportConflict
{
    QString type;
    QString uid;
    QString reason;
};

struct ImportResult
{
    QString archiveId;
    QString signerFingerprint;
    SignerTrust trust = SignerTrust::Untrusted;
    int added = 0;
    int unchanged = 0;
    QMap<QString, int> addedByType;
    QList<ImportConflict> conflicts;
};

// Imports an archive as one transaction, checking all of it in the same pass. Idempotent by record uid; a local record
// that differs is never overwritten and is listed as a conflict instead. Only our own JSON is parsed, never a database.
class ArchiveImporter
{
public:
    explicit ArchiveImporter(access::Session& session) : m_session(session) {}
    Result<ImportResult> importArchive(const ImportOptions& options);

    // Checks the role (a refusal is audited); on the session's thread.
    Result<ImportPermit> authorize();
    // The import itself on `db`: the session's main connection, or a worker thread's own.
    Result<ImportResult> importArchive(const ImportOptions& options, const ImportPermit& permit,
                                       const QSqlDatabase& db);

private:
    // The single checked pass in one transaction; `report` holds what the checks found, also on failure.
    Result<ImportResult> importChecked(const ImportOptions& options, bool admin, const QSqlDatabase& db,
                                       const ArchiveKeys& keys, VerifyReport& report);

    access::Session& m_session;
};

} // namespace qf::archive
