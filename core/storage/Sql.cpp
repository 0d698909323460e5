#include "storage/Sql.h"

#include <QSqlError>

namespace qf::storage {

namespace {
Error fromSqlError(const QSqlError& error, const QString& context)
{
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return makeError(ErrorCode::Database, context + QStringLiteral(": ") + detail +
                                              QStringLiteral(" [SQLite %1]").arg(error.nativeErrorCode()));
}
} // namespace

Error sqlError(const QSqlQuery& query, const QString& context)
{
    return fromSqlError(query.lastError(), context);
}

Error sqlError(const QSqlDatabase& db, const QString& context)
{
    return fromSqlError(db.lastError(), context);
}

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values, bool forwardOnly)
{
    QSqlQuery query(db);
    query.setForwardOnly(forwardOnly);
    if (!query.prepare(sql))
        return sqlError(query, sql.left(80));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, sql.left(80));
    return query;
}

Result<QVariant> querySingleValue(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = runQuery(db, sql, values);
    if (!query.ok())
        return query.error();
    if (!query->next())
        return QVariant();
    QVariant value = query->value(0);
    query->finish();
    return value;
}

Result<int> execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = runQuery(db, sql, values);
    if (!query.ok())
        return query.error();
    return query->numRowsAffected();
}

} // namespace qf::storage
