// The manifest reader: strict about each entry's fields, hashes and uniqueness, since it reads what anyone sent.
#include "archive/Manifest.h"
#include "crypto/Mac.h"

#include <catch2/catch.hpp>

using namespace qf;

namespace {

archive::Manifest twoRecords()
{
    archive::Manifest manifest;
    manifest.archiveId = QStringLiteral("00000000-0000-4000-8000-00000000b001");
    manifest.createdAt = QStringLiteral("2026-11-28T00:00:00.000Z");
    manifest.creator = QStringLiteral("auditor");
    manifest.scopeKind = QStringLiteral("leads");
    for (const auto& [type, uid] : {std::pair{QStringLiteral("person"), QStringLiteral("p-1")},
                                    std::pair{QStringLiteral("lead"), QStringLiteral("p-1")}}) {
        const QByteArray body = uid.toUtf8() + type.toUtf8();
        manifest.entries << archive::ManifestEntry{archive::EntryKind::Record, type, uid, body.size(),
                                                   crypto::sha256(body)};
        manifest.counts[type] += 1;
    }
    return manifest;
}

} // namespace

TEST_CASE("a manifest reads back as written, and a malformed entry is refused", "[archive]")
{
    const archive::Manifest written = twoRecords();
    const QByteArray json = written.toJson();
    // The same uid under two types is two records.
    auto read = archive::Manifest::fromJson(json);
    REQUIRE(read.ok());
    REQUIRE(read->entries.size() == 2);
    CHECK(read->entries.at(0).sha256 == written.entries.at(0).sha256);
    CHECK(read->entries.at(1).type == QStringLiteral("lead"));

    const QString firstHash = QString::fromLatin1(written.entries.at(0).sha256.toHex());
    const auto refused = [](const QByteArray& bytes) {
        auto result = archive::Manifest::fromJson(bytes);
        INFO(bytes.left(400).toStdString());
        return !result.ok();
    };
    SECTION("an upper-case hash is the same hash")
    {
        QByteArray upper = json;
        upper.replace(firstHash.toLatin1(), firstHash.toUpper().toLatin1());
        auto again = archive::Manifest::fromJson(upper);
        REQUIRE(again.ok());
        CHECK(again->entries.at(0).sha256 == written.entries.at(0).sha256);
    }
    SECTION("a hash with a character that is not hex")
    {
        QByteArray bad = json;
        bad.replace(firstHash.toLatin1(), (QStringLiteral("zz") + firstHash.mid(2)).toLatin1());
        CHECK(refused(bad));
    }
    SECTION("a hash one digit short")
    {
        QByteArray bad = json;
        bad.replace(firstHash.toLatin1(), firstHash.mid(1).toLatin1());
        CHECK(refused(bad));
    }
    SECTION("an entry with a field more")
    {
        QByteArray bad = json;
        bad.replace(QByteArrayLiteral("{\"kind\":\"record\","), QByteArrayLiteral("{\"extra\":1,\"kind\":\"record\","));
        CHECK(refused(bad));
    }
    SECTION("an entry of an unknown kind")
    {
        QByteArray bad = json;
        bad.replace(QByteArrayLiteral("\"kind\":\"record\""), QByteArrayLiteral("\"kind\":\"recording\""));
        CHECK(refused(bad));
    }
    SECTION("the same record twice")
    {
        archive::Manifest twice = twoRecords();
        twice.entries[1].type = QStringLiteral("person");
        twice.counts.remove(QStringLiteral("lead"));
        twice.counts[QStringLiteral("person")] = 2;
        CHECK(refused(twice.toJson()));
    }
}
