#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace qf::documents {

// The font roles of official documents (FORMS.md §4). A role is played by the official family when it is installed,
// otherwise by a Debian stand-in; the substitution is reported so print preview can say so.
enum class FontRole
{
    XiaoBiaoSong, // 小标宋: titles and the organ mark
    FangSong,     // 仿宋: body text
    KaiTi,        // 楷体: second-level headings
    HeiTi,        // 黑体: first-level headings, confidentiality mark
    SongTi,       // 宋体: page numbers
};

struct FontChoice
{
    QString family;
    bool official = false;
    bool bold = false; // stand-ins for 小标宋 are set bold
};

FontChoice fontFor(FontRole role);
// With `latinSerif`, Arabic numerals and Latin letters come from Liberation Serif and CJK from the role's family.
QFont makeFont(FontRole role, double points, bool latinSerif = true);
// Human-readable notes of every role played by a stand-in, for print preview.
QStringList fontSubstitutions();

// Chinese point sizes (号).
namespace size {
constexpr double chu = 42, xiaoChu = 36, yi = 26, xiaoYi = 24, er = 22, xiaoEr = 18, san = 16, xiaoSan = 15, si = 14,
                 xiaoSi = 12, wu = 10.5;
} // namespace size

} // namespace qf::documents
