#include "TestVault.h"
#include "access/LoginThrottle.h"
#include "access/Mutation.h"
#include "access/UserRepository.h"
#include "access/UserService.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace qf;
using access::Permission;
using access::Role;
using test::TestVault;

namespace {

int countAudit(const QSqlDatabase& db, const QString& action)
{
    auto count =
        storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = ?"), {action});
    REQUIRE(count.ok());
    return count->toInt();
}

std::unique_ptr<access::Session> loginAs(TestVault& vault, const QString& login)
{
    auto session = vault.login(login, TestVault::passwordOf(login));
    if (!session.ok())
        FAIL(session.message().toStdString());
    return std::move(session.value());
}

} // namespace

TEST_CASE("the role table draws the boundaries of each role", "[access]")
{
    using access::roleHasPermission;
    CHECK(roleHasPermission(Role::Clerk, Permission::RegisterReport));
    CHECK_FALSE(roleHasPermission(Role::Clerk, Permission::ManageUsers));
    CHECK_FALSE(roleHasPermission(Role::Clerk, Permission::ManageCases));
    CHECK_FALSE(roleHasPermission(Role::Investigator, Permission::ApproveSteps));
    CHECK(roleHasPermission(Role::Approver, Permission::ApproveSteps));
    CHECK_FALSE(roleHasPermission(Role::Reviewer, Permission::ManageCases));
    CHECK(roleHasPermission(Role::Reviewer, Permission::ReviewCases));
    CHECK(roleHasPermission(Role::Auditor, Permission::VerifyAudit));
    CHECK_FALSE(roleHasPermission(Role::Auditor, Permission::ManageLeads));
    CHECK(roleHasPermission(Role::Admin, Permission::ManageUsers));
    CHECK_FALSE(roleHasPermission(Role::Admin, Permission::RegisterReport));
    CHECK_FALSE(roleHasPermission(Role::Admin, Permission::ViewAllConfidential));
    CHECK_FALSE(roleHasPermission(Role::Admin, Permission::ViewLeads));
    CHECK(roleHasPermission(Role::LeadInvestigator, Permission::AssignTeam));
    CHECK_FALSE(roleHasPermission(Role::Investigator, Permission::AssignTeam));
    for (Role role : access::allRoles()) {
        CHECK(access::roleFromKey(access::roleKey(role)) == role);
        CHECK_FALSE(access::roleDisplayName(role).isEmpty());
    }
}

TEST_CASE("services refuse a role without the permission and audit the refusal", "[access]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("clerk1"), Role::Clerk);
    vault.addUser(QStringLiteral("auditor1"), Role::Auditor);
    vault.closeAdmin();
    {
        auto clerk = loginAs(vault, QStringLiteral("clerk1"));
        access::UserService users(*clerk, crypto::KdfParams::fastForTesting());
        auto added = users.addUser(QStringLiteral("intruder"), {}, {Role::Admin}, test::secret("password-123"));
        CHECK(added.code() == ErrorCode::PermissionDenied);
        CHECK(users.listUsers().code() == ErrorCode::PermissionDenied);
        CHECK(users.rekeyVault(test::secret("clerk1-password")).code() == ErrorCode::PermissionDenied);
        CHECK(countAudit(clerk->database(), QStringLiteral("access.denied")) == 3);
        CHECK(countAudit(clerk->database(), QStringLiteral("user.add")) == 2); // clerk1 and auditor1 only
        CHECK_FALSE(access::UserRepository(clerk->database()).findByLogin(QStringLiteral("intruder")).ok());
    }
    auto auditor = loginAs(vault, QStringLiteral("auditor1"));
    CHECK(auditor->require(Permission::VerifyAudit).ok());
    CHECK(auditor->require(Permission::ManageUsers).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("confidential records are visible only to assigned staff and to roles granted to see all", "[access]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("inv1"), Role::Investigator);
    vault.addUser(QStringLiteral("inv2"), Role::Investigator);
    vault.addUser(QStringLiteral("boss"), Role::Approver);
    const access::AccessTarget secretLead{QStringLiteral("lead"), QStringLiteral("lead-uid-1"),
                                          access::ConfidentialityLevel::Confidential};
    const access::AccessTarget internalLead{QStringLiteral("lead"), QStringLiteral("lead-uid-2"),
                                            access::ConfidentialityLevel::Internal};
    auto inv1 = access::UserRepository(vault.admin().database()).findByLogin(QStringLiteral("inv1"));
    REQUIRE(inv1.ok());
    REQUIRE(access::UserRepository(vault.admin().database())
                .assign(inv1->id, QStringLiteral("lead"), QStringLiteral("lead-uid-1"), QStringLiteral("member"))
                .ok());
    vault.closeAdmin();

    {
        auto session = loginAs(vault, QStringLiteral("inv1"));
        CHECK(session->require(Permission::ViewLeads, secretLead).ok());
    }
    {
        auto session = loginAs(vault, QStringLiteral("inv2"));
        const auto refused = session->require(Permission::ViewLeads, secretLead);
        CHECK(refused.code() == ErrorCode::PermissionDenied);
        CHECK(session->require(Permission::ViewLeads, internalLead).ok());
    }
    auto boss = loginAs(vault, QStringLiteral("boss"));
    CHECK(boss->require(Permission::ViewLeads, secretLead).ok());
    CHECK(boss->require(Permission::ManageLeads, secretLead).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("a failed service body rolls back its writes and its audit entry", "[access]")
{
    TestVault vault;
    const QSqlDatabase db = vault.admin().database();
    const int before = countAudit(db, QStringLiteral("test.partial"));
    auto outcome = access::mutate(
        vault.admin(), Permission::ManageUsers, {}, [&](const QSqlDatabase& tx, audit::AuditNote& note) -> Status {
            REQUIRE(storage::execute(tx, QStringLiteral("INSERT INTO setting VALUES ('probe', 'x')")).ok());
            note.action = QStringLiteral("test.partial");
            return makeError(ErrorCode::Invalid, QStringLiteral("guard failed"));
        });
    CHECK(outcome.code() == ErrorCode::Invalid);
    CHECK(countAudit(db, QStringLiteral("test.partial")) == before);
    CHECK(storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM setting WHERE key = 'probe'"))->toInt() ==
          0);

    auto committed = access::mutate(
        vault.admin(), Permission::ManageUsers, {}, [&](const QSqlDatabase& tx, audit::AuditNote& note) -> Status {
            QF_TRY(storage::execute(tx, QStringLiteral("INSERT INTO setting VALUES ('probe', 'y')")));
            note.action = QStringLiteral("test.partial");
            return {};
        });
    CHECK(committed.ok());
    CHECK(countAudit(db, QStringLiteral("test.partial")) == before + 1);
}

TEST_CASE("users are added, disabled and can no longer open the vault", "[access]")
{
    TestVault vault;
    access::UserService users(vault.admin(), crypto::KdfParams::fastForTesting());
    auto added = users.addUser(QStringLiteral("zhao.lei"), QStringLiteral("赵雷"), {Role::Investigator, Role::Clerk},
                               test::secret("zhao-password"));
    REQUIRE(added.ok());
    CHECK(users.addUser(QStringLiteral("zhao.lei"), {}, {Role::Clerk}, test::secret("another-pass")).code() ==
          ErrorCode::AlreadyExists);
    CHECK(users.addUser(QStringLiteral("x"), {}, {Role::Clerk}, test::secret("long-enough")).code() ==
          ErrorCode::Invalid);
    CHECK(users.addUser(QStringLiteral("short.pw"), {}, {Role::Clerk}, test::secret("short")).code() ==
          ErrorCode::Invalid);
    CHECK(users.disableUser(QStringLiteral("admin")).code() == ErrorCode::Invalid);
    REQUIRE(users.disableUser(QStringLiteral("zhao.lei")).ok());
    CHECK_FALSE(vault.admin().vault().hasUserSlot(QStringLiteral("zhao.lei")));
    auto listed = users.listUsers();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(1).disabled);
    CHECK(listed->at(1).roles.size() == 2);
    vault.closeAdmin();
    CHECK(vault.login(QStringLiteral("zhao.lei"), QStringLiteral("zhao-password")).code() == ErrorCode::WrongPassword);
}

TEST_CASE("a user changes their own password; the old one stops working", "[access]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("inv1"), Role::Investigator);
    vault.closeAdmin();
    {
        auto session = loginAs(vault, QStringLiteral("inv1"));
        access::UserService users(*session, crypto::KdfParams::fastForTesting());
        CHECK(users.changeOwnPassword(test::secret("wrong-current"), test::secret("brand-new-pass")).code() ==
              ErrorCode::WrongPassword);
        REQUIRE(users.changeOwnPassword(test::secret("inv1-password"), test::secret("brand-new-pass")).ok());
    }
    CHECK(vault.login(QStringLiteral("inv1"), QStringLiteral("inv1-password")).code() == ErrorCode::WrongPassword);
    CHECK(vault.login(QStringLiteral("inv1"), QStringLiteral("brand-new-pass")).ok());
}

TEST_CASE("after five failed logins in a row the next attempt must wait, and failures reach the audit trail",
          "[access]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("inv1"), Role::Investigator);
    vault.closeAdmin();
    for (int i = 0; i < access::LoginThrottle::kFreeAttempts; ++i)
        CHECK(vault.login(QStringLiteral("inv1"), QStringLiteral("guess-%1").arg(i)).code() ==
              ErrorCode::WrongPassword);
    const auto refused = vault.login(QStringLiteral("inv1"), QStringLiteral("inv1-password"));
    CHECK(refused.code() == ErrorCode::Throttled);
    // Another user is not held back by inv1's failures.
    auto admin = vault.login(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword));
    REQUIRE(admin.ok());
    CHECK(countAudit(admin.value()->database(), QStringLiteral("login.failed")) == 5);
    auto who = storage::querySingleValue(
        admin.value()->database(), QStringLiteral("SELECT min(actor) FROM audit_entry WHERE action = 'login.failed'"));
    CHECK(who->toString() == QStringLiteral("inv1"));
}

TEST_CASE("the login delay grows with each failure and resets on success", "[access]")
{
    QTemporaryDir dir;
    const QString vaultPath = dir.filePath(QStringLiteral("v.qfv"));
    access::LoginThrottle throttle(vaultPath, 2, 60);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 5; ++i) {
        CHECK(throttle.checkAllowed(QStringLiteral("u"), t0).ok());
        throttle.recordFailure(QStringLiteral("u"), t0);
    }
    CHECK(throttle.delaySecondsAfter(5) == 2);
    CHECK(throttle.delaySecondsAfter(6) == 4);
    CHECK(throttle.delaySecondsAfter(30) == 60);
    CHECK(throttle.checkAllowed(QStringLiteral("u"), t0.addSecs(1)).code() == ErrorCode::Throttled);
    CHECK(throttle.checkAllowed(QStringLiteral("u"), t0.addSecs(2)).ok());
    throttle.recordFailure(QStringLiteral("u"), t0.addSecs(2));
    CHECK(throttle.checkAllowed(QStringLiteral("u"), t0.addSecs(5)).code() == ErrorCode::Throttled);
    CHECK(throttle.checkAllowed(QStringLiteral("u"), t0.addSecs(6)).ok());
    // The file beside the vault holds no user name in the clear.
    QFile file(access::LoginThrottle::pathFor(vaultPath));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("\"u\""));
    throttle.recordSuccess(QStringLiteral("u"));
    CHECK(throttle.failuresInARow(QStringLiteral("u")) == 0);
}
