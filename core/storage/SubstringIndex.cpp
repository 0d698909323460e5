#include "storage/SubstringIndex.h"

#include "storage/Sql.h"

#include <QStringList>

namespace qf::storage {

namespace {

bool isSeparator(char32_t c)
{
    if (c < 128)
        return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    const QChar::Category category = QChar::category(c);
    return QChar::isSpace(c) || (category >= QChar::Punctuation_Connector && category <= QChar::Punctuation_Other) ||
           (category >= QChar::Symbol_Math && category <= QChar::Symbol_Other);
}

// Runs of token characters, ASCII lower-cased.
QList<QList<char32_t>> runsOf(const QString& text)
{
    QList<QList<char32_t>> runs;
    QList<char32_t> current;
    const auto codePoints = text.toUcs4();
    for (char32_t c : codePoints) {
        if (isSeparator(c)) {
            if (!current.isEmpty())
                runs << current;
            current.clear();
            continue;
        }
        current << ((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    if (!current.isEmpty())
        runs << current;
    return runs;
}

QString fromCodePoints(const char32_t* data, qsizetype size)
{
    return QString::fromUcs4(data, size);
}

} // namespace

QString SubstringIndex::normalise(const QString& text)
{
    QString lowered = text;
    for (QChar& c : lowered)
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + 32);
    return lowered;
}

QString SubstringIndex::gramsOf(const QString& text)
{
    QStringList tokens;
    const auto runs = runsOf(text);
    for (const auto& run : runs) {
        for (qsizetype i = 0; i + 1 < run.size(); ++i)
            tokens << fromCodePoints(run.constData() + i, 2);
        tokens << fromCodePoints(run.constData() + run.size() - 1, 1);
    }
    return tokens.join(u' ');
}

QString SubstringIndex::matchExpression(const QString& query)
{
    QStringList terms;
    const auto runs = runsOf(query);
    for (const auto& run : runs) {
        if (run.size() == 1) {
            terms << fromCodePoints(run.constData(), 1) + u'*';
            continue;
        }
        for (qsizetype i = 0; i + 1 < run.size(); ++i) {
            const QString gram = fromCodePoints(run.constData() + i, 2);
            if (!terms.contains(gram))
                terms << gram;
        }
    }
    return terms.join(u' ');
}

QString SubstringIndex::sqlCondition(const QString& table, const QString& idColumn, const QString& textColumn)
{
    return QStringLiteral("%2 IN (SELECT docid FROM %1 WHERE grams MATCH ?) AND instr(lower(%3), ?) > 0")
        .arg(table, idColumn, textColumn);
}

Result<SubstringIndex::Condition> SubstringIndex::condition(const QSqlDatabase& db, const QString& table,
                                                            const QString& idColumn, const QString& textColumn,
                                                            const QString& query, int selectiveCandidates)
{
    const QString match = matchExpression(query);
    const QString needle = normalise(query);
    if (match.isEmpty())
        return Condition{QStringLiteral("instr(lower(%1), ?) > 0").arg(textColumn), {needle}};
    auto candidates =
        querySingleValue(db,
                         QStringLiteral("SELECT count(*) FROM (SELECT docid FROM %1 WHERE grams MATCH ? LIMIT %2)")
                             .arg(table)
                             .arg(selectiveCandidates),
                         {match});
    if (!candidates.ok())
        return candidates.error();
    if (candidates->toInt() >= selectiveCandidates)
        return Condition{QStringLiteral("instr(lower(%1), ?) > 0").arg(textColumn), {needle}};
    return Condition{sqlCondition(table, idColumn, textColumn), {match, needle}};
}

Status SubstringIndex::put(qint64 docId, const QString& text)
{
    QF_TRY(remove(docId));
    QF_TRY(execute(m_db, QStringLiteral("INSERT INTO %1 (docid, grams) VALUES (?, ?)").arg(m_table),
                   {docId, gramsOf(text)}));
    return {};
}

Status SubstringIndex::remove(qint64 docId)
{
    QF_TRY(execute(m_db, QStringLiteral("DELETE FROM %1 WHERE docid = ?").arg(m_table), {docId}));
    return {};
}

} // namespace qf::storage
