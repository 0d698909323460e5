#include "storage/SqlCipherResult.h"

#include "storage/SqlCipherDriver.h"
#include "storage/SqliteApi.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QTime>

namespace qf::storage {

namespace {

QMetaType metaTypeForColumn(sqlite3_stmt* stmt, int column)
{
    const char* declared = sqlite3_column_decltype(stmt, column);
    if (!declared) {
        switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_INTEGER:
            return QMetaType(QMetaType::LongLong);
        case SQLITE_FLOAT:
            return QMetaType(QMetaType::Double);
        case SQLITE_BLOB:
            return QMetaType(QMetaType::QByteArray);
        default:
            return QMetaType(QMetaType::QString);
        }
    }
    const QByteArray type = QByteArray(declared).toUpper();
    if (type.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    if (type.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}

int bindOne(sqlite3_stmt* stmt, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(stmt, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::UChar:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QDateTime: {
        const QByteArray text = value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
        return sqlite3_bind_text(stmt, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDate: {
        const QByteArray text = value.toDate().toString(Qt::ISODate).toUtf8();
        return sqlite3_bind_text(stmt, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(stmt, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver) : QSqlResult(driver)
{
    driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const SqlCipherDriver* owner = cipherDriver())
        owner->forgetResult(this);
    finalize();
}

const SqlCipherDriver* SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver*>(driver());
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    clearRows();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_rowPending = false;
    m_exhausted = false;
}

void SqlCipherResult::failWith(const QString& what, int code)
{
    sqlite3* db = cipherDriver() ? cipherDriver()->connection() : nullptr;
    const QString native = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    setLastError(QSqlError(what, native, QSqlError::StatementError, QString::number(code)));
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    sqlite3* db = cipherDriver() ? cipherDriver()->connection() : nullptr;
    if (!db) {
        setLastError(QSqlError(QStringLiteral("The database is not open."), {}, QSqlError::ConnectionError));
        return false;
    }
    const QByteArray utf8 = query.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        failWith(QStringLiteral("Cannot prepare the statement."), sqlite3_extended_errcode(db));
        finalize();
        return false;
    }
    if (tail && !QByteArray(tail).trimmed().isEmpty()) {
        setLastError(QSqlError(QStringLiteral("Only one statement can be prepared at a time."), QString::fromUtf8(tail),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        finalize();
        return false;
    }
    buildRecord();
    return true;
}

void SqlCipherResult::buildRecord()
{
    m_record.clear();
    if (!m_stmt)
        return;
    const int columns = sqlite3_column_count(m_stmt);
    for (int c = 0; c < columns; ++c) {
        const char* table = sqlite3_column_table_name(m_stmt, c);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, c)), metaTypeForColumn(m_stmt, c),
                        table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
}

bool SqlCipherResult::bindValues()
{
    const QVariantList values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (values.size() != expected) {
        setLastError(QSqlError(QStringLiteral("Parameter count mismatch: the statement takes %1, %2 given.")
                                   .arg(expected)
                                   .arg(values.size()),
                               {}, QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    for (int i = 0; i < expected; ++i) {
        const int rc = bindOne(m_stmt, i + 1, values.at(i));
        if (rc != SQLITE_OK) {
            failWith(QStringLiteral("Cannot bind parameter %1.").arg(i + 1), rc);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        if (!lastError().isValid())
            setLastError(QSqlError(QStringLiteral("No statement is prepared."), {}, QSqlError::StatementError));
        return false;
    }
    clearRows();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (!bindValues())
        return false;
    if (!step() && lastError().isValid())
        return false;
    sqlite3* db = cipherDriver()->connection();
    m_rowsAffected = sqlite3_column_count(m_stmt) == 0 ? sqlite3_changes(db) : 0;
    m_lastInsertId = sqlite3_last_insert_rowid(db);
    setSelect(sqlite3_column_count(m_stmt) > 0);
    setActive(true);
    return true;
}

bool SqlCipherResult::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
        return true;
    }
    m_rowPending = false;
    m_exhausted = true;
    if (rc != SQLITE_DONE) {
        failWith(QStringLiteral("Cannot execute the statement."),
                 sqlite3_extended_errcode(cipherDriver()->connection()));
        sqlite3_reset(m_stmt);
        return false;
    }
    // Release the statement's read lock as soon as it is done.
    sqlite3_reset(m_stmt);
    return false;
}

bool SqlCipherResult::advanceForwardOnly()
{
    if (m_rowPending) {
        m_rowPending = false;
        setAt(at() + 1);
        return true;
    }
    if (m_exhausted || !step()) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    m_rowPending = false;
    setAt(at() + 1);
    return true;
}

bool SqlCipherResult::pullRowIntoCache()
{
    if (!m_rowPending && (m_exhausted || !step()))
        return false;
    m_rowPending = false;
    const int columns = m_record.count();
    QVariantList row;
    row.reserve(columns);
    for (int c = 0; c < columns; ++c)
        row.append(columnValue(c));
    m_rows.append(std::move(row));
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0)
        return false;
    if (isForwardOnly()) {
        if (index == at())
            return true;
        if (index != at() + 1)
            return false;
        return advanceForwardOnly();
    }
    while (m_rows.size() <= index) {
        if (!pullRowIntoCache()) {
            setAt(QSql::AfterLastRow);
            return false;
        }
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (isForwardOnly()) {
        if (at() == QSql::AfterLastRow)
            return false;
        while (advanceForwardOnly()) {
        }
        return false; // a forward-only statement cannot step back onto its last row
    }
    while (pullRowIntoCache()) {
    }
    if (m_rows.isEmpty())
        return false;
    setAt(static_cast<int>(m_rows.size() - 1));
    return true;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB: {
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)), bytes));
    }
    case SQLITE_NULL:
        return QVariant(m_record.field(column).metaType());
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)));
    }
    }
}

QVariant SqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_record.count() || at() < 0)
        return {};
    if (isForwardOnly())
        return columnValue(column);
    if (at() >= m_rows.size())
        return {};
    return m_rows.at(at()).at(column);
}

bool SqlCipherResult::isNull(int column)
{
    if (column < 0 || column >= m_record.count() || at() < 0)
        return true;
    if (isForwardOnly())
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    return at() >= m_rows.size() || m_rows.at(at()).at(column).isNull();
}

int SqlCipherResult::size()
{
    return -1; // SQLite cannot tell the row count before stepping through the rows
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId ? QVariant(static_cast<qlonglong>(m_lastInsertId)) : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_rowPending = false;
    m_exhausted = true;
}

} // namespace qf::storage
