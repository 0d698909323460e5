#pragma once

#include "archive/Manifest.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QString>
#include <atomic>
#include <functional>

namespace qf::archive {

// What the reader may use to open an archive.
struct ArchiveKeys
{
    const crypto::SecretBytes* passphrase = nullptr;
    const crypto::SecretBytes* workstationSecret = nullptr; // Ed25519 secret key (64 bytes) of this vault
    QByteArray workstationPublic;                           // its public key
};

struct ArchiveHeaderInfo
{
    QString mode; // passphrase or recipients
    int recipients = 0;
    qint64 fileSize = 0;
};

struct SignerInfo
{
    QByteArray publicKey;
    QString fingerprint;
};

// Called by the reader as it goes. Record bytes arrive only after their hash matched the manifest; attachment bytes
// stream through attachmentData() and attachmentEnd() confirms their hash. Any error stops the reading.
class ArchiveVisitor
{
public:
    virtual ~ArchiveVisitor() = default;
    // The header parsed; no key used yet. The default accepts it.
    virtual Status header(const ArchiveHeaderInfo&) { return {}; }
    // The manifest decrypted, its signature valid and its JSON strict.
    virtual Status manifest(const Manifest& manifest, const SignerInfo& signer) = 0;
    // The bytes are lent for the call only: keep a copy, not the array.
    virtual Status record(const ManifestEntry& entry, const QByteArray& bytes) = 0;
    virtual Status attachmentBegin(const ManifestEntry&) { return {}; }
    virtual Status attachmentData(const ManifestEntry&, QByteArrayView) { return {}; }
    virtual Status attachmentEnd(const ManifestEntry&) { return {}; }
};

using ReadProgress = std::function<void(qint64 done, qint64 total)>;

// Reads and checks an archive from start to end, without ever trusting a length or count it has not bounded:
// header checksum (damaged), key (wrong passphrase or not a recipient), every frame's authentication and the final
// tag (damaged or truncated), the signature over header and manifest (verification failed), every entry's size and
// hash and the manifest's counts (verification failed), malformed or absurd content (invalid).
Status readArchive(const QString& path, const ArchiveKeys& keys, ArchiveVisitor& visitor,
                   const ReadProgress& progress = {}, const std::atomic_bool* cancel = nullptr);

} // namespace qf::archive
