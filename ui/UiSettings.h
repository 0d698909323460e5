#pragma once

#include <QString>

namespace qf::ui {

// The workstation's own preferences (QSettings), behind one table of keys and defaults.
// Per-vault settings such as the organ name live in the vault, not here.
class UiSettings
{
public:
    static constexpr int kDefaultIdleLockMinutes = 10;

    static QString lastVaultPath();
    static void setLastVaultPath(const QString& path);
    static QString lastLogin();
    static void setLastLogin(const QString& login);
    // Minutes of inactivity before the window locks; 0 disables the idle lock.
    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);
    // "zh_CN", "en", or empty to follow the system locale.
    static QString language();
};

} // namespace qf::ui
