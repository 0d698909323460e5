#include "TestVault.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace qf;

TEST_CASE("migrations are recorded and running them again is a no-op", "[migrations]")
{
    test::TestVault vault;
    const QSqlDatabase db = vault.admin().database();
    auto version = storage::querySingleValue(db, QStringLiteral("PRAGMA user_version"));
    REQUIRE(version.ok());
    CHECK(version->toInt() == storage::latestSchemaVersion());
    CHECK(storage::latestSchemaVersion() >= 1);

    auto schemaBefore =
        storage::querySingleValue(db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master"));
    auto again = storage::applyMigrations(db);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    auto schemaAfter =
        storage::querySingleValue(db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master"));
    CHECK(schemaBefore->toString() == schemaAfter->toString());
}

TEST_CASE("a migration numbered below the vault's version still runs if the vault has not taken it", "[migrations]")
{
    test::TestVault vault;
    const QSqlDatabase db = vault.admin().database();
    auto count = [&db](const QString& sql) {
        auto value = storage::querySingleValue(db, sql);
        REQUIRE(value.ok());
        return value->toInt();
    };
    const int known = count(QStringLiteral("SELECT count(*) FROM schema_migration"));
    CHECK(known >= 10);
    CHECK(count(QStringLiteral("SELECT max(version) FROM schema_migration")) == storage::latestSchemaVersion());

    // As if migration 17 came from work merged after the vault had reached a higher number.
    REQUIRE(storage::execute(db, QStringLiteral("DROP TABLE letter_print_log")).ok());
    REQUIRE(storage::execute(db, QStringLiteral("DELETE FROM schema_migration WHERE version = 17")).ok());
    auto applied = storage::applyMigrations(db);
    INFO(applied.message().toStdString());
    REQUIRE(applied.ok());
    CHECK(applied.value() == 1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'letter_print_log'")) == 1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM schema_migration")) == known);

    // A vault from before the record gets one that lists everything up to its version, and nothing runs twice.
    REQUIRE(storage::execute(db, QStringLiteral("DROP TABLE schema_migration")).ok());
    auto recorded = storage::applyMigrations(db);
    REQUIRE(recorded.ok());
    CHECK(recorded.value() == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM schema_migration")) == known);

    // A record of a migration this program does not know means a newer program wrote the vault.
    REQUIRE(storage::execute(db, QStringLiteral("INSERT INTO schema_migration VALUES (9999, '')")).ok());
    auto refused = storage::applyMigrations(db);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QLatin1String("newer")));
}

TEST_CASE("a vault from a newer schema is refused instead of being damaged", "[migrations]")
{
    test::TestVault vault;
    const QSqlDatabase db = vault.admin().database();
    REQUIRE(storage::execute(db, QStringLiteral("PRAGMA user_version = 999")).ok());
    auto result = storage::applyMigrations(db);
    REQUIRE_FALSE(result.ok());
    CHECK(result.message().contains(QLatin1String("newer")));
}

TEST_CASE("the vault runs with WAL, full sync and foreign keys", "[migrations]")
{
    test::TestVault vault;
    const QSqlDatabase db = vault.admin().database();
    CHECK(storage::querySingleValue(db, QStringLiteral("PRAGMA journal_mode"))->toString() == QStringLiteral("wal"));
    CHECK(storage::querySingleValue(db, QStringLiteral("PRAGMA synchronous"))->toInt() == 2);
    CHECK(storage::querySingleValue(db, QStringLiteral("PRAGMA foreign_keys"))->toInt() == 1);
    CHECK(storage::querySingleValue(db, QStringLiteral("PRAGMA cipher_page_size"))->toInt() == 4096);
    auto orphan = storage::execute(db, QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (999, 'clerk')"));
    CHECK_FALSE(orphan.ok());
}
