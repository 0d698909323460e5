#include "storage/RawStatement.h"

#include "storage/SqlCipherDriver.h"
#include "storage/SqliteApi.h"

namespace qf::storage {

RawStatement::RawStatement(const QSqlDatabase& db, const char* sql)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    m_db = driver ? driver->connection() : nullptr;
    if (!m_db || sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_failed = true;
        m_stmt = nullptr;
    }
}

RawStatement::~RawStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

QString RawStatement::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not a vault connection");
}

bool RawStatement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

void RawStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

void RawStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void RawStatement::bindText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void RawStatement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
}

bool RawStatement::run()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    reset();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        m_failed = true;
        return false;
    }
    return true;
}

int RawStatement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView RawStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView RawStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

} // namespace qf::storage
