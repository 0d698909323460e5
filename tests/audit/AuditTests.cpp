#include "TestVault.h"
#include "access/UserService.h"
#include "audit/AuditTrail.h"
#include "audit/AuditVerifier.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace qf;
using test::TestVault;

namespace {

audit::AuditVerification verify(access::Session& session)
{
    auto result = audit::AuditVerifier(session.vault().auditKey()).verify(session.database());
    REQUIRE(result.ok());
    return result.value();
}

void addSomeEntries(TestVault& vault, int count)
{
    for (int i = 0; i < count; ++i)
        REQUIRE(vault.admin()
                    .auditStandalone({QStringLiteral("test.event"), QStringLiteral("thing"),
                                      QStringLiteral("uid-%1").arg(i), QStringLiteral("第%1件事").arg(i)})
                    .ok());
}

void dropGuards(const QSqlDatabase& db)
{
    REQUIRE(storage::execute(db, QStringLiteral("DROP TRIGGER audit_entry_no_update")).ok());
    REQUIRE(storage::execute(db, QStringLiteral("DROP TRIGGER audit_entry_no_delete")).ok());
}

} // namespace

TEST_CASE("service changes leave a verifiable chain with a head", "[audit]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("wang.fang"), access::Role::Clerk);
    addSomeEntries(vault, 20);
    const auto result = verify(vault.admin());
    CHECK(result.intact);
    CHECK(result.brokenEntryId == 0);
    auto head = audit::AuditTrail::head(vault.admin().database());
    REQUIRE(head.ok());
    CHECK(result.entriesChecked == head->count);
    CHECK(result.head.lastHash == head->lastHash);
    CHECK(head->count >= 22); // vault.create, user.add and the 20 events
    auto actions = storage::querySingleValue(
        vault.admin().database(), QStringLiteral("SELECT group_concat(action) FROM audit_entry WHERE id <= 2"));
    CHECK(actions->toString() == QStringLiteral("vault.create,user.add"));
}

TEST_CASE("the audit table refuses UPDATE and DELETE", "[audit]")
{
    TestVault vault;
    const QSqlDatabase db = vault.admin().database();
    auto update = storage::execute(db, QStringLiteral("UPDATE audit_entry SET summary = 'x' WHERE id = 1"));
    CHECK_FALSE(update.ok());
    CHECK(update.message().contains(QLatin1String("append-only")));
    CHECK_FALSE(storage::execute(db, QStringLiteral("DELETE FROM audit_entry")).ok());
    CHECK(verify(vault.admin()).intact);
}

TEST_CASE("the verifier names the first row changed behind the application's back", "[audit]")
{
    TestVault vault;
    addSomeEntries(vault, 10);
    const QSqlDatabase db = vault.admin().database();
    dropGuards(db);

    SECTION("content edited")
    {
        REQUIRE(storage::execute(db, QStringLiteral("UPDATE audit_entry SET summary = '篡改' WHERE id = 5")).ok());
        const auto result = verify(vault.admin());
        CHECK_FALSE(result.intact);
        CHECK(result.brokenEntryId == 5);
        CHECK(result.problem.contains(QLatin1String("changed")));
        CHECK(result.entriesChecked == 4);
    }
    SECTION("a row deleted")
    {
        REQUIRE(storage::execute(db, QStringLiteral("DELETE FROM audit_entry WHERE id = 7")).ok());
        const auto result = verify(vault.admin());
        CHECK_FALSE(result.intact);
        CHECK(result.brokenEntryId == 8);
        CHECK(result.problem.contains(QLatin1String("missing")));
    }
    SECTION("a link rewritten")
    {
        REQUIRE(
            storage::execute(db, QStringLiteral("UPDATE audit_entry SET prev_hash = zeroblob(32) WHERE id = 3")).ok());
        const auto result = verify(vault.admin());
        CHECK(result.brokenEntryId == 3);
        CHECK(result.problem.contains(QLatin1String("link")));
    }
    SECTION("a row recomputed without the key")
    {
        // An attacker who recomputes a plain SHA-256 instead of the keyed HMAC is still caught.
        REQUIRE(storage::execute(db, QStringLiteral("UPDATE audit_entry SET actor = 'mallory' WHERE id = 9")).ok());
        const auto result = verify(vault.admin());
        CHECK(result.brokenEntryId == 9);
    }
}

TEST_CASE("verification reports progress and can be cancelled", "[audit]")
{
    TestVault vault;
    addSomeEntries(vault, 30);
    std::atomic_bool cancel{false};
    QList<qint64> reported;
    auto result = audit::AuditVerifier(vault.admin().vault().auditKey())
                      .verify(
                          vault.admin().database(),
                          [&](qint64 done) {
                              reported << done;
                              if (done >= 10)
                                  cancel = true;
                          },
                          &cancel, 5);
    REQUIRE(result.ok());
    CHECK(result->cancelled);
    CHECK_FALSE(result->intact);
    CHECK(reported.contains(5));
    CHECK(result->entriesChecked == 10);
}

TEST_CASE("a different key does not verify the chain", "[audit]")
{
    TestVault vault;
    addSomeEntries(vault, 3);
    auto result = audit::AuditVerifier(crypto::SecretBytes::random(32)).verify(vault.admin().database());
    REQUIRE(result.ok());
    CHECK_FALSE(result->intact);
    CHECK(result->brokenEntryId == 1);
}
