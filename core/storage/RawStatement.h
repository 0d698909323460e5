#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3_stmt;
struct sqlite3;

namespace qf::storage {

// A thin wrapper over one sqlite3 statement on a vault connection, for hot loops (audit verification, bulk
// loads) where QVariant conversions per column would dominate. Text columns are returned as UTF-8 views that stay
// valid until the next step().
class RawStatement
{
public:
    RawStatement(const QSqlDatabase& db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorMessage() const;

    // Returns true while there is a row; false at the end or on error (then errorMessage() says why).
    bool step();
    bool failed() const { return m_failed; }
    void reset();

    void bindInt64(int index, qint64 value);
    void bindText(int index, QByteArrayView utf8);
    void bindBlob(int index, QByteArrayView bytes);
    // Runs a statement that returns no rows; resets it afterwards so it can be bound and run again.
    bool run();

    int columnCount() const;
    qint64 int64(int column) const;
    QByteArrayView text(int column) const;
    QByteArrayView blob(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace qf::storage
