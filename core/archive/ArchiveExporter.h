#pragma once

#include "access/Session.h"
#include "archive/ArchiveReader.h"
#include "archive/ArchiveWriter.h"
#include "archive/RecordCatalog.h"

#include <atomic>

namespace qf::archive {

struct ExportOptions
{
    ExportScope scope;
    QString outputPath;
    ArchiveKeying keying;
    // Protected identities travel only if asked for, and then only those the exporter holds an approved grant for.
    bool includeIdentities = false;
    ReadProgress progress; // bytes written so far, estimated total
    const std::atomic_bool* cancel = nullptr;
};

// Proof that the session may export a scope, from ArchiveExporter::authorize() on the session's own thread, so the
// export itself can run on a worker thread with a connection of its own.
class ExportPermit
{
public:
    const ExportScope& scope() const { return m_scope; }

private:
    friend class ArchiveExporter;
    explicit ExportPermit(ExportScope scope) : m_scope(std::move(scope)) {}
    ExportScope m_scope;
};

struct ExportResult
{
    QString archiveId;
    QString path;
    QString signerFingerprint;
    QMap<QString, qint64> counts;
    int identitiesIncluded = 0;
    int identitiesWithheld = 0;
    qint64 bytes = 0;
};

// Writes a signed, encrypted archive of a case (with everything attached to it), a set of cases or leads, or the
// whole vault. The file appears under its final name only when complete; every export is audited with its id.
class ArchiveExporter
{
public:
    explicit ArchiveExporter(access::Session& session) : m_session(session) {}
    Result<ExportResult> exportArchive(const ExportOptions& options);

    // Checks the role and every case or lead of the scope (refusals are audited); on the session's thread.
    Result<ExportPermit> authorize(const ExportScope& scope);
    // The export itself on `db`: the session's main connection, or a worker thread's own. The options' scope must
    // be the permit's.
    Result<ExportResult> exportArchive(const ExportOptions& options, const ExportPermit& permit,
                                       const QSqlDatabase& db);

private:
    access::Session& m_session;
};

} // namespace qf::archive
