// The Archives area: who sees it, the trust list (own fingerprint, add, revoke), backup with rotation, and restore
// through the main window (verified first, vault locked, files swapped, unlocked again).
#include "ArchiveFixture.h"
#include "MainWindow.h"
#include "access/UserService.h"
#include "archive/ArchiveFormat.h"
#include "archive/ArchivesPage.h"
#include "archive/BackupPanel.h"
#include "archive/TrustListPanel.h"
#include "archive/WorkstationKey.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <catch2/catch.hpp>

using qf::test::TestVault;
using qf::ui::ArchivesPage;
using qf::ui::MainWindow;

namespace {
QStringList backupSets(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("qingfeng-backup-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
}
} // namespace

TEST_CASE("Auditors and the administrator have the Archives area; only the administrator has backups", "[archive-ui]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("auditor1"), qf::access::Role::Auditor);
    vault.addUser(QStringLiteral("inv1"), qf::access::Role::Investigator);
    {
        MainWindow window(vault.admin());
        REQUIRE(window.showArea(MainWindow::Area::Archives));
        auto* page = qobject_cast<ArchivesPage*>(window.page(MainWindow::Area::Archives));
        REQUIRE(page);
        CHECK(page->backup() != nullptr);
        CHECK(page->findChild<QWidget*>(QStringLiteral("exportArchiveButton")) == nullptr);
        CHECK(window.findChild<QAction*>(QStringLiteral("importArchiveAction")) != nullptr);
    }
    vault.closeAdmin();
    {
        auto auditor = vault.login(QStringLiteral("auditor1"), TestVault::passwordOf(QStringLiteral("auditor1")));
        REQUIRE(auditor.ok());
        MainWindow window(*auditor.value());
        REQUIRE(window.showArea(MainWindow::Area::Archives));
        auto* page = qobject_cast<ArchivesPage*>(window.page(MainWindow::Area::Archives));
        REQUIRE(page);
        CHECK(page->backup() == nullptr);
        CHECK(page->findChild<QWidget*>(QStringLiteral("exportArchiveButton")) != nullptr);
        CHECK(window.findChild<QAction*>(QStringLiteral("exportArchiveAction")) != nullptr);
    }
    {
        auto investigator = vault.login(QStringLiteral("inv1"), TestVault::passwordOf(QStringLiteral("inv1")));
        REQUIRE(investigator.ok());
        MainWindow window(*investigator.value());
        CHECK_FALSE(window.hasArea(MainWindow::Area::Archives));
        CHECK(window.findChild<QAction*>(QStringLiteral("importArchiveAction")) == nullptr);
    }
}

TEST_CASE("The trust list panel shows this workstation's fingerprint, adds a key file and revokes it", "[archive-ui]")
{
    qf::test::ArchiveFixture f;
    // A's auditor saves A's public key file; B's administrator adds it.
    const QString keyFile = f.work(QStringLiteral("a.pub"));
    {
        auto auditor = f.a().as(QStringLiteral("auditor"));
        qf::ui::TrustListPanel panel(*auditor);
        panel.reload();
        const QString own = panel.findChild<QLabel*>(QStringLiteral("ownFingerprintLabel"))->text();
        CHECK(own.contains(qf::archive::fingerprintOf(f.publicKeyOfA())));
        REQUIRE(panel.saveOwnKey(keyFile).ok());
        CHECK(panel.findChild<QWidget*>(QStringLiteral("addKeyButton"))->isHidden());
    }
    qf::ui::TrustListPanel panel(f.b().admin());
    panel.reload();
    CHECK(panel.table()->rowCount() == 0);
    const QString fingerprint = qf::archive::fingerprintOf(f.publicKeyOfA());

    CHECK_FALSE(panel.addKeyFile(f.work(QStringLiteral("missing.pub")), QStringLiteral("A")).ok());
    REQUIRE(panel.addKeyFile(keyFile, QStringLiteral("测试市纪委 A")).ok());
    REQUIRE(panel.table()->rowCount() == 1);
    CHECK(panel.table()->item(0, 0)->text() == fingerprint);
    CHECK(panel.table()->item(0, 1)->text() == QStringLiteral("测试市纪委 A"));
    auto again = panel.addKeyFile(keyFile, QStringLiteral("again"));
    CHECK(again.code() == qf::ErrorCode::AlreadyExists);
    CHECK(panel.findChild<QLabel*>(QStringLiteral("trustErrorLabel"))->isVisibleTo(&panel));

    REQUIRE(panel.revoke(fingerprint, QStringLiteral("workstation decommissioned")).ok());
    CHECK(panel.table()->item(0, 3)->text().contains(QStringLiteral("workstation decommissioned")));
    auto trust = qf::archive::TrustList::trustOf(f.b().admin().database(), f.publicKeyOfA());
    REQUIRE(trust.ok());
    CHECK(trust.value() == qf::archive::SignerTrust::Revoked);
}

TEST_CASE("The backup panel writes sets, rotates them by its setting and refuses a bad password", "[archive-ui]")
{
    TestVault vault;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    qf::ui::BackupPanel panel(vault.admin());
    panel.reload();
    CHECK_FALSE(panel.backupNow(QString()).ok());
    REQUIRE(panel.saveRotation(2).ok());
    for (int i = 0; i < 3; ++i) {
        auto made = panel.backupNow(folder.path());
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
    }
    const QStringList sets = backupSets(folder.path());
    REQUIRE(sets.size() == 2);
    CHECK(panel.statusLabel()->text().contains(QStringLiteral("rotation")));
    const QString set = QDir(folder.path()).filePath(sets.last());
    CHECK(panel.verifySet(set, qf::test::secret(TestVault::kAdminPassword)).ok());
    auto wrong = panel.verifySet(set, qf::test::secret("not the password"));
    CHECK_FALSE(wrong.ok());
    CHECK_FALSE(panel.statusLabel()->text().isEmpty());
}

TEST_CASE("Restoring from the Archives area verifies the set, locks the vault and brings the backup back",
          "[archive-ui]")
{
    TestVault vault;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    MainWindow window(vault.admin());
    REQUIRE(window.showArea(MainWindow::Area::Archives));
    auto* page = qobject_cast<ArchivesPage*>(window.page(MainWindow::Area::Archives));
    REQUIRE(page);
    REQUIRE(page->backup());
    REQUIRE(page->backup()->backupNow(folder.path()).ok());
    const QString set = QDir(folder.path()).filePath(backupSets(folder.path()).first());
    // A user added after the backup is gone once the backup is restored.
    vault.addUser(QStringLiteral("later"), qf::access::Role::Clerk);

    // A damaged set is refused before anything is locked or moved.
    const QString damaged = folder.filePath(QStringLiteral("damaged-set"));
    REQUIRE(QDir().mkpath(damaged));
    for (const QString& name : QDir(set).entryList(QDir::Files))
        REQUIRE(QFile::copy(QDir(set).filePath(name), QDir(damaged).filePath(name)));
    {
        QFile db(QDir(damaged).filePath(QStringLiteral("vault.qfv")));
        REQUIRE(db.open(QIODevice::Append));
        db.write("x");
    }
    CHECK_FALSE(page->backup()->restoreSet(damaged, qf::test::secret(TestVault::kAdminPassword)).ok());
    CHECK_FALSE(window.isLocked());

    auto restored = page->backup()->restoreSet(set, qf::test::secret(TestVault::kAdminPassword));
    INFO(restored.message().toStdString());
    REQUIRE(restored.ok());
    CHECK(window.isLocked());
    REQUIRE(vault.admin().unlock(qf::test::secret(TestVault::kAdminPassword)).ok());
    auto users = qf::access::UserService(vault.admin()).listUsers();
    REQUIRE(users.ok());
    bool laterFound = false;
    for (const auto& user : users.value())
        laterFound = laterFound || user.login == QStringLiteral("later");
    CHECK_FALSE(laterFound);
}
