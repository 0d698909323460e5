#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

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

private:
    QSqlDatabase m_db;
    QString m_table;
};

} // namespace qf::storage
