#include "storage/Migrations.h"

#include "common/Log.h"
#include "storage/Sql.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace qf::storage {

namespace {

QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QDir dir(QStringLiteral(":/migrations"));
    const auto names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        bool ok = false;
        const int version = name.section(u'_', 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.insert(version, dir.filePath(name));
    }
    return files;
}

struct AppliedMigrations
{
    QSet<int> versions;
    bool recorded = false; // the vault has its schema_migration table
};

// The migrations a vault has taken: its record of them, or, for a vault from before the record, every migration
// this program knows up to the vault's user_version.
Result<AppliedMigrations> appliedMigrations(const QSqlDatabase& db, int userVersion, const QMap<int, QString>& files)
{
    AppliedMigrations applied;
    auto table = querySingleValue(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'"));
    if (!table.ok())
        return table.error();
    applied.recorded = table->toInt() == 1;
    if (!applied.recorded) {
        for (auto it = files.constBegin(); it != files.constEnd() && it.key() <= userVersion; ++it)
            applied.versions.insert(it.key());
        return applied;
    }
    auto rows = runQuery(db, QStringLiteral("SELECT version FROM schema_migration"));
    if (!rows.ok())
        return rows.error();
    while (rows->next())
        applied.versions.insert(rows->value(0).toInt());
    return applied;
}

} // namespace

int latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

Result<int> applyMigrations(const QSqlDatabase& db)
{
    auto current = querySingleValue(db, QStringLiteral("PRAGMA user_version"));
    if (!current.ok())
        return current.error();
    const int from = current->toInt();
    const auto files = migrationFiles();
    if (files.isEmpty())
        return makeError(ErrorCode::Failed, QStringLiteral("No schema migrations are built into this program."));
    auto applied = appliedMigrations(db, from, files);
    if (!applied.ok())
        return applied.error();
    const auto newer = std::find_if(applied->versions.cbegin(), applied->versions.cend(),
                                    [&files](int version) { return !files.contains(version); });
    if (from > files.lastKey() || newer != applied->versions.cend())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("qf::storage",
                                                     "This vault was written by a newer version of Qingfeng (schema "
                                                     "%1; this program knows %2). Update the program.")
                             .arg(std::max(from, newer != applied->versions.cend() ? *newer : 0))
                             .arg(files.lastKey()));
    QList<int> pending;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        if (!applied->versions.contains(it.key()))
            pending << it.key();
    if (pending.isEmpty() && applied->recorded)
        return 0;

    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    if (!driver)
        return makeError(ErrorCode::Failed, QStringLiteral("Migrations need the SQLCipher driver."));
    auto transaction = Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    if (!applied->recorded) {
        // A vault from before the record: it took every migration up to its user_version, in order.
        QF_TRY(execute(db, QStringLiteral("CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, applied_at "
                                          "TEXT NOT NULL)")));
        for (int version : std::as_const(applied->versions))
            QF_TRY(execute(db, QStringLiteral("INSERT INTO schema_migration (version, applied_at) VALUES (?, '')"),
                           {version}));
    }
    for (int version : std::as_const(pending)) {
        QFile file(files.value(version));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Failed, QStringLiteral("Cannot read migration %1").arg(file.fileName()));
        if (!driver->executeScript(QString::fromUtf8(file.readAll())))
            return sqlError(db, QStringLiteral("Migration %1 failed").arg(version));
        QF_TRY(execute(db, QStringLiteral("INSERT INTO schema_migration (version, applied_at) VALUES (?, ?)"),
                       {version, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}));
        qCInfo(lcStorage) << "applied migration" << version;
    }
    if (!driver->executeScript(QStringLiteral("PRAGMA user_version = %1").arg(files.lastKey())))
        return sqlError(db, QStringLiteral("Cannot record the schema version"));
    QF_TRY(transaction->commit());
    return static_cast<int>(pending.size());
}

} // namespace qf::storage
