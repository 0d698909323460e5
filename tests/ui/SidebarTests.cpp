// Which areas the sidebar offers depends on the session's permissions.
#include "EmptyStatePage.h"
#include "MainWindow.h"
#include "TestVault.h"

#include <QLabel>
#include <QListWidget>
#include <catch2/catch.hpp>

using qf::test::TestVault;
using qf::ui::MainWindow;

namespace {
QStringList sidebarTitles(const MainWindow& window)
{
    QStringList titles;
    for (int row = 0; row < window.sidebar()->count(); ++row)
        if (!window.sidebar()->item(row)->isHidden())
            titles << window.sidebar()->item(row)->text();
    return titles;
}
} // namespace

TEST_CASE("The administrator sees Admin and Audit but not the case areas")
{
    TestVault vault;
    MainWindow window(vault.admin());
    CHECK(window.hasArea(MainWindow::Area::Admin));
    CHECK(window.hasArea(MainWindow::Area::Audit));
    CHECK(window.hasArea(MainWindow::Area::Dashboard));
    CHECK_FALSE(window.hasArea(MainWindow::Area::Cases));
    CHECK(sidebarTitles(window).contains(QStringLiteral("Administration")));
}

TEST_CASE("The sidebar hides Admin and Audit from an investigator")
{
    TestVault vault;
    vault.addUser(QStringLiteral("investigator1"), qf::access::Role::Investigator);
    vault.closeAdmin();
    auto session = vault.login(QStringLiteral("investigator1"), TestVault::passwordOf(QStringLiteral("investigator1")));
    REQUIRE(session.ok());
    MainWindow window(*session.value());
    CHECK_FALSE(window.hasArea(MainWindow::Area::Admin));
    CHECK_FALSE(window.hasArea(MainWindow::Area::Audit));
    CHECK(window.hasArea(MainWindow::Area::Leads));
    CHECK(window.hasArea(MainWindow::Area::Cases));
    const QStringList titles = sidebarTitles(window);
    CHECK_FALSE(titles.contains(QStringLiteral("Administration")));
    CHECK_FALSE(titles.contains(QStringLiteral("Audit trail")));
    CHECK_FALSE(window.showArea(MainWindow::Area::Admin));

    REQUIRE(window.showArea(MainWindow::Area::Documents));
    CHECK(qobject_cast<qf::ui::EmptyStatePage*>(window.page(MainWindow::Area::Documents)) == nullptr);
}

TEST_CASE("The Archives area is a working page for an auditor", "[ui][sidebar]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("auditor1"), qf::access::Role::Auditor);
    vault.closeAdmin();
    auto session = vault.login(QStringLiteral("auditor1"), TestVault::passwordOf(QStringLiteral("auditor1")));
    REQUIRE(session.ok());
    MainWindow window(*session.value());
    REQUIRE(window.showArea(MainWindow::Area::Archives));
    CHECK(qobject_cast<qf::ui::EmptyStatePage*>(window.page(MainWindow::Area::Archives)) == nullptr);
    CHECK(window.page(MainWindow::Area::Archives)->findChild<QWidget*>(QStringLiteral("exportArchiveButton")));
}

TEST_CASE("The main window fits a 1366x768 screen for every role that sees the dashboard's case figures",
          "[ui][sidebar]")
{
    TestVault vault;
    const QList<QPair<QString, qf::access::Role>> people{{QStringLiteral("clerk1"), qf::access::Role::Clerk},
                                                         {QStringLiteral("inv1"), qf::access::Role::Investigator},
                                                         {QStringLiteral("boss1"), qf::access::Role::Approver}};
    for (const auto& [login, role] : people)
        vault.addUser(login, role);
    vault.closeAdmin();
    for (const auto& [login, role] : people) {
        auto session = vault.login(login, TestVault::passwordOf(login));
        REQUIRE(session.ok());
        MainWindow window(*session.value());
        window.show();
        INFO(login.toStdString() << " needs " << window.minimumSizeHint().width() << "x"
                                 << window.minimumSizeHint().height());
        // What is left of 768 pixels under a title bar and a panel.
        CHECK(window.minimumSizeHint().height() <= 700);
        CHECK(window.minimumSizeHint().width() <= 1366);
    }
}
