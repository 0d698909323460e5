// Workstation settings: saved values survive a new dialog, and switching the language takes effect at once.
#include "ClipboardGuard.h"
#include "FirstRunSupport.h"
#include "GeneralSettingsTab.h"
#include "IdleLockController.h"
#include "MainWindow.h"
#include "PrintingSettingsTab.h"
#include "SettingsDialog.h"
#include "TestVault.h"
#include "UiSettings.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <catch2/catch.hpp>

using qf::ui::UiSettings;

namespace {

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        FAIL("no widget named " << name);
    return found;
}

void settle()
{
    for (int round = 0; round < 3; ++round)
        QApplication::processEvents();
}

QString sidebarText(const qf::ui::MainWindow& window, int row)
{
    return window.sidebar()->item(row)->text();
}

} // namespace

TEST_CASE("Settings: workstation preferences are saved and shown again by a new dialog")
{
    qf::test::FreshWorkstation workstation;
    CHECK(UiSettings::idleLockMinutes() == UiSettings::kDefaultIdleLockMinutes);
    CHECK(UiSettings::clipboardClearSeconds() == UiSettings::kDefaultClipboardClearSeconds);
    CHECK(UiSettings::checkPaperBeforePrinting());
    {
        qf::ui::GeneralSettingsTab general;
        child<QSpinBox>(general, "idleLockSpin")->setValue(25);
        child<QSpinBox>(general, "clipboardClearSpin")->setValue(0);
        CHECK_FALSE(general.save()); // the language did not change
        qf::ui::PrintingSettingsTab printing;
        child<QCheckBox>(printing, "paperCheckBox")->setChecked(false);
        printing.save();
    }
    CHECK(UiSettings::idleLockMinutes() == 25);
    CHECK(UiSettings::clipboardClearSeconds() == 0);
    CHECK_FALSE(UiSettings::checkPaperBeforePrinting());

    qf::ui::GeneralSettingsTab reopened;
    CHECK(child<QSpinBox>(reopened, "idleLockSpin")->value() == 25);
    CHECK(child<QSpinBox>(reopened, "clipboardClearSpin")->value() == 0);
    qf::ui::PrintingSettingsTab printingAgain;
    CHECK_FALSE(child<QCheckBox>(printingAgain, "paperCheckBox")->isChecked());
}

TEST_CASE("Settings: the font-role table names a family for every role and says whether it is a stand-in")
{
    qf::test::FreshWorkstation workstation;
    qf::ui::PrintingSettingsTab printing;
    QTableWidget* table = printing.fontTable();
    REQUIRE(table->rowCount() == 5);
    for (int row = 0; row < table->rowCount(); ++row) {
        CHECK_FALSE(table->item(row, 1)->text().isEmpty());
        const QString kind = table->item(row, 2)->text();
        CHECK((kind == QStringLiteral("Official") || kind == QStringLiteral("Stand-in")));
    }
}

TEST_CASE("Settings: switching the language in the dialog retranslates the open main window")
{
    qf::test::FreshWorkstation workstation;
    qf::test::TestVault vault;
    qf::ui::MainWindow window(vault.admin());
    window.show();
    const QString english = sidebarText(window, 0);
    REQUIRE(english == QStringLiteral("Dashboard"));

    auto switchTo = [&window, &vault](const QString& language) {
        qf::ui::SettingsDialog dialog(vault.admin(), &window);
        QComboBox* combo = child<QComboBox>(dialog, "languageCombo");
        combo->setCurrentIndex(combo->findData(language));
        dialog.accept();
        settle();
    };

    switchTo(QStringLiteral("zh_CN"));
    CHECK(UiSettings::language() == QStringLiteral("zh_CN"));
    const QString chinese = QCoreApplication::translate("qf::ui::MainWindow", "Dashboard");
    CHECK(chinese != english);
    CHECK(sidebarText(window, 0) == chinese);
    CHECK(window.menuBar()->actions().first()->text() == QCoreApplication::translate("qf::ui::MainWindow", "&Vault"));
    CHECK(window.currentArea() == qf::ui::MainWindow::Area::Dashboard);

    switchTo(QStringLiteral("en"));
    CHECK(sidebarText(window, 0) == english);
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&Vault"));
    qf::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

TEST_CASE("Settings: the idle-lock minutes chosen in the dialog apply to the open window")
{
    qf::test::FreshWorkstation workstation;
    qf::test::TestVault vault;
    qf::ui::MainWindow window(vault.admin());
    window.show();
    REQUIRE(window.idleLock()->isEnabled());
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<qf::ui::SettingsDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        child<QSpinBox>(*dialog, "idleLockSpin")->setValue(0);
        dialog->accept();
    });
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    CHECK(UiSettings::idleLockMinutes() == 0);
    CHECK_FALSE(window.idleLock()->isEnabled());
}

TEST_CASE("Settings: a protected value copied to the clipboard is cleared after the chosen seconds")
{
    qf::test::FreshWorkstation workstation;
    UiSettings::setClipboardClearSeconds(7);
    qf::ui::ClipboardGuard guard;
    QWidget panel;
    auto* identity = new QLabel(QStringLiteral("张三 110101199003077777"), &panel);
    auto* plain = new QLabel(QStringLiteral("公开信息"), &panel);
    qf::ui::ClipboardGuard::markProtected(&panel);
    CHECK(qf::ui::ClipboardGuard::isProtected(identity));
    CHECK_FALSE(qf::ui::ClipboardGuard::isProtected(nullptr));
    QClipboard* clipboard = QGuiApplication::clipboard();

    clipboard->setText(identity->text());
    guard.considerCopy(identity);
    REQUIRE(guard.isPending());
    CHECK(guard.pendingMilliseconds() == 7000);
    guard.clearIfUnchanged();
    CHECK(clipboard->text().isEmpty());

    // Something else copied meanwhile stays on the clipboard.
    clipboard->setText(identity->text());
    guard.considerCopy(identity);
    clipboard->setText(QStringLiteral("别的内容"));
    guard.clearIfUnchanged();
    CHECK(clipboard->text() == QStringLiteral("别的内容"));

    // Unprotected sources, or 0 seconds, leave the clipboard alone.
    QWidget other;
    auto* otherLabel = new QLabel(plain->text(), &other);
    guard.considerCopy(otherLabel);
    CHECK_FALSE(guard.isPending());
    UiSettings::setClipboardClearSeconds(0);
    guard.considerCopy(identity);
    CHECK_FALSE(guard.isPending());
}

TEST_CASE("Settings: English counts things in the singular and the plural, Chinese has one form")
{
    const auto overdue = [](int days) {
        return QCoreApplication::translate("qf::ui::AlertsPage", "%1 (%n day(s) overdue)", nullptr, days);
    };
    qf::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    CHECK(overdue(1) == QStringLiteral("%1 (1 day overdue)"));
    CHECK(overdue(636) == QStringLiteral("%1 (636 days overdue)"));
    CHECK(QCoreApplication::translate("qf::ui::LeadsPage", "%n lead(s)", nullptr, 1) == QStringLiteral("1 lead"));
    qf::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    CHECK(overdue(1).contains(QStringLiteral("天")));
    CHECK(overdue(636).contains(QStringLiteral("636")));
    qf::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}
