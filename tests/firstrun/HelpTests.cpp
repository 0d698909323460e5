// Help: the About box names this build and its libraries, the shortcut sheet lists the window's real shortcuts, and
// the built manual is found from the program's folder.
#include "AboutDialog.h"
#include "HelpMenu.h"
#include "MainWindow.h"
#include "ShortcutSheet.h"
#include "TestVault.h"

#include <QFile>
#include <QTableWidget>
#include <catch2/catch.hpp>
#include <sodium.h>

namespace {

QStringList column(const QTableWidget* table, int column)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row)
        values << table->item(row, column)->text();
    return values;
}

} // namespace

TEST_CASE("Help: the About box shows the version and the library versions")
{
    qf::ui::AboutDialog about(QStringLiteral("4.5.6 community"));
    const QString details = about.detailsText();
    CHECK(details.contains(QStringLiteral(QF_VERSION)));
    CHECK(details.contains(QString::fromLatin1(qVersion())));
    CHECK(details.contains(QString::fromLatin1(sodium_version_string())));
    CHECK(details.contains(QStringLiteral("4.5.6 community")));
    CHECK(details.contains(QStringLiteral("SQLite 3.")));
}

TEST_CASE("Help: the shortcut sheet lists the shortcuts the main window really has")
{
    qf::test::TestVault vault;
    qf::ui::MainWindow window(vault.admin());
    qf::ui::ShortcutSheet sheet(&window);
    const QStringList keys = column(sheet.table(), 0);
    const QStringList actions = column(sheet.table(), 1);
    const QString lockKeys = QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText);
    REQUIRE(keys.contains(lockKeys));
    CHECK(actions.at(keys.indexOf(lockKeys)) == QStringLiteral("Lock"));
    CHECK(keys.contains(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    CHECK(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText)));
    CHECK(actions.contains(QStringLiteral("Settings")));
}

TEST_CASE("Help: the shortcut sheet shows labels without mnemonics in either language's style")
{
    CHECK(qf::ui::ShortcutSheet::plainLabel(QStringLiteral("&Lock")) == QStringLiteral("Lock"));
    CHECK(qf::ui::ShortcutSheet::plainLabel(QStringLiteral("Check &paper now…")) == QStringLiteral("Check paper now"));
    CHECK(qf::ui::ShortcutSheet::plainLabel(QStringLiteral("设置(&S)…")) == QStringLiteral("设置"));
    CHECK(qf::ui::ShortcutSheet::plainLabel(QStringLiteral("退出(&Q)")) == QStringLiteral("退出"));
}

TEST_CASE("Help: the manual's start page is found in both languages")
{
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const QString index = qf::ui::HelpMenu::manualIndex(language);
        INFO(language.toStdString());
        REQUIRE_FALSE(index.isEmpty());
        QFile file(index);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll().contains("<html lang="));
    }
    CHECK(qf::ui::HelpMenu::manualIndex(QStringLiteral("fr")).isEmpty());
}
