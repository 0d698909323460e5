#include "FuzzSupport.h"

#include "archive/ArchiveFormat.h"
#include "archive/ArchiveWriter.h"
#include "archive/Manifest.h"
#include "archive/RecordCatalog.h"
#include "crypto/Mac.h"
#include "crypto/Sodium.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <cstdio>
#include <cstdlib>
#include <sodium.h>

namespace qf::fuzz {

namespace {

FuzzKeys makeKeys(unsigned char fill)
{
    crypto::ensureSodium();
    unsigned char seed[crypto_sign_SEEDBYTES];
    std::fill(std::begin(seed), std::end(seed), fill);
    FuzzKeys keys;
    keys.secret = crypto::SecretBytes(crypto_sign_SECRETKEYBYTES);
    keys.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(keys.publicKey.data()), keys.secret.data(), seed);
    return keys;
}

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "cannot write the seeds: %s\n", what);
    std::exit(1);
}

// One archive addressed to the fuzz key, signed by another key, holding the records and attachments given.
QByteArray archiveOf(const QList<archive::RecordDoc>& docs, const QList<QByteArray>& attachments,
                     const crypto::SecretBytes* passphrase = nullptr, QByteArray* manifestJson = nullptr)
{
    static const FuzzKeys signer = makeKeys(0x5a);
    archive::Manifest manifest;
    manifest.archiveId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    manifest.createdAt = QStringLiteral("2026-01-01T00:00:00.000Z");
    manifest.creator = QStringLiteral("auditor");
    manifest.sourceVaultUid = QStringLiteral("vault-seed");
    manifest.sourceOrgan = QStringLiteral("测试市纪委");
    manifest.sourceFingerprint = archive::fingerprintOf(signer.publicKey);
    manifest.scopeKind = QStringLiteral("case");
    manifest.scopeUids = {QStringLiteral("case-1")};
    manifest.auditLastHash = QStringLiteral("00");
    manifest.auditLastAt = manifest.createdAt;
    QList<QByteArray> bodies;
    for (const archive::RecordDoc& doc : docs) {
        const QByteArray bytes = doc.canonical();
        manifest.entries << archive::ManifestEntry{archive::EntryKind::Record, doc.type, doc.uid, bytes.size(),
                                                   crypto::sha256(bytes)};
        manifest.counts[doc.type] += 1;
        bodies << bytes;
    }
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        manifest.entries << archive::ManifestEntry{archive::EntryKind::Attachment, QStringLiteral("attachment"),
                                                   QStringLiteral("att-%1").arg(i), attachments.at(i).size(),
                                                   crypto::sha256(attachments.at(i))};
        manifest.counts[archive::kAttachmentContent] += 1;
        bodies << attachments.at(i);
    }
    if (manifestJson)
        *manifestJson = manifest.toJson();
    QByteArray out;
    QBuffer device(&out);
    device.open(QIODevice::WriteOnly);
    archive::ArchiveKeying keying;
    keying.kdf = crypto::KdfParams::fastForTesting();
    if (passphrase)
        keying.passphrase = passphrase;
    else
        keying.recipients = {fuzzKeys().publicKey};
    auto writer = archive::ArchiveWriter::start(device, keying);
    if (!writer.ok())
        fail("start");
    if (!(*writer)->writeManifest(manifest.toJson()).ok())
        fail("manifest");
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        if (!(*writer)->beginEntry(static_cast<quint32>(i)).ok())
            fail("entry");
        for (qsizetype at = 0; at < bodies.at(i).size(); at += archive::format::kDataChunkBytes)
            if (!(*writer)
                     ->writeData(QByteArrayView(bodies.at(i))
                                     .sliced(at, std::min<qsizetype>(archive::format::kDataChunkBytes,
                                                                     bodies.at(i).size() - at)))
                     .ok())
                fail("data");
    }
    if (!(*writer)->finish(signer.secret, signer.publicKey).ok())
        fail("finish");
    return out;
}

// A valid seed must read without error, or the fuzzer would start from the wrong place.
class CountingVisitor final : public archive::ArchiveVisitor
{
public:
    Status manifest(const archive::Manifest&, const archive::SignerInfo&) override { return {}; }
    Status record(const archive::ManifestEntry&, const QByteArray&) override { return {}; }
};

void checkReadable(const QString& path)
{
    archive::ArchiveKeys keys;
    keys.workstationSecret = &fuzzKeys().secret;
    keys.workstationPublic = fuzzKeys().publicKey;
    CountingVisitor visitor;
    if (!archive::readArchive(path, keys, visitor).ok())
        fail(qPrintable(path));
}

void save(const QString& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(QDir(dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        fail(qPrintable(name));
}

} // namespace

const FuzzKeys& fuzzKeys()
{
    static const FuzzKeys keys = makeKeys(0x11);
    return keys;
}

void writeSeeds(const QString& dir)
{
    QDir().mkpath(dir);
    const archive::RecordDoc user{QStringLiteral("app_user"), QStringLiteral("user-1"),
                                  QJsonObject{{QStringLiteral("login"), QStringLiteral("auditor")},
                                              {QStringLiteral("display_name"), QStringLiteral("审计员")}}};
    const archive::RecordDoc lead{QStringLiteral("lead"), QStringLiteral("lead-1"),
                                  QJsonObject{{QStringLiteral("number"), QStringLiteral("XS-2026-001")},
                                              {QStringLiteral("summary"), QStringLiteral("反映某局长收受礼金")},
                                              {QStringLiteral("confidentiality"), 1},
                                              {QStringLiteral("created_by"), QStringLiteral("user-1")},
                                              {QStringLiteral("blob"), QStringLiteral("00ff")},
                                              {QStringLiteral("nothing"), QJsonValue::Null}}};
    const QByteArray attachment = QByteArrayLiteral("证据扫描件 content of a small attachment");

    QByteArray manifestJson;
    const QByteArray full = archiveOf({user, lead}, {attachment}, nullptr, &manifestJson);
    save(dir, QStringLiteral("records-and-attachment.qfa"), full);
    save(dir, QStringLiteral("records-only.qfa"), archiveOf({user}, {}));
    save(dir, QStringLiteral("empty.qfa"), archiveOf({}, {}));
    for (const char* valid : {"records-and-attachment.qfa", "records-only.qfa", "empty.qfa"})
        checkReadable(QDir(dir).filePath(QString::fromLatin1(valid)));
    const crypto::SecretBytes phrase = crypto::SecretBytes::copyOf(QByteArrayView("fuzz"));
    save(dir, QStringLiteral("passphrase-mode.qfa"), archiveOf({user}, {}, &phrase));
    // Mutated: cut short, one bit flipped in header, payload and signature, trailing garbage.
    save(dir, QStringLiteral("truncated-header.qfa"), full.left(archive::format::kPreambleBytes + 20));
    save(dir, QStringLiteral("truncated-payload.qfa"), full.left(full.size() / 2));
    save(dir, QStringLiteral("no-trailer.qfa"), full.left(full.size() - archive::format::kTrailerBytes));
    QByteArray flipped = full;
    flipped[archive::format::kPreambleBytes + 10] =
        static_cast<char>(flipped[archive::format::kPreambleBytes + 10] ^ 1);
    save(dir, QStringLiteral("flipped-header.qfa"), flipped);
    flipped = full;
    flipped[full.size() / 2] = static_cast<char>(flipped[full.size() / 2] ^ 1);
    save(dir, QStringLiteral("flipped-payload.qfa"), flipped);
    flipped = full;
    flipped[full.size() - 3] = static_cast<char>(flipped[full.size() - 3] ^ 1);
    save(dir, QStringLiteral("flipped-signature.qfa"), flipped);
    save(dir, QStringLiteral("trailing-garbage.qfa"), full + QByteArrayLiteral("garbage"));

    // The JSON harness: a manifest and record documents, as they travel.
    const QString jsonDir = QDir(dir).filePath(QStringLiteral("../json"));
    QDir().mkpath(jsonDir);
    save(jsonDir, QStringLiteral("manifest.json"), manifestJson);
    save(jsonDir, QStringLiteral("record-user.json"), user.canonical());
    save(jsonDir, QStringLiteral("record-lead.json"), lead.canonical());
}

} // namespace qf::fuzz
