#include "TestFiles.h"
#include "TestVault.h"
#include "archive/BackupService.h"
#include "storage/KeySlots.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace qf;

namespace {

QString onlySet(const QString& dir)
{
    const QStringList sets =
        QDir(dir).entryList({QStringLiteral("qingfeng-backup-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(sets.size() == 1);
    return QDir(dir).filePath(sets.first());
}

} // namespace

TEST_CASE("a backup restores the vault as it was, and a damaged backup is refused", "[archive][backup]")
{
    test::TestVault vault;
    const QString backups = vault.dir() + QStringLiteral("/backups");
    const crypto::SecretBytes password = test::secret(test::TestVault::kAdminPassword);
    REQUIRE(storage::execute(vault.admin().database(),
                             QStringLiteral("INSERT INTO setting (key, value) VALUES ('marker', 'before backup')"))
                .ok());
    auto set = archive::BackupService::backup(vault.admin(), backups);
    INFO(set.message().toStdString());
    REQUIRE(set.ok());
    CHECK(set->directory == onlySet(backups));
    CHECK(QFile::exists(set->directory + QStringLiteral("/backup.json")));
    {
        QFile db(set->directory + QStringLiteral("/vault.qfv"));
        REQUIRE(db.open(QIODevice::ReadOnly));
        CHECK_FALSE(db.read(16).startsWith("SQLite format 3"));
    }
    REQUIRE(storage::execute(vault.admin().database(),
                             QStringLiteral("UPDATE setting SET value = 'after backup' WHERE key = 'marker'"))
                .ok());
    CHECK(archive::BackupService::verify(set->directory, QStringLiteral("admin"), password).ok());
    CHECK(archive::BackupService::verify(set->directory, QStringLiteral("admin"), test::secret("wrong-password-9"))
              .code() == ErrorCode::WrongPassword);

    SECTION("restoring while the vault is open is refused")
    {
        auto refused = archive::BackupService::restore(set->directory, vault.path(), QStringLiteral("admin"), password);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == ErrorCode::AlreadyOpen);
    }
    SECTION("round trip")
    {
        vault.closeAdmin();
        auto restored =
            archive::BackupService::restore(set->directory, vault.path(), QStringLiteral("admin"), password);
        INFO(restored.message().toStdString());
        REQUIRE(restored.ok());
        CHECK(QFile::exists(restored.value())); // the previous vault is kept aside
        auto session = vault.login(QStringLiteral("admin"), QString::fromLatin1(test::TestVault::kAdminPassword));
        REQUIRE(session.ok());
        auto marker = storage::querySingleValue(session.value()->database(),
                                                QStringLiteral("SELECT value FROM setting WHERE key = 'marker'"));
        REQUIRE(marker.ok());
        CHECK(marker->toString() == QStringLiteral("before backup"));
        auto restoreAudit = storage::querySingleValue(session.value()->database(),
                                                      QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = "
                                                                     "'backup.restore'"));
        CHECK(restoreAudit->toInt() == 1);
    }
    SECTION("a damaged backup is refused and the vault is not touched")
    {
        test::flipByte(set->directory + QStringLiteral("/vault.qfv"), 5000);
        vault.closeAdmin();
        QFile original(vault.path());
        REQUIRE(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        auto refused = archive::BackupService::restore(set->directory, vault.path(), QStringLiteral("admin"), password);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == ErrorCode::Damaged);
        REQUIRE(original.open(QIODevice::ReadOnly));
        CHECK(original.readAll() == before);
        // The copy that was checked next to the vault is gone again, and nothing was moved aside.
        const QStringList beside = QFileInfo(vault.path()).dir().entryList(QDir::Files);
        CHECK(beside.filter(QStringLiteral(".restoring")).isEmpty());
        CHECK(beside.filter(QStringLiteral(".before-restore-")).isEmpty());
        CHECK(beside.filter(QStringLiteral(".verify-")).isEmpty());
    }
}

TEST_CASE("old backup sets are rotated away as the setting says", "[archive][backup]")
{
    test::TestVault vault;
    const QString backups = vault.dir() + QStringLiteral("/backups");
    REQUIRE(storage::execute(vault.admin().database(),
                             QStringLiteral("INSERT INTO setting (key, value) VALUES ('backup_keep', '2')"))
                .ok());
    for (int i = 0; i < 3; ++i)
        REQUIRE(archive::BackupService::backup(vault.admin(), backups).ok());
    CHECK(QDir(backups).entryList({QStringLiteral("qingfeng-backup-*")}, QDir::Dirs | QDir::NoDotAndDotDot).size() ==
          2);
}

TEST_CASE("restoring twice in a row keeps both previous vaults aside", "[archive][backup]")
{
    test::TestVault vault;
    const QString backups = vault.dir() + QStringLiteral("/backups");
    const crypto::SecretBytes password = test::secret(test::TestVault::kAdminPassword);
    auto set = archive::BackupService::backup(vault.admin(), backups);
    REQUIRE(set.ok());
    vault.closeAdmin();
    auto first = archive::BackupService::restore(set->directory, vault.path(), QStringLiteral("admin"), password);
    INFO(first.message().toStdString());
    REQUIRE(first.ok());
    auto second = archive::BackupService::restore(set->directory, vault.path(), QStringLiteral("admin"), password);
    INFO(second.message().toStdString());
    REQUIRE(second.ok());
    CHECK(first.value() != second.value());
    CHECK(QFile::exists(first.value()));
    CHECK(QFile::exists(second.value()));
    CHECK(QFile::exists(storage::KeySlotFile::pathFor(first.value())));
}
