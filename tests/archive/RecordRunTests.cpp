// Record runs (format version 2): many whole records in one encrypted message, read back record by record with
// every size, hash and index checked, and hostile runs refused.
#include "TestVault.h"
#include "archive/ArchiveFormat.h"
#include "archive/ArchiveReader.h"
#include "archive/ArchiveWriter.h"
#include "crypto/Mac.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch.hpp>
#include <sodium.h>

using namespace qf;

namespace {

struct SigningKey
{
    crypto::SecretBytes secret{crypto_sign_SECRETKEYBYTES};
    QByteArray publicKey{crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized};
    SigningKey() { crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secret.data()); }
};

// A manifest listing the records, then one attachment of `attachment` bytes when it is not empty.
archive::Manifest manifestFor(const QList<QByteArray>& records, const QByteArray& attachment = {})
{
    archive::Manifest manifest;
    manifest.archiveId = QStringLiteral("00000000-0000-4000-8000-00000000a001");
    manifest.createdAt = QStringLiteral("2026-11-28T00:00:00.000Z");
    manifest.creator = QStringLiteral("auditor");
    manifest.scopeKind = QStringLiteral("leads");
    for (qsizetype i = 0; i < records.size(); ++i) {
        manifest.entries << archive::ManifestEntry{archive::EntryKind::Record, QStringLiteral("person"),
                                                   QStringLiteral("p-%1").arg(i), records.at(i).size(),
                                                   crypto::sha256(records.at(i))};
        manifest.counts[QStringLiteral("person")] += 1;
    }
    if (!attachment.isEmpty()) {
        manifest.entries << archive::ManifestEntry{archive::EntryKind::Attachment, QStringLiteral("attachment"),
                                                   QStringLiteral("a-1"), attachment.size(),
                                                   crypto::sha256(attachment)};
        manifest.counts[archive::kAttachmentContent] += 1;
    }
    return manifest;
}

class Collector final : public archive::ArchiveVisitor
{
public:
    Status manifest(const archive::Manifest&, const archive::SignerInfo&) override { return {}; }
    Status record(const archive::ManifestEntry& entry, const QByteArray& bytes) override
    {
        uids << entry.uid;
        records << QByteArray(bytes.constData(), bytes.size());
        return {};
    }
    QStringList uids;
    QList<QByteArray> records;
};

class ArchiveFile
{
public:
    // Writes an archive: the manifest, then whatever `body` writes, then the end and the signature.
    template <typename Body> qint64 write(const archive::Manifest& manifest, Body body)
    {
        QFile file(path());
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        archive::ArchiveKeying keying;
        keying.passphrase = &m_passphrase;
        keying.kdf = crypto::KdfParams::fastForTesting();
        auto writer = archive::ArchiveWriter::start(file, keying);
        REQUIRE(writer.ok());
        archive::Manifest signedManifest = manifest;
        signedManifest.sourceFingerprint = archive::fingerprintOf(m_key.publicKey);
        REQUIRE((*writer)->writeManifest(signedManifest.toJson()).ok());
        body(**writer);
        REQUIRE((*writer)->finish(m_key.secret, m_key.publicKey).ok());
        return file.size();
    }
    Status read(Collector& collector) const
    {
        archive::ArchiveKeys keys;
        keys.passphrase = &m_passphrase;
        return archive::readArchive(path(), keys, collector);
    }
    QString path() const { return m_dir.filePath(QStringLiteral("runs.qfa")); }

private:
    QTemporaryDir m_dir;
    SigningKey m_key;
    crypto::SecretBytes m_passphrase = test::secret("record-run-passphrase");
};

QList<QByteArray> smallRecords(int count)
{
    QList<QByteArray> records;
    for (int i = 0; i < count; ++i)
        records << QStringLiteral("{\"fields\":{\"name\":\"张三%1\"},\"type\":\"person\",\"uid\":\"p-%1\"}")
                       .arg(i)
                       .repeated(1 + i % 7)
                       .toUtf8();
    return records;
}

QByteArray run(quint32 firstIndex, const QList<QByteArray>& records, qint64 lengthChange = 0)
{
    QByteArray body(4, '\0');
    qToLittleEndian<quint32>(firstIndex, body.data());
    for (const QByteArray& record : records) {
        char length[4];
        qToLittleEndian<quint32>(static_cast<quint32>(record.size() + lengthChange), length);
        body.append(length, 4).append(record);
    }
    return body;
}

} // namespace

TEST_CASE("records travel in runs, a record too large for a run on its own, and read back one by one", "[archive]")
{
    QList<QByteArray> records = smallRecords(3000);
    // Larger than one run: it must go as an entry of its own, in several data messages.
    records.insert(1500, QByteArray(archive::format::kRecordRunBytes + 300, 'x'));
    const archive::Manifest manifest = manifestFor(records);
    ArchiveFile archive;
    qsizetype handedOver = 0;
    const qint64 inRuns = archive.write(manifest, [&](archive::ArchiveWriter& writer) {
        REQUIRE(writer
                    .writeRecords(0, records,
                                  [&](qsizetype bytes) {
                                      handedOver += bytes;
                                      return Status();
                                  })
                    .ok());
    });
    qsizetype recordBytes = 0;
    for (const QByteArray& record : records)
        recordBytes += record.size();
    CHECK(handedOver == recordBytes);

    Collector collector;
    REQUIRE(archive.read(collector).ok());
    REQUIRE(collector.records.size() == records.size());
    CHECK(collector.records == records);
    CHECK(collector.uids.first() == QStringLiteral("p-0"));
    CHECK(collector.uids.last() == QStringLiteral("p-3000"));

    // One message per record and entry costs more than 40 bytes of framing each; runs save nearly all of it.
    const qint64 oneByOne = archive.write(manifest, [&](archive::ArchiveWriter& writer) {
        for (qsizetype i = 0; i < records.size(); ++i) {
            REQUIRE(writer.beginEntry(static_cast<quint32>(i)).ok());
            for (qsizetype at = 0; at < records.at(i).size(); at += archive::format::kDataChunkBytes)
                REQUIRE(writer
                            .writeData(QByteArrayView(records.at(i))
                                           .sliced(at)
                                           .first(std::min<qsizetype>(archive::format::kDataChunkBytes,
                                                                      records.at(i).size() - at)))
                            .ok());
        }
    });
    CHECK(oneByOne - inRuns > 40 * 3000);
    Collector again;
    REQUIRE(archive.read(again).ok());
    CHECK(again.records == records);
}

TEST_CASE("a record run that is out of order, overlong or altered is refused", "[archive]")
{
    const QList<QByteArray> records = smallRecords(5);
    const QByteArray attachment("scan of a receipt");
    const archive::Manifest manifest = manifestFor(records, attachment);
    ArchiveFile archive;
    const auto refusedWith = [&](const QByteArray& body, ErrorCode code) {
        archive.write(manifest, [&](archive::ArchiveWriter& writer) {
            REQUIRE(writer.writeMessage(archive::format::kMsgRecords, body).ok());
        });
        Collector collector;
        const Status read = archive.read(collector);
        INFO(read.message().toStdString());
        REQUIRE_FALSE(read.ok());
        CHECK(read.code() == code);
        return collector.records.size();
    };

    SECTION("a run that starts at the wrong index")
    {
        CHECK(refusedWith(run(1, records.mid(1)), ErrorCode::VerificationFailed) == 0);
    }
    SECTION("a run that goes on into the attachment's entry")
    {
        CHECK(refusedWith(run(0, records + QList<QByteArray>{attachment}), ErrorCode::VerificationFailed) == 5);
    }
    SECTION("a length that runs past the end of the run")
    {
        CHECK(refusedWith(run(0, records.mid(0, 1), 1), ErrorCode::Damaged) == 0);
    }
    SECTION("a run cut inside a length")
    {
        CHECK(refusedWith(run(0, records.mid(0, 2)) + QByteArray(2, '\0'), ErrorCode::Damaged) == 2);
    }
    SECTION("a first index and nothing else")
    {
        CHECK(refusedWith(run(0, {}), ErrorCode::Damaged) == 0);
    }
    SECTION("a record that differs from its manifest hash")
    {
        QList<QByteArray> altered = records;
        altered[2][10] = altered[2][10] ^ 1;
        CHECK(refusedWith(run(0, altered), ErrorCode::VerificationFailed) == 2);
    }
    SECTION("a run that repeats records already read")
    {
        archive.write(manifest, [&](archive::ArchiveWriter& writer) {
            REQUIRE(writer.writeRecordRun(0, {records.at(0), records.at(1)}).ok());
            REQUIRE(writer.writeRecordRun(1, {records.at(1)}).ok());
        });
        Collector collector;
        const Status read = archive.read(collector);
        REQUIRE_FALSE(read.ok());
        CHECK(read.code() == ErrorCode::VerificationFailed);
    }
}
