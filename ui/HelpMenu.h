#pragma once

#include <QCoreApplication>
#include <QString>

class QMenu;
class QMenuBar;
class QWidget;

namespace qf::ui {

// The Help menu: the offline user manual (F1), the keyboard-shortcut sheet and the About box.
class HelpMenu
{
    Q_DECLARE_TR_FUNCTIONS(qf::ui::HelpMenu)

public:
    // Adds the menu to window's menu bar. cipherVersion is shown in the About box.
    static QMenu* add(QMenuBar* menuBar, QWidget* window, const QString& cipherVersion);
    // The manual's start page for "zh_CN" or "en": installed (/usr/share/qingfeng/manual), next to the program, or
    // in the build tree. Empty when the manual is not found.
    static QString manualIndex(const QString& language);
    static void openManual(QWidget* parent);
};

} // namespace qf::ui
