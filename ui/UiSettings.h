#pragma once

#include <QString>
#include <QStringList>

namespace qf::ui {

// The workstation's own preferences (QSettings), behind one table of keys and defaults.
// Per-vault settings such as the organ name live in the vault, not here.
class UiSettings
{
public:
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kDefaultClipboardClearSeconds = 30;
    static constexpr int kMaxRecentVaults = 8;

    static QString lastVaultPath();
    static void setLastVaultPath(const QString& path);
    static QString lastLogin();
    static void setLastLogin(const QString& login);
    // Vaults opened on this workstation, newest first, without duplicates.
    static QStringList recentVaults();
    static void addRecentVault(const QString& path);
    static void removeRecentVault(const QString& path);
    // Minutes of inactivity before the window locks; 0 disables the idle lock.
    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);
    // Seconds after which a copied protected value is removed from the clipboard; 0 keeps it.
    static int clipboardClearSeconds();
    static void setClipboardClearSeconds(int seconds);
    // "zh_CN", "en", or empty to follow the system locale.
    static QString language();
    static void setLanguage(const QString& language);
    // The printer preselected for documents; empty means the system default printer.
    static QString defaultPrinter();
    static void setDefaultPrinter(const QString& printerName);
    // Whether printing warns when the printer does not offer A4 paper (GB/T 9704 needs A4).
    static bool checkPaperBeforePrinting();
    static void setCheckPaperBeforePrinting(bool check);
};

} // namespace qf::ui
