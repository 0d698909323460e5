#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace qf::storage {

// Turns a failed query into an Error that names what was being done.
Error sqlError(const QSqlQuery& query, const QString& context);
Error sqlError(const QSqlDatabase& db, const QString& context);

// Prepares and runs one statement with positional values. The query is forward-only unless asked otherwise.
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {},
                           bool forwardOnly = true);

// Runs a statement expected to yield one value; an empty result gives a null QVariant.
Result<QVariant> querySingleValue(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

// Runs a statement and turns each row into a record with `read(const QSqlQuery&)`.
template <typename Record, typename ReadRow>
Result<QList<Record>> readRows(const QSqlDatabase& db, const QString& sql, const QVariantList& values, ReadRow&& read)
{
    auto rows = runQuery(db, sql, values);
    if (!rows.ok())
        return rows.error();
    QList<Record> records;
    while (rows->next())
        records.append(read(rows.value()));
    return records;
}

// Runs a statement that changes rows and returns how many it changed.
Result<int> execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

// Vault connections are opened without SQLITE_OPEN_CREATE (a missing vault must never be silently recreated), and
// ATTACH inherits that: it cannot create its file. Call this first to create the empty, owner-only target file
// that ATTACH then opens (an empty file is an empty database).
Status createAttachTarget(const QString& path);

} // namespace qf::storage
