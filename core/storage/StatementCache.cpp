#include "storage/StatementCache.h"

#include "storage/Sql.h"

namespace qf::storage {

Result<QSqlQuery*> StatementCache::run(const QString& sql, const QVariantList& values)
{
    auto found = m_queries.find(sql);
    if (found == m_queries.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return sqlError(query, sql.left(80));
        found = m_queries.insert(sql, std::move(query));
    }
    QSqlQuery& query = found.value();
    query.finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec()) {
        Error error = sqlError(query, sql.left(80));
        m_queries.erase(found); // prepared afresh next time
        return error;
    }
    return &query;
}

Result<QVariant> StatementCache::singleValue(const QString& sql, const QVariantList& values)
{
    auto query = run(sql, values);
    if (!query.ok())
        return query.error();
    QSqlQuery& rows = *query.value();
    QVariant value = rows.next() ? rows.value(0) : QVariant();
    rows.finish();
    return value;
}

} // namespace qf::storage
