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
#include <QtEndian>
#include <cstdio>
#include <cstdlib>
#include <sodium.h>
#include <unistd.h>

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

const FuzzKeys& signerKeys()
{
    static const FuzzKeys keys = makeKeys(0x5a);
    return keys;
}

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "cannot write the seeds: %s\n", what);
    std::exit(1);
}

// The script of an archive addressed to the fuzz key, holding the records and attachments given.
QByteArray scriptOf(const QList<archive::RecordDoc>& docs, const QList<QByteArray>& attachments,
                    QByteArray* manifestJson = nullptr)
{
    archive::Manifest manifest;
    manifest.archiveId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    manifest.createdAt = QStringLiteral("2026-01-01T00:00:00.000Z");
    manifest.creator = QStringLiteral("auditor");
    manifest.sourceVaultUid = QStringLiteral("vault-seed");
    manifest.sourceOrgan = QStringLiteral("测试市纪委");
    manifest.sourceFingerprint = archive::fingerprintOf(signerKeys().publicKey);
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
    const QByteArray json = manifest.toJson();
    if (manifestJson)
        *manifestJson = json;
    QByteArray script;
    const auto withLength = [&script](char op, const QByteArray& bytes) {
        char length[2];
        qToLittleEndian<quint16>(static_cast<quint16>(bytes.size()), length);
        script.append(op).append(length, 2).append(bytes);
    };
    withLength('M', json);
    // The records as one run, the way the exporter writes them; the attachments as entries of their own.
    QByteArray run(4, '\0');
    for (qsizetype i = 0; i < docs.size(); ++i) {
        char length[4];
        qToLittleEndian<quint32>(static_cast<quint32>(bodies.at(i).size()), length);
        run.append(length, 4).append(bodies.at(i));
    }
    if (!docs.isEmpty())
        withLength('R', run);
    for (qsizetype i = docs.size(); i < bodies.size(); ++i) {
        char index[4];
        qToLittleEndian<quint32>(static_cast<quint32>(i), index);
        script.append('B').append(index, 4);
        for (qsizetype at = 0; at < bodies.at(i).size(); at += 0xffff)
            withLength('D', bodies.at(i).mid(at, 0xffff));
    }
    return script;
}

// Checks what the reader hands over, the way the importer would use it.
class CheckingVisitor final : public archive::ArchiveVisitor
{
public:
    Status manifest(const archive::Manifest& manifest, const archive::SignerInfo& signer) override
    {
        if (signer.publicKey.size() != archive::format::kPublicKeyBytes ||
            manifest.entries.size() > archive::format::kMaxEntries)
            std::abort();
        return {};
    }
    Status record(const archive::ManifestEntry& entry, const QByteArray& bytes) override
    {
        if (bytes.size() != entry.size)
            std::abort(); // the reader promised that size and hash were checked
        auto doc = archive::RecordCatalog::parseDoc(bytes, entry);
        return doc.ok() ? Status() : Status(doc.error());
    }
    Status attachmentData(const archive::ManifestEntry& entry, QByteArrayView data) override
    {
        m_attachmentBytes += data.size();
        if (m_attachmentBytes > entry.size)
            std::abort();
        return {};
    }
    Status attachmentEnd(const archive::ManifestEntry&) override
    {
        m_attachmentBytes = 0;
        return {};
    }

private:
    qint64 m_attachmentBytes = 0;
};

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

void readWithFuzzKey(QByteArrayView archiveBytes)
{
    static const QString path = QStringLiteral("/dev/shm/qf-fuzz-%1.qfa").arg(getpid());
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(archiveBytes.data(), archiveBytes.size()) != archiveBytes.size())
            std::abort();
    }
    archive::ArchiveKeys keys;
    keys.workstationSecret = &fuzzKeys().secret;
    keys.workstationPublic = fuzzKeys().publicKey;
    CheckingVisitor visitor;
    (void)archive::readArchive(path, keys, visitor);
}

QByteArray archiveFromScript(QByteArrayView script, const crypto::SecretBytes* passphrase)
{
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
    bool manifestWritten = false;
    qsizetype at = 0;
    const auto lengthAt = [&script](qsizetype from) {
        return from + 2 <= script.size() ? qFromLittleEndian<quint16>(script.data() + from) : quint16(0);
    };
    while (at < script.size()) {
        const char op = script[at++];
        if (op == 'M' || op == 'D' || op == 'R') {
            const qsizetype length = std::min<qsizetype>(lengthAt(at), std::max<qsizetype>(0, script.size() - at - 2));
            const QByteArray bytes(script.data() + std::min(at + 2, script.size()), length);
            at += 2 + length;
            if (op == 'D') {
                (void)(*writer)->writeData(bytes);
            } else if (op == 'R') {
                (void)(*writer)->writeMessage(archive::format::kMsgRecords, bytes);
            } else if (!manifestWritten) {
                (void)(*writer)->writeManifest(bytes);
                manifestWritten = true;
            }
        } else if (op == 'B' && at + 4 <= script.size()) {
            (void)(*writer)->beginEntry(qFromLittleEndian<quint32>(script.data() + at));
            at += 4;
        }
    }
    if (!(*writer)->finish(signerKeys().secret, signerKeys().publicKey).ok())
        fail("finish");
    return out;
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
    const QByteArray fullScript = scriptOf({user, lead}, {attachment}, &manifestJson);
    const QByteArray usersScript = scriptOf({user}, {});
    const QByteArray emptyScript = scriptOf({}, {});
    const QByteArray full = archiveFromScript(fullScript);
    save(dir, QStringLiteral("records-and-attachment.qfa"), full);
    save(dir, QStringLiteral("records-only.qfa"), archiveFromScript(usersScript));
    save(dir, QStringLiteral("empty.qfa"), archiveFromScript(emptyScript));
    for (const char* valid : {"records-and-attachment.qfa", "records-only.qfa", "empty.qfa"})
        checkReadable(QDir(dir).filePath(QString::fromLatin1(valid)));
    const crypto::SecretBytes phrase = crypto::SecretBytes::copyOf(QByteArrayView("fuzz"));
    save(dir, QStringLiteral("passphrase-mode.qfa"), archiveFromScript(usersScript, &phrase));
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

    // The stream harness: the scripts of the valid archives.
    const QString streamDir = QDir(dir).filePath(QStringLiteral("../stream"));
    QDir().mkpath(streamDir);
    save(streamDir, QStringLiteral("records-and-attachment.script"), fullScript);
    save(streamDir, QStringLiteral("records-only.script"), usersScript);
    save(streamDir, QStringLiteral("empty.script"), emptyScript);
}

} // namespace qf::fuzz
