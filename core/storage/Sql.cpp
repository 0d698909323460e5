#include "storage/Sql.h"

#include "storage/SqliteApi.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>

namespace qf::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::storage", text);
}

// Failures that come from the disk, the file or another program rather than from our SQL get a sentence the user
// can act on; the statement and SQLite's text follow as the detail.
QString userSentence(int primaryCode)
{
    switch (primaryCode) {
    case SQLITE_FULL:
        return tr("The disk is full. Free some space on it, then try again.");
    case SQLITE_IOERR:
        return tr("The disk reported a read or write error. Check the drive or USB medium, then try again; what was "
                  "saved before is kept.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("The vault is busy with another task. Wait for it to finish, then try again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("The vault file is damaged. Restore it from a backup.");
    case SQLITE_READONLY:
        return tr("The vault cannot be written: the file or its medium is read-only.");
    case SQLITE_CANTOPEN:
        return tr("The vault file cannot be opened. Check that its drive is connected.");
    default:
        return {};
    }
}

Error fromSqlError(const QSqlError& error, const QString& context)
{
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    const QString technical =
        context + QStringLiteral(": ") + detail + QStringLiteral(" [SQLite %1]").arg(error.nativeErrorCode());
    int primaryCode = error.nativeErrorCode().toInt() & 0xff;
    // A function that ran statements of its own (sqlcipher_export) reports their failure as a plain SQLITE_ERROR
    // carrying the inner error's standard text; that text still says what happened.
    for (const int inner : {SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY, SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_READONLY})
        if (primaryCode == SQLITE_ERROR && detail.contains(QString::fromUtf8(sqlite3_errstr(inner))))
            primaryCode = inner;
    const QString sentence = userSentence(primaryCode);
    if (sentence.isEmpty())
        return makeError(ErrorCode::Database, technical);
    const ErrorCode code = primaryCode == SQLITE_CORRUPT || primaryCode == SQLITE_NOTADB ? ErrorCode::Damaged
                           : primaryCode == SQLITE_READONLY                              ? ErrorCode::ReadOnly
                                                                                         : ErrorCode::Database;
    return makeError(code, sentence + QStringLiteral(" (") + technical + u')');
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

Status createAttachTarget(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(ErrorCode::Failed, tr("Cannot create the file %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace qf::storage
