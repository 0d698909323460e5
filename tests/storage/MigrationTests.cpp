#include "TestVault.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace qf;

TEST_CASE("migrations are tracked by user_version and running them again is a no-op", "[migrations]")
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
