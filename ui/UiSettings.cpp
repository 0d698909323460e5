#include "UiSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace qf::ui {

namespace key {
const QString lastVaultPath = QStringLiteral("login/lastVaultPath");
const QString lastLogin = QStringLiteral("login/lastUser");
const QString recentVaults = QStringLiteral("login/recentVaults");
const QString idleLockMinutes = QStringLiteral("security/idleLockMinutes");
const QString clipboardClearSeconds = QStringLiteral("security/clipboardClearSeconds");
const QString language = QStringLiteral("ui/language");
const QString defaultPrinter = QStringLiteral("printing/defaultPrinter");
const QString checkPaper = QStringLiteral("printing/checkPaper");
} // namespace key

namespace {

int nonNegative(const QString& key, int fallback)
{
    bool ok = false;
    const int value = QSettings().value(key, fallback).toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

QString normalized(const QString& path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

} // namespace

QString UiSettings::lastVaultPath()
{
    return QSettings().value(key::lastVaultPath).toString();
}

void UiSettings::setLastVaultPath(const QString& path)
{
    QSettings().setValue(key::lastVaultPath, path);
    addRecentVault(path);
}

QString UiSettings::lastLogin()
{
    return QSettings().value(key::lastLogin).toString();
}

void UiSettings::setLastLogin(const QString& login)
{
    QSettings().setValue(key::lastLogin, login);
}

QStringList UiSettings::recentVaults()
{
    return QSettings().value(key::recentVaults).toStringList();
}

void UiSettings::addRecentVault(const QString& path)
{
    const QString absolute = normalized(path);
    if (absolute.isEmpty())
        return;
    QStringList recent = recentVaults();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentVaults)
        recent.removeLast();
    QSettings().setValue(key::recentVaults, recent);
}

void UiSettings::removeRecentVault(const QString& path)
{
    QStringList recent = recentVaults();
    recent.removeAll(normalized(path));
    QSettings().setValue(key::recentVaults, recent);
}

int UiSettings::idleLockMinutes()
{
    return nonNegative(key::idleLockMinutes, kDefaultIdleLockMinutes);
}

void UiSettings::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(key::idleLockMinutes, minutes);
}

int UiSettings::clipboardClearSeconds()
{
    return nonNegative(key::clipboardClearSeconds, kDefaultClipboardClearSeconds);
}

void UiSettings::setClipboardClearSeconds(int seconds)
{
    QSettings().setValue(key::clipboardClearSeconds, seconds);
}

QString UiSettings::language()
{
    return QSettings().value(key::language).toString();
}

void UiSettings::setLanguage(const QString& language)
{
    QSettings().setValue(key::language, language);
}

QString UiSettings::defaultPrinter()
{
    return QSettings().value(key::defaultPrinter).toString();
}

void UiSettings::setDefaultPrinter(const QString& printerName)
{
    QSettings().setValue(key::defaultPrinter, printerName);
}

bool UiSettings::checkPaperBeforePrinting()
{
    return QSettings().value(key::checkPaper, true).toBool();
}

void UiSettings::setCheckPaperBeforePrinting(bool check)
{
    QSettings().setValue(key::checkPaper, check);
}

} // namespace qf::ui
