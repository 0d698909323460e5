#include "documents/FontRoles.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace qf::documents {

namespace {

struct RoleFonts
{
    FontRole role;
    const char* name;
    QStringList official;
    QStringList standIns;
    bool boldStandIn;
};

const QList<RoleFonts>& table()
{
    static const QList<RoleFonts> roles{
        {FontRole::XiaoBiaoSong,
         QT_TRANSLATE_NOOP("qf::documents::FontRoles", "XiaoBiaoSong (titles)"),
         {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S")},
         {QStringLiteral("Noto Serif CJK SC")},
         true},
        {FontRole::FangSong,
         QT_TRANSLATE_NOOP("qf::documents::FontRoles", "FangSong (body)"),
         {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("FangSong"),
          QStringLiteral("仿宋")},
         {QStringLiteral("AR PL UKai CN"), QStringLiteral("LXGW WenKai"), QStringLiteral("Noto Serif CJK SC")},
         false},
        {FontRole::KaiTi,
         QT_TRANSLATE_NOOP("qf::documents::FontRoles", "KaiTi"),
         {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("KaiTi"),
          QStringLiteral("楷体")},
         {QStringLiteral("AR PL UKai CN"), QStringLiteral("LXGW WenKai")},
         false},
        {FontRole::HeiTi,
         QT_TRANSLATE_NOOP("qf::documents::FontRoles", "HeiTi"),
         {QStringLiteral("黑体"), QStringLiteral("SimHei")},
         {QStringLiteral("Noto Sans CJK SC")},
         false},
        {FontRole::SongTi,
         QT_TRANSLATE_NOOP("qf::documents::FontRoles", "SongTi (page numbers)"),
         {QStringLiteral("宋体"), QStringLiteral("SimSun")},
         {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Liberation Serif")},
         false},
    };
    return roles;
}

const RoleFonts& entry(FontRole role)
{
    for (const RoleFonts& fonts : table())
        if (fonts.role == role)
            return fonts;
    return table().first();
}

} // namespace

FontChoice fontFor(FontRole role)
{
    const RoleFonts& fonts = entry(role);
    const QStringList installed = QFontDatabase::families();
    for (const QString& family : fonts.official)
        if (installed.contains(family))
            return {family, true, false};
    for (const QString& family : fonts.standIns)
        if (installed.contains(family))
            return {family, false, fonts.boldStandIn};
    return {fonts.standIns.first(), false, fonts.boldStandIn};
}

QFont makeFont(FontRole role, double points, bool latinSerif)
{
    const FontChoice choice = fontFor(role);
    QFont font(choice.family);
    // Arabic numerals and Latin letters are set in a serif face (FORMS.md §4); CJK falls through to the role's family.
    if (latinSerif && role != FontRole::HeiTi && role != FontRole::XiaoBiaoSong &&
        QFontDatabase::families().contains(QStringLiteral("Liberation Serif")))
        font.setFamilies({QStringLiteral("Liberation Serif"), choice.family});
    font.setPointSizeF(points);
    font.setBold(choice.bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

QStringList fontSubstitutions()
{
    QStringList notes;
    for (const RoleFonts& fonts : table()) {
        const FontChoice choice = fontFor(fonts.role);
        if (!choice.official)
            notes << QCoreApplication::translate("qf::documents::FontRoles",
                                                 "%1 is set in %2 (the official font is not installed)")
                         .arg(QCoreApplication::translate("qf::documents::FontRoles", fonts.name), choice.family);
    }
    return notes;
}

} // namespace qf::documents
