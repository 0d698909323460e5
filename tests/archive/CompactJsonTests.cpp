#include "TestVault.h"
#include "archive/ArchiveFormat.h"
#include "archive/CompactJson.h"
#include "archive/Manifest.h"
#include "archive/RecordCatalog.h"
#include "crypto/Mac.h"
#include "demo/DemoDataService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>
#include <limits>

using namespace qf;

namespace {

// What Qt itself writes for a value: the reference the archive's JSON must equal byte for byte.
QByteArray qtText(const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray ourText(const QJsonValue& value)
{
    QByteArray out;
    archive::compactjson::appendValue(out, value);
    return out;
}

QByteArray qtCanonical(const archive::RecordDoc& doc)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), doc.type},
                                     {QStringLiteral("uid"), doc.uid},
                                     {QStringLiteral("fields"), doc.fields}})
        .toJson(QJsonDocument::Compact);
}

QString fromUnits(std::initializer_list<char16_t> units)
{
    QString text;
    for (char16_t unit : units)
        text.append(QChar(unit));
    return text;
}

} // namespace

TEST_CASE("archive JSON is written exactly as Qt writes it", "[archive][json]")
{
    const QList<QString> texts{
        QString(),
        QStringLiteral("plain ascii 0123 ~"),
        QStringLiteral("quote \" backslash \\ slash /"),
        QStringLiteral("controls \x01 \b \f \n \r \t \x1f end"),
        fromUnits({u'a', 0x7f, u'b'}),
        QStringLiteral("中共测试市纪律检查委员会 李娜 ①"),
        QStringLiteral("emoji 😀 and 𠀋"),
        fromUnits({u'x', 0xd800, u'y'}), // unpaired high surrogate
        fromUnits({u'x', 0xdc00}),       // unpaired low surrogate
        fromUnits({0xd83d}),             // high surrogate at the end
        fromUnits({u'n', 0xfffe, 0xffff, 0xfdd0, 0xfdef, 0xfffd, 0xe000, 0x80, 0x7ff, 0x800}),
    };
    for (const QString& text : texts) {
        INFO(text.toUtf8().toHex().toStdString());
        CHECK(ourText(text) == qtText(text));
    }
    const QList<QJsonValue> values{
        QJsonValue(),
        QJsonValue(0),
        QJsonValue(qint64(-1)),
        QJsonValue(qint64(9007199254740992LL)),
        QJsonValue(qint64(-9007199254740992LL)),
        QJsonValue(std::numeric_limits<qint64>::max()),
        QJsonValue(std::numeric_limits<qint64>::min()),
        QJsonValue(1.5),
        QJsonValue(3.0),
        QJsonValue(-0.0),
        QJsonValue(1e16),
        QJsonValue(1e300),
        QJsonValue(true),
        QJsonValue(false),
        QJsonArray{1, QStringLiteral("a"), QJsonValue()},
        QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QStringLiteral("\"")}},
    };
    for (const QJsonValue& value : values) {
        INFO(qtText(value).toStdString());
        CHECK(ourText(value) == qtText(value));
    }
    // Parsed numbers (as an importer sees them) too.
    const QJsonObject parsed =
        QJsonDocument::fromJson(R"({"a":12,"b":-7,"c":2.5,"d":1e3,"e":9007199254740993,"f":"\u0001"})").object();
    QByteArray out;
    archive::compactjson::appendObject(out, parsed);
    CHECK(out == QJsonDocument(parsed).toJson(QJsonDocument::Compact));
}

TEST_CASE("every record of a demo vault and its manifest have the bytes Qt would write", "[archive][json]")
{
    test::TestVault vault;
    vault.addDemoStaff();
    demo::DemoDataService demoData(vault.admin());
    REQUIRE(demoData.markAsDemoVault().ok());
    REQUIRE(demoData.generate(1, 20261128).ok());
    archive::RecordCatalog catalog(vault.admin().database());
    REQUIRE(catalog.load().ok());
    auto ids = catalog.collect({archive::ExportScope::Kind::Vault, {}});
    REQUIRE(ids.ok());
    archive::Manifest manifest;
    manifest.archiveId = QStringLiteral("a-1");
    manifest.createdAt = QStringLiteral("2026-01-01T00:00:00.000Z");
    manifest.creator = QStringLiteral("auditor");
    manifest.sourceOrgan = QStringLiteral("中共测试市纪律检查委员会 \"第一\"");
    manifest.scopeKind = QStringLiteral("vault");
    manifest.scopeUids = {QStringLiteral("x"), QStringLiteral("y")};
    QJsonArray referenceEntries;
    int documents = 0;
    for (auto it = ids->cbegin(); it != ids->cend(); ++it) {
        auto docs = catalog.docsForRows(it.key(), it.value());
        REQUIRE(docs.ok());
        // The exporter writes the same bytes straight from the rows.
        auto encoded = catalog.encodedRows(it.key(), it.value());
        REQUIRE(encoded.ok());
        REQUIRE(encoded->size() == docs->size());
        for (qsizetype i = 0; i < docs->size(); ++i) {
            CHECK(encoded->at(i).uid == docs->at(i).uid);
            CHECK(encoded->at(i).bytes == docs->at(i).canonical());
        }
        for (const archive::RecordDoc& doc : docs.value()) {
            INFO(doc.type.toStdString() << " " << doc.uid.toStdString());
            const QByteArray bytes = doc.canonical();
            CHECK(bytes == qtCanonical(doc));
            ++documents;
            const archive::ManifestEntry entry{archive::EntryKind::Record, doc.type, doc.uid, bytes.size(),
                                               crypto::sha256(bytes)};
            manifest.entries << entry;
            manifest.counts[doc.type] += 1;
            referenceEntries.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("record")},
                                                {QStringLiteral("type"), entry.type},
                                                {QStringLiteral("uid"), entry.uid},
                                                {QStringLiteral("size"), entry.size},
                                                {QStringLiteral("sha256"), QString::fromLatin1(entry.sha256.toHex())}});
        }
    }
    CHECK(documents > 500);
    manifest.entries << archive::ManifestEntry{archive::EntryKind::Attachment, QStringLiteral("attachment"),
                                               QStringLiteral("att-1"), 5, crypto::sha256("hello")};
    manifest.counts[archive::kAttachmentContent] += 1;
    referenceEntries.append(
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("attachment")},
                    {QStringLiteral("type"), QStringLiteral("attachment")},
                    {QStringLiteral("uid"), QStringLiteral("att-1")},
                    {QStringLiteral("size"), 5},
                    {QStringLiteral("sha256"), QString::fromLatin1(crypto::sha256("hello").toHex())}});

    QJsonObject counts;
    for (auto it = manifest.counts.cbegin(); it != manifest.counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    const QJsonObject reference{
        {QStringLiteral("format"), QStringLiteral("qingfeng-archive")},
        {QStringLiteral("version"), archive::format::kVersion},
        {QStringLiteral("archive_id"), manifest.archiveId},
        {QStringLiteral("created_at"), manifest.createdAt},
        {QStringLiteral("creator"), manifest.creator},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("vault_uid"), manifest.sourceVaultUid},
                                               {QStringLiteral("organ"), manifest.sourceOrgan},
                                               {QStringLiteral("workstation"), manifest.sourceFingerprint}}},
        {QStringLiteral("scope"),
         QJsonObject{{QStringLiteral("kind"), manifest.scopeKind},
                     {QStringLiteral("uids"), QJsonArray::fromStringList(manifest.scopeUids)}}},
        {QStringLiteral("identities_included"), manifest.identitiesIncluded},
        {QStringLiteral("audit_head"), QJsonObject{{QStringLiteral("count"), manifest.auditCount},
                                                   {QStringLiteral("last_hash"), manifest.auditLastHash},
                                                   {QStringLiteral("last_at"), manifest.auditLastAt}}},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("entries"), referenceEntries},
    };
    const QByteArray written = manifest.toJson();
    CHECK(written == QJsonDocument(reference).toJson(QJsonDocument::Compact));
    auto parsed = archive::Manifest::fromJson(written);
    REQUIRE(parsed.ok());
    CHECK(parsed->entries.size() == manifest.entries.size());
}
