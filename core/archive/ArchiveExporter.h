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

private:
    access::Session& m_session;
};

} // namespace qf::archive
