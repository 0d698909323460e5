// The welcome screen on a workstation that has never run Qingfeng: create a vault, open one from the recent list,
// restore from a backup, and try the demo vault.
#include "FirstRunSupport.h"
#include "LoginDialog.h"
#include "NewVaultWizard.h"
#include "RestoreBackupDialog.h"
#include "TestVault.h"
#include "UiSettings.h"
#include "WelcomeDialog.h"
#include "access/LoginService.h"
#include "archive/BackupService.h"

#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStringListModel>
#include <QTimer>
#include <catch2/catch.hpp>

using qf::ui::UiSettings;
using qf::ui::WelcomeDialog;

namespace {

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        FAIL("no widget named " << name);
    return found;
}

// Fills in and finishes the new-vault wizard once it is shown modally by the welcome screen.
void completeWizardWhenShown(const QString& path)
{
    QTimer::singleShot(0, [path] {
        auto* wizard = qobject_cast<qf::ui::NewVaultWizard*>(QApplication::activeModalWidget());
        REQUIRE(wizard);
        child<QLineEdit>(*wizard, "vaultPathEdit")->setText(path);
        child<QLineEdit>(*wizard, "organNameEdit")->setText(QStringLiteral("中共测试市纪律检查委员会"));
        wizard->next();
        child<QLineEdit>(*wizard, "displayNameEdit")->setText(QStringLiteral("系统管理员"));
        child<QLineEdit>(*wizard, "adminPasswordEdit")->setText(QStringLiteral("secret-pass-1"));
        child<QLineEdit>(*wizard, "adminRepeatPasswordEdit")->setText(QStringLiteral("secret-pass-1"));
        wizard->next();
        child<QCheckBox>(*wizard, "confirmCheckBox")->setChecked(true);
        wizard->accept();
    });
}

} // namespace

TEST_CASE("Welcome: a fresh workstation gets the welcome screen and creates a vault from it")
{
    qf::test::FreshWorkstation workstation;
    CHECK(WelcomeDialog::isNeeded());
    const QString path = workstation.dir() + QStringLiteral("/office.qfv");

    WelcomeDialog welcome;
    welcome.setKdfParams(qf::crypto::KdfParams::fastForTesting());
    welcome.show();
    CHECK(welcome.recentList()->item(0)->data(Qt::UserRole).toString().isEmpty()); // "(none yet)"
    completeWizardWhenShown(path);
    welcome.createVault();

    CHECK(welcome.result() == QDialog::Accepted);
    auto session = welcome.takeSession();
    REQUIRE(session);
    CHECK(session->login() == QStringLiteral("admin"));
    CHECK(QFileInfo::exists(path));
    CHECK(UiSettings::recentVaults() == QStringList{QFileInfo(path).absoluteFilePath()});
    // The next start goes straight to the login dialog.
    CHECK_FALSE(WelcomeDialog::isNeeded());
}

TEST_CASE("Welcome: recent vaults are listed and open in the login dialog; missing ones are dropped")
{
    qf::test::FreshWorkstation workstation;
    qf::test::TestVault vault;
    vault.closeAdmin();
    const QString missing = workstation.dir() + QStringLiteral("/moved-away.qfv");
    UiSettings::addRecentVault(missing);
    CHECK(WelcomeDialog::isNeeded()); // the only known vault is gone
    UiSettings::addRecentVault(vault.path());
    CHECK_FALSE(WelcomeDialog::isNeeded());
    CHECK(UiSettings::recentVaults().first() == QFileInfo(vault.path()).absoluteFilePath());

    WelcomeDialog welcome;
    welcome.show();
    REQUIRE(welcome.recentList()->count() == 1); // only the vault that exists
    CHECK(welcome.recentList()->item(0)->data(Qt::UserRole).toString() == QFileInfo(vault.path()).absoluteFilePath());

    welcome.openVault(missing);
    CHECK(welcome.result() != QDialog::Accepted);
    CHECK(child<QLabel>(welcome, "welcomeMessageLabel")->isVisible());
    CHECK_FALSE(UiSettings::recentVaults().contains(missing));

    REQUIRE(welcome.recentList()->count() == 1);
    Q_EMIT welcome.recentList()->itemActivated(welcome.recentList()->item(0));
    CHECK(welcome.result() == QDialog::Accepted);
    CHECK(welcome.chosenVaultPath() == QFileInfo(vault.path()).absoluteFilePath());
    CHECK_FALSE(welcome.takeSession()); // opening an existing vault goes through the login dialog
}

TEST_CASE("Welcome: the recent list keeps the newest vaults first, without duplicates, up to its limit")
{
    qf::test::FreshWorkstation workstation;
    for (int i = 0; i < UiSettings::kMaxRecentVaults + 3; ++i)
        UiSettings::addRecentVault(workstation.dir() + QStringLiteral("/v%1.qfv").arg(i));
    UiSettings::addRecentVault(workstation.dir() + QStringLiteral("/v5.qfv"));
    const QStringList recent = UiSettings::recentVaults();
    CHECK(recent.size() == UiSettings::kMaxRecentVaults);
    CHECK(recent.first().endsWith(QStringLiteral("/v5.qfv")));
    CHECK(recent.count(recent.first()) == 1);
    CHECK(recent.at(1).endsWith(QStringLiteral("/v10.qfv")));
}

TEST_CASE("Welcome: restoring a backup puts the vault in place and it opens with the backup's password")
{
    qf::test::FreshWorkstation workstation;
    qf::test::TestVault vault;
    auto set = qf::archive::BackupService::backup(vault.admin(), workstation.dir() + QStringLiteral("/backups"));
    REQUIRE(set.ok());
    vault.closeAdmin();
    const QString restoredPath = workstation.dir() + QStringLiteral("/restored.qfv");

    auto refused = qf::ui::RestoreBackupDialog::restore(set->directory, restoredPath, QStringLiteral("admin"),
                                                        qf::test::secret("wrong-password-1"));
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(QFileInfo::exists(restoredPath));

    auto restored = qf::ui::RestoreBackupDialog::restore(set->directory, restoredPath, QStringLiteral("admin"),
                                                         qf::test::secret(qf::test::TestVault::kAdminPassword));
    REQUIRE(restored.ok());
    auto session = qf::access::openSession(restoredPath, QStringLiteral("admin"),
                                           qf::test::secret(qf::test::TestVault::kAdminPassword));
    CHECK(session.ok());
}

TEST_CASE("Welcome: the demo vault is created in the user's data folder and logs in as the chosen role")
{
    qf::test::FreshWorkstation workstation;
    const QString demoPath = WelcomeDialog::demoVaultPath();
    CHECK(demoPath.startsWith(workstation.dir()));
    {
        WelcomeDialog welcome;
        REQUIRE(welcome.startDemo(QStringLiteral("zhao.min")));
        CHECK(welcome.result() == QDialog::Accepted);
        auto session = welcome.takeSession();
        REQUIRE(session);
        CHECK(session->login() == QStringLiteral("zhao.min"));
        CHECK(session->can(qf::access::Permission::RegisterReport));
        CHECK_FALSE(session->can(qf::access::Permission::ManageUsers));
    }
    CHECK(QFileInfo::exists(demoPath));
    CHECK(UiSettings::recentVaults().contains(demoPath));
    // A second try reuses the same demo vault, now as its administrator.
    WelcomeDialog again;
    REQUIRE(again.startDemo(QStringLiteral("zhang.wei")));
    auto admin = again.takeSession();
    REQUIRE(admin);
    CHECK(admin->can(qf::access::Permission::ManageUsers));
}

TEST_CASE("Welcome: the login dialog offers the recent vaults while typing the vault path")
{
    qf::test::FreshWorkstation workstation;
    const QString first = workstation.dir() + QStringLiteral("/a.qfv");
    const QString second = workstation.dir() + QStringLiteral("/b.qfv");
    UiSettings::addRecentVault(first);
    UiSettings::setLastVaultPath(second);
    qf::ui::LoginDialog login;
    auto* edit = child<QLineEdit>(login, "vaultPathEdit");
    CHECK(edit->text() == second);
    REQUIRE(edit->completer());
    auto* model = qobject_cast<QStringListModel*>(edit->completer()->model());
    REQUIRE(model);
    CHECK(model->stringList() == QStringList{second, first});
}
