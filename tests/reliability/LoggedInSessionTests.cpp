#include "VaultCheck.h"
#include "access/UserService.h"
#include "archive/BackupService.h"

#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::reliability;

namespace {

crypto::SecretBytes adminPassword()
{
    return crypto::SecretBytes::copyOf(QByteArrayView("admin-password-1"));
}

} // namespace

// Regression: backups and rekeying write their new file through ATTACH, and a vault opened by logging in (as
// opposed to the session that created it) is opened without SQLITE_OPEN_CREATE, so ATTACH could not create the file
// and both failed with "unable to open database" for every user after the first run.
TEST_CASE("backup and rekey work from a session opened by logging in", "[reliability][check]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("login.qfv"));
    {
        auto created = createOffice(vault);
        REQUIRE(created.ok());
    }
    {
        auto admin = login(vault, QStringLiteral("admin"));
        REQUIRE(admin.ok());
        auto set = archive::BackupService::backup(*admin.value(), dir.filePath(QStringLiteral("backups")));
        INFO(set.message().toStdString());
        REQUIRE(set.ok());
        CHECK(archive::BackupService::verify(set->directory, QStringLiteral("admin"), adminPassword()).ok());
    }
    auto check = checkVault(vault, {});
    REQUIRE(check.ok());
    INFO(check->summary().toStdString());
    CHECK(check->passed());
    {
        auto admin = login(vault, QStringLiteral("admin"));
        REQUIRE(admin.ok());
        auto recovery =
            access::UserService(*admin.value(), crypto::KdfParams::fastForTesting()).rekeyVault(adminPassword());
        INFO(recovery.message().toStdString());
        CHECK(recovery.ok());
    }
    CHECK(login(vault, QStringLiteral("admin")).ok());
}

// Found by the harness: the audit key was derived from the master key only, so a rekey broke every entry written
// before it. A rekey now keeps the key in use inside the vault.
TEST_CASE("the audit chain still verifies after a rekey", "[rekey-audit]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("rekey.qfv"));
    {
        auto admin = createOffice(vault);
        REQUIRE(admin.ok());
        REQUIRE(
            access::UserService(*admin.value(), crypto::KdfParams::fastForTesting()).rekeyVault(adminPassword()).ok());
    }
    auto check = checkVault(vault, {});
    REQUIRE(check.ok());
    INFO(check->summary().toStdString());
    CHECK(check->passed());
}
