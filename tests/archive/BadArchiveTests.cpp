#include "ArchiveFixture.h"
#include "TestFiles.h"
#include "archive/ArchiveFormat.h"
#include "archive/ArchiveVerifier.h"
#include "archive/ArchiveWriter.h"
#include "archive/RecordCatalog.h"
#include "archive/WorkstationKey.h"
#include "crypto/Mac.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace qf;
using test::ArchiveFixture;
using test::readAll;
using test::writeAll;

namespace {

// Expects the import into B to fail with the code and leave B as it was, and verification to fail the same way.
void expectRefused(ArchiveFixture& fixture, const QString& path, ErrorCode code, const char* passphrase,
                   const QString& messagePart = {})
{
    const auto before = fixture.snapshotB();
    {
        const crypto::SecretBytes secret = test::passphrase(passphrase);
        const auto report = archive::ArchiveVerifier::verifyWithVault(fixture.b().admin().database(), path, &secret);
        INFO(path.toStdString() << " verified: " << report.text().toStdString());
        REQUIRE_FALSE(report.passed());
        CHECK(report.failure->code == code);
    }
    auto imported = fixture.importIntoB(path, passphrase);
    INFO(path.toStdString() << ": " << imported.message().toStdString());
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.code() == code);
    if (!messagePart.isEmpty())
        CHECK(imported.message().contains(messagePart));
    CHECK(fixture.snapshotB() == before);
}

struct Crafted
{
    archive::Manifest manifest;
    QList<QByteArray> entries;
};

// A correctly signed and encrypted archive from A's workstation with whatever manifest and entries a test wants.
void writeCrafted(ArchiveFixture& fixture, const QString& path, const Crafted& crafted)
{
    auto auditor = fixture.a().as(QStringLiteral("auditor"));
    auto key = archive::WorkstationKey::load(auditor->database());
    REQUIRE(key.ok());
    QByteArray bytes;
    QBuffer out(&bytes);
    REQUIRE(out.open(QIODevice::WriteOnly));
    const crypto::SecretBytes secret = test::passphrase();
    archive::ArchiveKeying keying;
    keying.passphrase = &secret;
    keying.kdf = crypto::KdfParams::fastForTesting();
    auto writer = archive::ArchiveWriter::start(out, keying);
    REQUIRE(writer.ok());
    archive::Manifest manifest = crafted.manifest;
    if (manifest.sourceFingerprint.isEmpty()) // a test that names another source keeps it
        manifest.sourceFingerprint = key->fingerprint();
    REQUIRE((*writer)->writeManifest(manifest.toJson()).ok());
    quint32 index = 0;
    for (const QByteArray& entry : crafted.entries) {
        REQUIRE((*writer)->beginEntry(index++).ok());
        for (qsizetype at = 0; at < entry.size(); at += archive::format::kDataChunkBytes)
            REQUIRE((*writer)
                        ->writeData(QByteArrayView(entry).sliced(
                            at, std::min<qsizetype>(archive::format::kDataChunkBytes, entry.size() - at)))
                        .ok());
    }
    REQUIRE((*writer)->finish(key->secretKey, key->publicKey).ok());
    writeAll(path, bytes);
}

Crafted personArchive(const QList<QByteArray>& documents, const QString& type = QStringLiteral("person"))
{
    Crafted crafted;
    crafted.manifest.archiveId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    crafted.manifest.createdAt = QStringLiteral("2024-05-01T00:00:00.000Z");
    crafted.manifest.creator = QStringLiteral("auditor");
    crafted.manifest.scopeKind = QStringLiteral("leads");
    for (const QByteArray& document : documents) {
        const QJsonObject object = QJsonDocument::fromJson(document).object();
        const QString uid =
            object.isEmpty() ? QStringLiteral("broken") : object.value(QStringLiteral("uid")).toString();
        crafted.manifest.entries << archive::ManifestEntry{archive::EntryKind::Record, type, uid, document.size(),
                                                           crypto::sha256(document)};
        crafted.manifest.counts[type] += 1;
        crafted.entries << document;
    }
    return crafted;
}

QByteArray personDocument(const QString& uid, const QString& name)
{
    archive::RecordDoc doc;
    doc.type = QStringLiteral("person");
    doc.uid = uid;
    doc.fields = QJsonObject{{QStringLiteral("name"), name},
                             {QStringLiteral("id_number"), QString()},
                             {QStringLiteral("id_number_valid"), 0},
                             {QStringLiteral("unit"), QStringLiteral("某局")},
                             {QStringLiteral("position"), QString()},
                             {QStringLiteral("cadre_level"), QString()},
                             {QStringLiteral("created_at"), QStringLiteral("2024-05-01T00:00:00.000Z")}};
    return doc.canonical();
}

} // namespace

TEST_CASE("each damaged archive fails with its own error and leaves the vault untouched", "[archive][bad]")
{
    ArchiveFixture fixture;
    const QString good = fixture.work(QStringLiteral("good.qfa"));
    REQUIRE(fixture.exportCase(good).ok());
    fixture.trustAinB();
    const QByteArray bytes = readAll(good);
    REQUIRE(bytes.size() > 2 * 1024 * 1024);
    const QString bad = fixture.work(QStringLiteral("bad.qfa"));

    SECTION("truncated at several offsets")
    {
        for (qsizetype cut : {qsizetype(5), qsizetype(40), qsizetype(300), bytes.size() / 3, bytes.size() / 2,
                              bytes.size() - 200, bytes.size() - 60, bytes.size() - 1}) {
            writeAll(bad, bytes.left(cut));
            expectRefused(fixture, bad, ErrorCode::Damaged, ArchiveFixture::kPassphrase);
        }
    }
    SECTION("a bit flipped in the header")
    {
        QByteArray flipped = bytes;
        flipped[40] = static_cast<char>(flipped[40] ^ 0x01);
        writeAll(bad, flipped);
        expectRefused(fixture, bad, ErrorCode::Damaged, ArchiveFixture::kPassphrase, QStringLiteral("header"));
    }
    SECTION("a bit flipped in the payload")
    {
        for (qsizetype at : {bytes.size() / 2, bytes.size() / 5, bytes.size() - 200}) {
            QByteArray flipped = bytes;
            flipped[at] = static_cast<char>(flipped[at] ^ 0x10);
            writeAll(bad, flipped);
            expectRefused(fixture, bad, ErrorCode::Damaged, ArchiveFixture::kPassphrase);
        }
    }
    SECTION("a bit flipped in the signature or the signer's key")
    {
        for (qsizetype at : {bytes.size() - 1, bytes.size() - 64, bytes.size() - 70}) {
            QByteArray flipped = bytes;
            flipped[at] = static_cast<char>(flipped[at] ^ 0x80);
            writeAll(bad, flipped);
            expectRefused(fixture, bad, ErrorCode::VerificationFailed, ArchiveFixture::kPassphrase,
                          QStringLiteral("signature"));
        }
    }
    SECTION("wrong passphrase")
    {
        expectRefused(fixture, good, ErrorCode::WrongPassword, "not the passphrase at all",
                      QStringLiteral("passphrase"));
    }
}

TEST_CASE("signed archives with bad content are refused", "[archive][bad]")
{
    ArchiveFixture fixture;
    REQUIRE(fixture.exportCase(fixture.work(QStringLiteral("make-key.qfa"))).ok());
    fixture.trustAinB();
    const QString path = fixture.work(QStringLiteral("crafted.qfa"));

    SECTION("a well-formed crafted archive is accepted (the harness itself works)")
    {
        writeCrafted(fixture, path, personArchive({personDocument(QStringLiteral("p-1"), QStringLiteral("张三"))}));
        auto imported = fixture.importIntoB(path);
        INFO(imported.message().toStdString());
        REQUIRE(imported.ok());
        CHECK(imported->added == 1);
    }
    SECTION("an entry hash that does not match the manifest")
    {
        Crafted crafted = personArchive({personDocument(QStringLiteral("p-1"), QStringLiteral("张三"))});
        crafted.entries[0] = personDocument(QStringLiteral("p-1"), QStringLiteral("李四"));
        writeCrafted(fixture, path, crafted);
        expectRefused(fixture, path, ErrorCode::VerificationFailed, ArchiveFixture::kPassphrase,
                      QStringLiteral("SHA-256"));
    }
    SECTION("a manifest that names another workstation than the one that signed it")
    {
        Crafted crafted = personArchive({personDocument(QStringLiteral("p-1"), QStringLiteral("张三"))});
        crafted.manifest.sourceFingerprint = archive::fingerprintOf(QByteArray(32, '\x07'));
        writeCrafted(fixture, path, crafted);
        expectRefused(fixture, path, ErrorCode::VerificationFailed, ArchiveFixture::kPassphrase,
                      QStringLiteral("signed again"));
    }
    SECTION("records out of import order")
    {
        Crafted crafted = personArchive({personDocument(QStringLiteral("p-1"), QStringLiteral("张三"))});
        const QByteArray user(R"({"fields":{},"type":"app_user","uid":"u-1"})");
        crafted.manifest.entries << archive::ManifestEntry{archive::EntryKind::Record, QStringLiteral("app_user"),
                                                           QStringLiteral("u-1"), user.size(), crypto::sha256(user)};
        crafted.manifest.counts[QStringLiteral("app_user")] += 1;
        crafted.entries << user;
        writeCrafted(fixture, path, crafted);
        expectRefused(fixture, path, ErrorCode::Invalid, ArchiveFixture::kPassphrase, QStringLiteral("import order"));
    }
    SECTION("counts that do not add up")
    {
        Crafted crafted = personArchive({personDocument(QStringLiteral("p-1"), QStringLiteral("张三"))});
        crafted.manifest.counts[QStringLiteral("person")] = 2;
        writeCrafted(fixture, path, crafted);
        expectRefused(fixture, path, ErrorCode::VerificationFailed, ArchiveFixture::kPassphrase,
                      QStringLiteral("counts"));
    }
    SECTION("an absurd count")
    {
        Crafted crafted = personArchive({personDocument(QStringLiteral("p-1"), QStringLiteral("张三"))});
        crafted.manifest.counts[QStringLiteral("person")] = 5000000000LL;
        writeCrafted(fixture, path, crafted);
        expectRefused(fixture, path, ErrorCode::Invalid, ArchiveFixture::kPassphrase, QStringLiteral("absurd"));
    }
    SECTION("an absurd size")
    {
        Crafted crafted = personArchive({personDocument(QStringLiteral("p-1"), QStringLiteral("张三"))});
        crafted.manifest.entries[0].size = 1LL << 40;
        writeCrafted(fixture, path, crafted);
        expectRefused(fixture, path, ErrorCode::Invalid, ArchiveFixture::kPassphrase, QStringLiteral("absurd size"));
    }
    SECTION("duplicate uids")
    {
        writeCrafted(fixture, path,
                     personArchive({personDocument(QStringLiteral("p-1"), QStringLiteral("张三")),
                                    personDocument(QStringLiteral("p-1"), QStringLiteral("李四"))}));
        expectRefused(fixture, path, ErrorCode::Invalid, ArchiveFixture::kPassphrase, QStringLiteral("twice"));
    }
    SECTION("malformed JSON")
    {
        Crafted crafted = personArchive({QByteArray("{\"type\":\"person\",\"uid\":\"p-1\",\"fields\":{\"name\":")});
        writeCrafted(fixture, path, crafted);
        expectRefused(fixture, path, ErrorCode::Invalid, ArchiveFixture::kPassphrase, QStringLiteral("JSON"));
    }
    SECTION("a field that is too long or of the wrong kind")
    {
        archive::RecordDoc doc;
        doc.type = QStringLiteral("person");
        doc.uid = QStringLiteral("p-2");
        doc.fields = QJsonObject::fromVariantMap(QJsonDocument::fromJson(personDocument(doc.uid, QStringLiteral("x")))
                                                     .object()
                                                     .value(QStringLiteral("fields"))
                                                     .toObject()
                                                     .toVariantMap());
        doc.fields.insert(QStringLiteral("name"), QString(archive::format::kMaxFieldChars + 1, u'x'));
        writeCrafted(fixture, path, personArchive({doc.canonical()}));
        expectRefused(fixture, path, ErrorCode::Invalid, ArchiveFixture::kPassphrase, QStringLiteral("too long"));
        doc.fields.insert(QStringLiteral("name"), 12);
        writeCrafted(fixture, path, personArchive({doc.canonical()}));
        expectRefused(fixture, path, ErrorCode::Invalid, ArchiveFixture::kPassphrase, QStringLiteral("wrong kind"));
        doc.fields.insert(QStringLiteral("name"), QStringLiteral("ok"));
        doc.fields.insert(QStringLiteral("extra_column"), QStringLiteral("x"));
        writeCrafted(fixture, path, personArchive({doc.canonical()}));
        expectRefused(fixture, path, ErrorCode::Invalid, ArchiveFixture::kPassphrase);
    }
    SECTION("records of the types added by later migrations are held to the same limits")
    {
        archive::RecordDoc sanction;
        sanction.type = QStringLiteral("sanction");
        sanction.uid = QStringLiteral("s-1");
        sanction.fields.insert(QStringLiteral("reason"), QString(archive::format::kMaxFieldChars + 1, u'x'));
        writeCrafted(fixture, path, personArchive({sanction.canonical()}, sanction.type));
        expectRefused(fixture, path, ErrorCode::Invalid, ArchiveFixture::kPassphrase, QStringLiteral("too long"));
        sanction.fields.insert(QStringLiteral("reason"), QStringLiteral("改为记过处分"));
        writeCrafted(fixture, path, personArchive({sanction.canonical()}, sanction.type));
        expectRefused(fixture, path, ErrorCode::Invalid, ArchiveFixture::kPassphrase, QStringLiteral("expected"));
        archive::RecordDoc link;
        link.type = QStringLiteral("property_action_document");
        link.uid = QStringLiteral("row-1");
        link.fields =
            QJsonObject{{QStringLiteral("action_id"), 7}, {QStringLiteral("document_id"), QStringLiteral("d")}};
        writeCrafted(fixture, path, personArchive({link.canonical()}, link.type));
        expectRefused(fixture, path, ErrorCode::Invalid, ArchiveFixture::kPassphrase, QStringLiteral("wrong kind"));
    }
}

TEST_CASE("a trusted archive cannot put one of this vault's users on a case team", "[archive][bad]")
{
    ArchiveFixture fixture;
    fixture.trustAinB();
    REQUIRE(fixture.exportCase(fixture.work(QStringLiteral("case.qfa"))).ok());
    REQUIRE(fixture.importIntoB(fixture.work(QStringLiteral("case.qfa"))).ok());
    fixture.b().addUser(QStringLiteral("li.ming"), access::Role::Investigator);
    const QSqlDatabase b = fixture.b().admin().database();

    // A signs an archive that names B's own investigator as a member of the case B received.
    archive::RecordCatalog catalog(b);
    REQUIRE(catalog.load().ok());
    auto userId = storage::querySingleValue(b, QStringLiteral("SELECT id FROM app_user WHERE login = 'li.ming'"));
    REQUIRE(userId.ok());
    auto user = catalog.userDoc(userId->toLongLong());
    REQUIRE(user.ok());
    archive::RecordDoc membership;
    membership.type = QStringLiteral("case_team");
    membership.uid = QStringLiteral("forged-membership-1");
    membership.fields = QJsonObject{{QStringLiteral("case_id"), fixture.caseUid()},
                                    {QStringLiteral("user_id"), user->uid},
                                    {QStringLiteral("role"), QStringLiteral("member")},
                                    {QStringLiteral("since"), QStringLiteral("2026-01-01T00:00:00.000Z")}};
    Crafted crafted = personArchive({});
    for (const archive::RecordDoc& doc : {user.value(), membership}) {
        const QByteArray bytes = doc.canonical();
        crafted.manifest.entries << archive::ManifestEntry{archive::EntryKind::Record, doc.type, doc.uid, bytes.size(),
                                                           crypto::sha256(bytes)};
        crafted.manifest.counts[doc.type] += 1;
        crafted.entries << bytes;
    }
    const QString path = fixture.work(QStringLiteral("membership.qfa"));
    writeCrafted(fixture, path, crafted);

    auto imported = fixture.importIntoB(path);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    REQUIRE(imported->conflicts.size() == 1);
    CHECK(imported->conflicts.first().type == QLatin1String("case_team"));
    CHECK(imported->conflicts.first().reason.contains(QLatin1String("user account of this vault")));
    auto member = storage::querySingleValue(b, QStringLiteral("SELECT count(*) FROM case_team WHERE user_id = ?"),
                                            {userId.value()});
    REQUIRE(member.ok());
    CHECK(member->toInt() == 0);
}
