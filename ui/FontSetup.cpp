#include "FontSetup.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace qf::ui {

void FontSetup::preferSansSerifChinese()
{
    const QStringList preferred{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                QStringLiteral("WenQuanYi Micro Hei")};
    QStringList available;
    for (const QString& family : preferred)
        if (QFontDatabase::hasFamily(family))
            available << family;
    if (available.isEmpty())
        return;
    // Only the proportional interface font: a substitute for the fixed font would replace it outright, and
    // recovery keys and hashes must stay monospaced.
    QFont::insertSubstitutions(QApplication::font().family(), available);
}

} // namespace qf::ui
