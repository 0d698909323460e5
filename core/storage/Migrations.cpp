#include "storage/Migrations.h"

#include "common/Log.h"
#include "storage/Sql.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>

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
    if (from > files.lastKey())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("qf::storage",
                                                     "This vault was written by a newer version of Qingfeng (schema "
                                                     "%1; this program knows %2). Update the program.")
                             .arg(from)
                             .arg(files.lastKey()));
    if (from == files.lastKey())
        return 0;

    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    if (!driver)
        return makeError(ErrorCode::Failed, QStringLiteral("Migrations need the SQLCipher driver."));
    auto transaction = Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    int applied = 0;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.key() <= from)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Failed, QStringLiteral("Cannot read migration %1").arg(it.value()));
        if (!driver->executeScript(QString::fromUtf8(file.readAll())))
            return sqlError(db, QStringLiteral("Migration %1 failed").arg(it.key()));
        ++applied;
        qCInfo(lcStorage) << "applied migration" << it.key();
    }
    if (!driver->executeScript(QStringLiteral("PRAGMA user_version = %1").arg(files.lastKey())))
        return sqlError(db, QStringLiteral("Cannot record the schema version"));
    QF_TRY(transaction->commit());
    return applied;
}

} // namespace qf::storage
