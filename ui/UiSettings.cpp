#include "UiSettings.h"

#include <QSettings>

namespace qf::ui {

namespace key {
const QString lastVaultPath = QStringLiteral("login/lastVaultPath");
const QString lastLogin = QStringLiteral("login/lastUser");
const QString idleLockMinutes = QStringLiteral("security/idleLockMinutes");
const QString language = QStringLiteral("ui/language");
} // namespace key

QString UiSettings::lastVaultPath()
{
    return QSettings().value(key::lastVaultPath).toString();
}

void UiSettings::setLastVaultPath(const QString& path)
{
    QSettings().setValue(key::lastVaultPath, path);
}

QString UiSettings::lastLogin()
{
    return QSettings().value(key::lastLogin).toString();
}

void UiSettings::setLastLogin(const QString& login)
{
    QSettings().setValue(key::lastLogin, login);
}

int UiSettings::idleLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(key::idleLockMinutes, kDefaultIdleLockMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : kDefaultIdleLockMinutes;
}

void UiSettings::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(key::idleLockMinutes, minutes);
}

QString UiSettings::language()
{
    return QSettings().value(key::language).toString();
}

} // namespace qf::ui
