#include "HelpMenu.h"

#include "AboutDialog.h"
#include "ShortcutSheet.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

namespace qf::ui {

QString HelpMenu::manualIndex(const QString& language)
{
    const QString page = language + QStringLiteral("/index.html");
    const QString installed =
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("qingfeng/manual/") + page);
    if (!installed.isEmpty())
        return installed;
    const QDir programDir(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {QStringLiteral("../share/qingfeng/manual/"), QStringLiteral("../../docs/manual/html/")}) {
        const QFileInfo file(programDir.filePath(candidate + page));
        if (file.exists())
            return file.canonicalFilePath();
    }
    return {};
}

void HelpMenu::openManual(QWidget* parent)
{
    const QString index = manualIndex(currentLanguage());
    if (index.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(index)))
        QMessageBox::information(parent, tr("User manual"),
                                 index.isEmpty()
                                     ? tr("The user manual is not installed. It comes with the qingfeng package in "
                                          "/usr/share/qingfeng/manual.")
                                     : tr("No web browser could open the manual. Open this file in any browser: "
                                          "%1")
                                           .arg(index));
}

QMenu* HelpMenu::add(QMenuBar* menuBar, QWidget* window, const QString& cipherVersion)
{
    QMenu* menu = menuBar->addMenu(tr("&Help"));
    QAction* manual = menu->addAction(tr("User &manual"));
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    QObject::connect(manual, &QAction::triggered, window, [window] { openManual(window); });
    QAction* shortcuts = menu->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QObject::connect(shortcuts, &QAction::triggered, window, [window] {
        ShortcutSheet sheet(window, window);
        sheet.exec();
    });
    menu->addSeparator();
    QAction* about = menu->addAction(tr("&About Qingfeng"));
    about->setObjectName(QStringLiteral("aboutAction"));
    QObject::connect(about, &QAction::triggered, window, [window, cipherVersion] {
        AboutDialog dialog(cipherVersion, window);
        dialog.exec();
    });
    return menu;
}

} // namespace qf::ui
