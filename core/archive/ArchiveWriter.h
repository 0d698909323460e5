#pragma once

#include "common/Result.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecretBytes.h"

#include <QByteArrayList>
#include <QIODevice>
#include <functional>
#include <memory>

namespace qf::archive {

// Who can open an archive: everyone who knows a passphrase, or the holders of the listed workstation keys.
struct ArchiveKeying
{
    const crypto::SecretBytes* passphrase = nullptr; // passphrase mode when set
    crypto::KdfParams kdf = crypto::KdfParams::production();
    QByteArrayList recipients; // Ed25519 workstation public keys; each gets the content key in a sealed box
};

// Writes the archive format (docs/archive-format.md) to a device: header, encrypted message stream, signed trailer.
// The caller writes the manifest first, then each entry in manifest order, then calls finish().
class ArchiveWriter
{
public:
    static Result<std::unique_ptr<ArchiveWriter>> start(QIODevice& out, const ArchiveKeying& keying);
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter&) = delete;
    ArchiveWriter& operator=(const ArchiveWriter&) = delete;

    Status writeManifest(const QByteArray& manifestJson);
    Status beginEntry(quint32 index);
    // At most format::kDataChunkBytes per call.
    Status writeData(QByteArrayView data);
    // Whole records for the entries firstIndex, firstIndex + 1, ... in one message; the run's size (the first index
    // and recordRunBytes() of each record) is at most format::kRecordRunBytes.
    Status writeRecordRun(quint32 firstIndex, const QList<QByteArrayView>& records);
    // The records of the entries firstIndex, firstIndex + 1, ...: in runs, and a record too large for a run as an
    // entry of its own. `written` hears each record's size once it is handed over; an error from it stops the writing.
    Status writeRecords(quint32 firstIndex, const QList<QByteArray>& records,
                        const std::function<Status(qsizetype)>& written);
    // Any message with any body, unchecked: for the tests and fuzzers that craft hostile archives.
    Status writeMessage(char type, QByteArrayView body) { return push(type, body, false); }
    // What one record adds to a run: its length and its bytes.
    static qsizetype recordRunBytes(QByteArrayView record);
    // Ends the stream and appends the Ed25519 signature (64-byte libsodium secret key) over header and manifest.
    Status finish(const crypto::SecretBytes& signingKey, const QByteArray& publicKey);

private:
    ArchiveWriter(QIODevice& out) : m_out(out) {}
    Status push(char type, QByteArrayView body, bool final);
    // Encrypts the first plainBytes of m_plain as one message and writes its frame.
    Status seal(qsizetype plainBytes, bool final);
    Status writeRaw(QByteArrayView bytes);

    QIODevice& m_out;
    crypto::SecretBytes m_state;
    QByteArray m_headerSum;
    QByteArray m_manifestBytes;
    QByteArray m_plain; // the message being sealed; zeroed after each one
    QByteArray m_frame; // its frame: length, then ciphertext
    bool m_finished = false;
};

} // namespace qf::archive
