#pragma once

#include "crypto/SecretBytes.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace qf::storage {

class SqlCipherResult;

// A QSqlDriver over the SQLCipher C API, using only Qt's public Sql API.
// The key is handed over as raw bytes (never as a QString password) and applied with sqlite3_key on open.
// Without a key the database is opened in plain SQLite mode; only the benchmark baseline does that.
//
// Connect options (semicolon separated): QF_CREATE (create the file if missing), QF_READONLY, QF_BUSY_TIMEOUT=ms.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char* kName = "QFSQLCIPHER";
    static void registerDriver();

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // A 32-byte raw key; it is applied as x'…' so SQLCipher's own PBKDF2 is skipped.
    void setRawKey(crypto::SecretBytes key);

    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool hasFeature(DriverFeature feature) const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connection() const { return m_db; }
    // Runs several statements at once (migrations, pragmas). Returns false and sets lastError() on failure.
    bool executeScript(const QString& sql);
    // SQLite's extended result code of the last failure on this connection.
    int lastNativeCode() const;

private:
    friend class SqlCipherResult;
    bool runSimple(const char* sql, QSqlError::ErrorType type, const QString& what);
    void registerResult(SqlCipherResult* result) const;
    void forgetResult(SqlCipherResult* result) const;

    sqlite3* m_db = nullptr;
    crypto::SecretBytes m_rawKey;
    mutable QSet<SqlCipherResult*> m_results;
};

} // namespace qf::storage
