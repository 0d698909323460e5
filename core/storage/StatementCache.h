#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace qf::storage {

// Statements prepared once and run again with new values: for loops that repeat the same few statements thousands
// of times, such as an archive import, where preparing each time would cost more than running.
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase& db) : m_db(db) {}

    // Runs `sql` with positional values. The query belongs to the cache and is valid until `sql` runs again.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values);
    // The first value of the first row, or a null QVariant when there is no row.
    Result<QVariant> singleValue(const QString& sql, const QVariantList& values);

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
};

} // namespace qf::storage
