#include "storage/SqlCipherDriver.h"

#include "common/Log.h"
#include "storage/SqlCipherResult.h"
#include "storage/SqliteApi.h"

#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

namespace qf::storage {

namespace {

class SqlCipherDriverCreator : public QSqlDriverCreatorBase
{
public:
    QSqlDriver* createObject() const override { return new SqlCipherDriver(); }
};

QSqlError nativeError(sqlite3* db, const QString& what, QSqlError::ErrorType type)
{
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_CANTOPEN;
    const QString text = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
    return QSqlError(what, text, type, QString::number(code));
}

struct OpenOptions
{
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    int busyTimeoutMs = 5000;
};

OpenOptions parseOptions(const QString& connectOptions)
{
    OpenOptions options;
    const auto parts = connectOptions.split(u';', Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString option = raw.trimmed();
        if (option == QLatin1String("QF_CREATE"))
            options.flags |= SQLITE_OPEN_CREATE;
        else if (option == QLatin1String("QF_READONLY"))
            options.flags = (options.flags & ~SQLITE_OPEN_READWRITE & ~SQLITE_OPEN_CREATE) | SQLITE_OPEN_READONLY;
        else if (option.startsWith(QLatin1String("QF_BUSY_TIMEOUT=")))
            options.busyTimeoutMs = option.mid(16).toInt();
    }
    return options;
}

QMetaType metaTypeForDeclaredType(const QString& declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QMetaType(QMetaType::LongLong);
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB")))
        return QMetaType(QMetaType::Double);
    if (type.contains(QLatin1String("BLOB")))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}

} // namespace

void SqlCipherDriver::registerDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kName), new SqlCipherDriverCreator);
        return true;
    }();
    Q_UNUSED(registered);
}

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::setRawKey(crypto::SecretBytes key)
{
    m_rawKey = std::move(key);
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString&, const QString&, int,
                           const QString& connectOptions)
{
    if (isOpen())
        close();
    const OpenOptions options = parseOptions(connectOptions);
    const QByteArray path = db.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &m_db, options.flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(nativeError(m_db, tr("Cannot open the database file."), QSqlError::ConnectionError));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);
    if (!m_rawKey.isEmpty()) {
        // The key travels as the literal x'<hex>', built and kept in locked memory only.
        const crypto::SecretBytes hex = m_rawKey.toHex();
        crypto::SecretBytes literal(hex.size() + 3);
        literal.data()[0] = 'x';
        literal.data()[1] = '\'';
        std::memcpy(literal.data() + 2, hex.data(), hex.size());
        literal.data()[hex.size() + 2] = '\'';
        if (sqlite3_key(m_db, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK) {
            setLastError(nativeError(m_db, tr("Cannot apply the vault key."), QSqlError::ConnectionError));
            close();
            setOpenError(true);
            return false;
        }
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    const auto results = m_results;
    for (SqlCipherResult* result : results)
        result->finalize();
    m_results.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::runSimple(const char* sql, QSqlError::ErrorType type, const QString& what)
{
    if (!m_db)
        return false;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        setLastError(nativeError(m_db, what, type));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front, so two writers wait on the busy timeout instead of deadlocking.
    return runSimple("BEGIN IMMEDIATE", QSqlError::TransactionError, tr("Cannot begin a transaction."));
}

bool SqlCipherDriver::commitTransaction()
{
    return runSimple("COMMIT", QSqlError::TransactionError, tr("Cannot commit the transaction."));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return runSimple("ROLLBACK", QSqlError::TransactionError, tr("Cannot roll back the transaction."));
}

bool SqlCipherDriver::executeScript(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return runSimple(utf8.constData(), QSqlError::StatementError, tr("Cannot run the SQL script."));
}

int SqlCipherDriver::lastNativeCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    if (type & QSql::Views)
        kinds << QStringLiteral("type = 'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery query(createResult());
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE (") + kinds.join(QStringLiteral(") OR (")) +
                   QStringLiteral(") ORDER BY name"));
        while (query.next())
            names << query.value(0).toString();
    }
    if (type & QSql::SystemTables)
        names << QStringLiteral("sqlite_master");
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord record;
    if (!isOpen())
        return record;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("PRAGMA table_info(") + escapeIdentifier(tableName, TableName) + u')');
    while (query.next()) {
        const QString declared = query.value(2).toString();
        QSqlField field(query.value(1).toString(), metaTypeForDeclaredType(declared), tableName);
        field.setRequiredStatus(query.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        if (!query.isNull(4))
            field.setDefaultValue(query.value(4));
        const bool isRowIdAlias = query.value(5).toInt() == 1 && declared.compare(u"INTEGER", Qt::CaseInsensitive) == 0;
        field.setAutoValue(isRowIdAlias);
        record.append(field);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("PRAGMA table_info(") + escapeIdentifier(tableName, TableName) + u')');
    QMap<int, QSqlField> keyFields;
    while (query.next()) {
        const int position = query.value(5).toInt();
        if (position > 0)
            keyFields.insert(position, QSqlField(query.value(1).toString(),
                                                 metaTypeForDeclaredType(query.value(2).toString()), tableName));
    }
    for (const QSqlField& field : std::as_const(keyFields))
        index.append(field);
    if (!keyFields.isEmpty())
        index.setName(tableName);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    if (identifier.size() > 1 && identifier.startsWith(u'"') && identifier.endsWith(u'"'))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

void SqlCipherDriver::registerResult(SqlCipherResult* result) const
{
    m_results.insert(result);
}

void SqlCipherDriver::forgetResult(SqlCipherResult* result) const
{
    m_results.remove(result);
}

} // namespace qf::storage
