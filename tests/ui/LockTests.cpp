// Locking on the offscreen platform: Ctrl+L, the idle timer, and unlocking with the right and a wrong password.
#include "AddUserDialog.h"
#include "DashboardPage.h"
#include "IdleLockController.h"
#include "MainWindow.h"
#include "TestVault.h"
#include "UsersPage.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using qf::test::TestVault;
using qf::ui::MainWindow;

namespace {

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        FAIL("no widget named " << name);
    return found;
}

void showAndActivate(QWidget& window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("Ctrl+L locks the window, closes dialogs, and only the right password unlocks it")
{
    TestVault vault;
    qf::access::Session& session = vault.admin();
    MainWindow window(session);
    showAndActivate(window);

    auto* pages = child<QStackedWidget>(window, "pageStackedWidget");
    auto* sidebar = child<QListWidget>(window, "sidebarListWidget");
    auto* organ = child<QLabel>(window, "organLabel");
    REQUIRE(pages->isVisible());
    REQUIRE(organ->text() == QStringLiteral("中共测试市纪律检查委员会"));
    REQUIRE(window.showArea(MainWindow::Area::Audit));

    auto* dialog = new QDialog(&window);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->setModal(true);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    REQUIRE(dialog->isVisible());

    // The shortcut must work while the modal dialog has the focus.
    QTest::keyClick(dialog, Qt::Key_L, Qt::ControlModifier);

    CHECK(session.isLocked());
    CHECK(window.isLocked());
    CHECK_FALSE(dialog->isVisible());
    CHECK(dialog->result() == QDialog::Rejected);
    CHECK_FALSE(pages->isVisible());
    CHECK_FALSE(sidebar->isVisible());
    CHECK(organ->text().isEmpty());
    auto* lockScreen = child<QWidget>(window, "lockScreen");
    CHECK(lockScreen->isVisible());

    auto* passwordEdit = child<QLineEdit>(window, "unlockPasswordEdit");
    auto* message = child<QLabel>(window, "unlockMessageLabel");
    REQUIRE(passwordEdit->isVisible());
    CHECK_FALSE(message->isVisible());

    SECTION("a wrong password keeps it locked and says why")
    {
        QTest::keyClicks(passwordEdit, QStringLiteral("not-the-password"));
        QTest::keyClick(passwordEdit, Qt::Key_Return);
        CHECK(session.isLocked());
        CHECK(message->isVisible());
        CHECK_FALSE(message->text().isEmpty());
        CHECK(passwordEdit->text().isEmpty());
        CHECK_FALSE(pages->isVisible());
    }

    QTest::keyClicks(passwordEdit, QString::fromLatin1(TestVault::kAdminPassword));
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    CHECK_FALSE(session.isLocked());
    CHECK_FALSE(lockScreen->isVisible());
    CHECK(pages->isVisible());
    CHECK(window.currentArea() == MainWindow::Area::Audit);
    CHECK(passwordEdit->text().isEmpty());

    // The data comes back from the vault after unlocking.
    REQUIRE(window.showArea(MainWindow::Area::Dashboard));
    CHECK(organ->text() == QStringLiteral("中共测试市纪律检查委员会"));
    delete dialog;
}

TEST_CASE("The idle timer locks the window")
{
    TestVault vault;
    qf::access::Session& session = vault.admin();
    MainWindow window(session);
    showAndActivate(window);
    REQUIRE_FALSE(session.isLocked());

    window.idleLock()->setInterval(std::chrono::milliseconds(60));
    CHECK(window.idleLock()->isRunning());
    CHECK(QTest::qWaitFor([&] { return session.isLocked(); }, 3000));
    CHECK(window.isLocked());
    CHECK_FALSE(child<QStackedWidget>(window, "pageStackedWidget")->isVisible());
    // Nothing to time while locked.
    CHECK_FALSE(window.idleLock()->isRunning());
}

TEST_CASE("Input restarts the idle timer")
{
    TestVault vault;
    MainWindow window(vault.admin());
    showAndActivate(window);
    window.idleLock()->setInterval(std::chrono::milliseconds(1500));
    // Keep typing for longer than the interval, a key every 100 ms: no lock while the user is active. The interval
    // leaves room for a slow machine (or a sanitizer build) between two keys.
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(100);
        QTest::keyClick(window.sidebar(), Qt::Key_Down);
    }
    CHECK_FALSE(vault.admin().isLocked());
    CHECK(QTest::qWaitFor([&] { return vault.admin().isLocked(); }, 6000));
}

TEST_CASE("Input typed in a dialog closed by the lock is offered again after unlocking")
{
    TestVault vault;
    qf::access::Session& session = vault.admin();
    MainWindow window(session);
    showAndActivate(window);
    REQUIRE(window.showArea(MainWindow::Area::Admin));
    auto* users = qobject_cast<qf::ui::UsersPage*>(window.page(MainWindow::Area::Admin));
    REQUIRE(users);

    bool typed = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<qf::ui::AddUserDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return; // no exceptions through the event loop; the REQUIRE(typed) below reports it
        dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(QStringLiteral("draft.user"));
        dialog->findChild<QLineEdit*>(QStringLiteral("initialPasswordEdit"))->setText(QStringLiteral("typed-secret"));
        typed = true;
        QTest::keyClick(dialog, Qt::Key_L, Qt::ControlModifier);
    });
    users->addUser(); // returns when the lock closes the dialog
    REQUIRE(typed);
    REQUIRE(session.isLocked());
    CHECK(QApplication::activeModalWidget() == nullptr);

    QString offeredLogin;
    QString offeredPassword = QStringLiteral("not checked");
    auto* passwordEdit = child<QLineEdit>(window, "unlockPasswordEdit");
    QTest::keyClicks(passwordEdit, QString::fromLatin1(TestVault::kAdminPassword));
    QTimer::singleShot(100, &window, [&] {
        auto* dialog = qobject_cast<qf::ui::AddUserDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offeredLogin = dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->text();
        offeredPassword = dialog->findChild<QLineEdit*>(QStringLiteral("initialPasswordEdit"))->text();
        dialog->reject();
    });
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    REQUIRE_FALSE(session.isLocked());
    CHECK(QTest::qWaitFor([&] { return !offeredLogin.isEmpty(); }, 3000));
    CHECK(offeredLogin == QStringLiteral("draft.user"));
    // Passwords are never kept across a lock.
    CHECK(offeredPassword.isEmpty());
}
