#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace qf::storage {

// Chinese substring search on FTS4. FTS4's tokenizers do not split Chinese, so each document is indexed as its
// character bigrams (and the last character of every run, so one-character queries work). A query's bigrams select
// candidates through the index; the caller confirms the substring with instr() on those candidates only.
class SubstringIndex
{
public:
    // table: an FTS4 table with one column `grams`, e.g. "lead_search"; docid is the record's id.
    SubstringIndex(QSqlDatabase db, QString table) : m_db(std::move(db)), m_table(std::move(table)) {}

    Status put(qint64 docId, const QString& text);
    Status remove(qint64 docId);

    // The text as indexed: ASCII lower-cased (as SQLite's lower() does), whitespace and punctuation as separators.
    static QString normalise(const QString& text);
    static QString gramsOf(const QString& text);
    // The MATCH expression for a query, or an empty string when the query has nothing searchable.
    static QString matchExpression(const QString& query);
    // A SQL condition selecting ids whose text contains `query`; binds: (match expression, normalised query).
    // Example: "l.id IN (SELECT docid FROM lead_search WHERE grams MATCH ?) AND instr(lower(l.summary), ?) > 0"
    static QString sqlCondition(const QString& table, const QString& idColumn, const QString& textColumn);

    // The condition and its values for a search. A query whose bigrams are common matches thousands of rows, and
    // sorting them all for a first page is slow; then a plain instr() lets the caller's ORDER BY ... LIMIT walk its
    // index and stop at the page size. A selective query goes through the index.
    static constexpr int kSelectiveCandidates = 1500;
    struct Condition
    {
        QString sql;
        QVariantList values;
    };
    static Result<Condition> condition(const QSqlDatabase& db, const QString& table, const QString& idColumn,
                                       const QString& textColumn, const QString& query,
                                       int selectiveCandidates = kSelectiveCandidates);

private:
    QSqlDatabase m_db;
    QString m_table;
};

} // namespace qf::storage
