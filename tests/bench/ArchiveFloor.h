#pragma once

// The least work an archive export or verification cannot avoid, each step timed alone on the same data in the same
// run: reading what travels from the vault (every row of the tables that travel, or the attachments' stored chunks;
// from the encrypted vault on a fresh connection, and from a plain copy of it), SHA-256 over the archive's bytes,
// and secretstream sealing and opening of those bytes. Their sum bounds how close to the plain copy speed any export or
// verification can come.

#include <QSqlDatabase>
#include <QString>

namespace qf::bench {

struct ArchiveFloor
{
    qint64 rows = 0;
    double readEncryptedSeconds = 0.0;
    double readPlainSeconds = 0.0;
    double hashSeconds = 0.0;
    double sealSeconds = 0.0;
    double openSeconds = 0.0;

    double exportSeconds() const { return readEncryptedSeconds + hashSeconds + sealSeconds; }
    double verifySeconds() const { return openSeconds + hashSeconds; }
};

// What an export must read from the vault at least.
enum class FloorReads
{
    TravellingRecords, // every row of every table that travels (a whole-vault export)
    AttachmentChunks,  // the stored chunks of the attachments (an export of a case with large files)
};

// `vault` is a fresh connection to the exporting vault (its page cache still empty); the plain copy is written into
// `dir` and removed afterwards. `archivePath` is the archive the export wrote.
ArchiveFloor measureArchiveFloor(const QSqlDatabase& vault, FloorReads reads, const QString& dir,
                                 const QString& archivePath);

} // namespace qf::bench
