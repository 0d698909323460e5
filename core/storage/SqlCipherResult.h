#pragma once

#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace qf::storage {

class SqlCipherDriver;

// One prepared statement. Forward-only queries read columns straight from SQLite; scrollable ones cache the
// rows they have fetched so QSqlQueryModel can move back and forth.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    void finalize();
    QVariant handle() const override;

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    const SqlCipherDriver* cipherDriver() const;
    bool bindValues();
    bool step();
    bool advanceForwardOnly();
    bool pullRowIntoCache();
    QVariant columnValue(int column) const;
    void buildRecord();
    void clearRows();
    void failWith(const QString& what, int code);

    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QVariantList> m_rows;
    bool m_rowPending = false; // the statement sits on a row not yet handed out
    bool m_exhausted = false;
    int m_rowsAffected = 0;
    qint64 m_lastInsertId = 0;
};

} // namespace qf::storage
