#pragma once

#include <QString>

class QCoreApplication;

namespace qf {

// Installs the product's translation (and Qt's own, when installed) on the application.
// language: "zh_CN", "en", or empty to follow the system locale. The catalog is a Qt resource
// (":/i18n/qingfeng_zh_CN.qm") that the qingfeng_translations library embeds; link it into the executable.
// Calling it again switches the language: the earlier translators are removed and widgets receive LanguageChange.
// Returns the language actually installed ("zh_CN" or "en").
QString installTranslations(QCoreApplication& app, const QString& language);
// The language installed now: "zh_CN" or "en".
QString currentLanguage();

} // namespace qf
