#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace qf::documents {

// A paragraph of running text. Level 0 is body text (indented two characters); levels 1 to 4 are the headings
// 一、 / （一） / 1. / （1）, whose numbering is part of the text.
struct Paragraph
{
    QString text;
    int headingLevel = 0;
    bool indent = true;
    bool centered = false;
};

struct TableColumn
{
    QString header;
    double weight = 1.0; // share of the table width
};

// A ruled table. With a header, continuation pages repeat it.
struct Table
{
    QList<TableColumn> columns;
    bool showHeader = true;
    QList<QStringList> rows;
    QList<int> labelColumns; // columns set in HeiTi as field labels (forms)
};

struct Spacer
{
    int lines = 1;
};

using Block = std::variant<Paragraph, Table, Spacer>;

enum class LayoutKind
{
    Official, // 公文: organ mark, number, red rule, page numbers
    Letter,   // 信函格式: mark 30 mm from the top, double rules, no number on page 1
    Form,     // 呈批表 / 清单 / 笔录: title, number and ruled tables
};

struct SignatureBlock
{
    QString organ;
    QDate date;
};

struct EndBlock
{
    QString copiesTo;
    QString printingOrgan;
    QDate printedOn;
};

// Everything a page shows, already bound to the record's values.
struct DocumentLayout
{
    LayoutKind kind = LayoutKind::Official;
    QString copyNumber; // 份号, six digits
    QString secrecy;    // 密级和保密期限, e.g. 机密★1年
    QString urgency;    // 紧急程度
    QString organMark;  // 发文机关标志
    QString docNumber;  // 发文字号
    QString title;
    QString addressee; // 主送机关, without the colon
    QList<Block> body;
    QStringList attachments;
    std::optional<SignatureBlock> signature;
    std::optional<EndBlock> endBlock;
    // Lines at the foot of every page, inside the text block: a record's closing line and its signature and
    // fingerprint line, which the person questioned signs on each sheet.
    QStringList pageClosing;
    QString continuationTitle; // heading of each continuation sheet, e.g. 谈话笔录（续页）
    QString traceMark;         // faint per-copy mark in the footer: who printed it, and when
};

// 2026年3月5日: Arabic numerals, no leading zeros.
QString chineseDate(const QDate& date);

} // namespace qf::documents
