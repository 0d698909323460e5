#include "TestFiles.h"
#include "TestVault.h"
#include "access/UserService.h"
#include "storage/KeySlots.h"
#include "storage/Sql.h"
#include "storage/Vault.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace qf;
using qf::test::secret;
using qf::test::TestVault;
using test::flipByte;
using test::readAll;

TEST_CASE("a new vault opens with the admin password and is encrypted on disk", "[vault]")
{
    TestVault vault;
    const QString marker = QStringLiteral("UNIQUE-MARKER-清风-7f3a9c");
    {
        const QSqlDatabase db = vault.admin().database();
        REQUIRE(storage::execute(db, QStringLiteral("CREATE TABLE probe (note TEXT)")).ok());
        for (int i = 0; i < 200; ++i)
            REQUIRE(storage::execute(db, QStringLiteral("INSERT INTO probe VALUES (?)"), {marker}).ok());
        // Before closing, the data sits partly in the WAL: check every file that exists now.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QByteArray bytes = readAll(vault.path() + suffix);
            CHECK_FALSE(bytes.contains(marker.toUtf8()));
            CHECK_FALSE(bytes.contains(QByteArray("SQLite format 3")));
        }
        CHECK(QFile::exists(vault.path() + QStringLiteral("-wal")));
    }
    CHECK(vault.admin().vault().cipherVersion().startsWith(QLatin1String("3.")));
    vault.closeAdmin();
    CHECK_FALSE(readAll(vault.path()).contains(marker.toUtf8()));

    auto session = vault.login(QString::fromLatin1(TestVault::kAdmin), QString::fromLatin1(TestVault::kAdminPassword));
    REQUIRE(session.ok());
    auto count = storage::querySingleValue(session.value()->database(),
                                           QStringLiteral("SELECT count(*) FROM probe WHERE note = ?"), {marker});
    REQUIRE(count.ok());
    CHECK(count->toInt() == 200);
}

TEST_CASE("a wrong password is reported as such and leaves the file untouched", "[vault]")
{
    TestVault vault;
    vault.closeAdmin();
    const QByteArray before = readAll(vault.path());
    auto session = vault.login(QStringLiteral("admin"), QStringLiteral("not-the-password"));
    REQUIRE_FALSE(session.ok());
    CHECK(session.code() == ErrorCode::WrongPassword);
    auto unknown = vault.login(QStringLiteral("nobody"), QStringLiteral("whatever-password"));
    CHECK(unknown.code() == ErrorCode::WrongPassword);
    CHECK(readAll(vault.path()) == before);
}

TEST_CASE("a flipped byte in page 1 is damage, not a wrong password", "[vault]")
{
    TestVault vault;
    vault.closeAdmin();
    flipByte(vault.path(), 100);
    const QByteArray damaged = readAll(vault.path());
    auto session = vault.login(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword));
    REQUIRE_FALSE(session.ok());
    CHECK(session.code() == ErrorCode::Damaged);
    CHECK(readAll(vault.path()) == damaged);
    CHECK_FALSE(QFile::exists(vault.path() + QStringLiteral("-wal")));
}

TEST_CASE("a tampered key file is detected", "[vault]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("li.ming"), access::Role::Investigator);
    vault.closeAdmin();
    const QString sidecar = storage::KeySlotFile::pathFor(vault.path());

    SECTION("an edited field fails the MAC")
    {
        QByteArray text = readAll(sidecar);
        REQUIRE(text.contains("\"li.ming\""));
        text.replace("\"li.ming\"", "\"li.mine\"");
        QFile file(sidecar);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        auto session = vault.login(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword));
        CHECK(session.code() == ErrorCode::SlotFileTampered);
    }
    SECTION("garbage is not parsed")
    {
        QFile file(sidecar);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{not json");
        file.close();
        auto session = vault.login(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword));
        CHECK(session.code() == ErrorCode::SlotFileTampered);
    }
}

TEST_CASE("missing, read-only and already open vaults are refused with their own errors", "[vault]")
{
    TestVault vault;
    SECTION("already open by another process, and free again once that process dies")
    {
        vault.closeAdmin();
        int ready[2];
        REQUIRE(::pipe(ready) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            auto held = storage::Vault::open(vault.path(), QStringLiteral("admin"), secret(TestVault::kAdminPassword));
            const char byte = held.ok() ? '1' : '0';
            (void)!::write(ready[1], &byte, 1);
            for (;;)
                ::pause();
        }
        char byte = 0;
        REQUIRE(::read(ready[0], &byte, 1) == 1);
        REQUIRE(byte == '1');
        auto refused = vault.login(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword));
        CHECK(refused.code() == ErrorCode::AlreadyOpen);
        CHECK(refused.message().contains(QString::number(child)));
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        ::close(ready[0]);
        ::close(ready[1]);
        CHECK(vault.login(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword)).ok());
    }
    SECTION("two sessions in one process share the vault")
    {
        vault.addUser(QStringLiteral("clerk1"), access::Role::Clerk);
        auto second = vault.login(QStringLiteral("clerk1"), TestVault::passwordOf(QStringLiteral("clerk1")));
        REQUIRE(second.ok());
        CHECK(second.value()->user().login == QStringLiteral("clerk1"));
    }
    SECTION("missing file")
    {
        vault.closeAdmin();
        auto missing = access::openSession(vault.dir() + QStringLiteral("/absent.qfv"), QStringLiteral("admin"),
                                           secret(TestVault::kAdminPassword));
        CHECK(missing.code() == ErrorCode::FileMissing);
    }
    SECTION("read-only file")
    {
        vault.closeAdmin();
        QFile::setPermissions(vault.path(), QFileDevice::ReadOwner | QFileDevice::ReadUser);
        auto readOnly = vault.login(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword));
        CHECK(readOnly.code() == ErrorCode::ReadOnly);
        QFile::setPermissions(vault.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    SECTION("a plaintext SQLite file is not a vault")
    {
        vault.closeAdmin();
        QFile::remove(vault.path());
        QFile plain(vault.path());
        REQUIRE(plain.open(QIODevice::WriteOnly));
        plain.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        plain.close();
        auto session = vault.login(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword));
        CHECK(session.code() == ErrorCode::NotEncrypted);
    }
}

TEST_CASE("an existing vault is never overwritten by create", "[vault]")
{
    TestVault vault;
    storage::VaultCreateOptions options;
    options.path = vault.path();
    options.organName = QStringLiteral("测试");
    options.adminLogin = QStringLiteral("other");
    options.kdf = crypto::KdfParams::fastForTesting();
    QString recovery;
    auto again = access::initializeVault(options, secret("another-password"), &recovery);
    CHECK(again.code() == ErrorCode::AlreadyExists);
}

TEST_CASE("the key-slot file records the cipher settings and the KDF parameters per slot", "[vault]")
{
    TestVault vault;
    auto slots = storage::KeySlotFile::read(storage::KeySlotFile::pathFor(vault.path()));
    REQUIRE(slots.ok());
    CHECK(slots->cipher().pageSize == 4096);
    CHECK(slots->cipher().compatibility == 3);
    CHECK(slots->cipher().createdWith == vault.admin().vault().cipherVersion());
    REQUIRE(slots->findUserSlot(QStringLiteral("ADMIN")) != nullptr);
    CHECK(slots->findUserSlot(QStringLiteral("admin"))->kdf.opsLimit == crypto::KdfParams::fastForTesting().opsLimit);
    CHECK(slots->recoverySlot() != nullptr);
    CHECK(crypto::KdfParams::production().memLimitBytes > crypto::KdfParams::fastForTesting().memLimitBytes);
}

TEST_CASE("the recovery key opens the vault and resets a forgotten password", "[vault]")
{
    TestVault vault;
    vault.closeAdmin();
    auto wrong = access::resetPasswordWithRecoveryKey(
        vault.path(), QStringLiteral("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"), QStringLiteral("admin"),
        secret("new-admin-password"), crypto::KdfParams::fastForTesting());
    CHECK(wrong.code() == ErrorCode::WrongPassword);
    const QString typedLoosely = vault.recoveryKey().toLower().replace(u'-', u' ');
    auto reset =
        access::resetPasswordWithRecoveryKey(vault.path(), typedLoosely, QStringLiteral("admin"),
                                             secret("new-admin-password"), crypto::KdfParams::fastForTesting());
    REQUIRE(reset.ok());
    CHECK(vault.login(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword)).code() ==
          ErrorCode::WrongPassword);
    CHECK(vault.login(QStringLiteral("admin"), QStringLiteral("new-admin-password")).ok());
}

TEST_CASE("rekey re-encrypts under a new key and keeps the data", "[vault]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("clerk1"), access::Role::Clerk);
    const QByteArray before = readAll(vault.path());
    access::UserService users(vault.admin(), crypto::KdfParams::fastForTesting());
    auto recovery = users.rekeyVault(secret(TestVault::kAdminPassword));
    REQUIRE(recovery.ok());
    CHECK(recovery.value() != vault.recoveryKey());
    auto listed = users.listUsers();
    REQUIRE(listed.ok());
    CHECK(listed->size() == 2);
    vault.closeAdmin();
    CHECK(readAll(vault.path()).left(4096) != before.left(4096));
    CHECK(vault.login(QStringLiteral("clerk1"), TestVault::passwordOf(QStringLiteral("clerk1"))).code() ==
          ErrorCode::WrongPassword);
    auto admin = vault.login(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword));
    REQUIRE(admin.ok());
    auto verified = storage::querySingleValue(
        admin.value()->database(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'vault.rekey'"));
    REQUIRE(verified.ok());
    CHECK(verified->toInt() == 1);
}
