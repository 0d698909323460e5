#pragma once

// Shared by the benchmarks: failure handling, statistics, process figures, and the database under test.

#include "crypto/Aead.h"
#include "crypto/SecretBytes.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/SqlCipherDriver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <unistd.h>
#include <vector>

namespace qf::bench {

class Failure
{
public:
    explicit Failure(QString what) : m_what(std::move(what)) {}
    const QString& what() const { return m_what; }

private:
    QString m_what;
};

[[noreturn]] inline void fail(const QString& what)
{
    throw Failure(what);
}

inline void check(const QSqlQuery& query, bool ok, const QString& what)
{
    if (!ok)
        fail(what + u": " + query.lastError().text());
}

// Nearest-rank percentile of an unsorted sample (sorted in place).
inline double percentile(std::vector<double>& sample, double p)
{
    if (sample.empty())
        return 0.0;
    std::sort(sample.begin(), sample.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sample.size())));
    return sample[std::clamp<std::size_t>(rank, 1, sample.size()) - 1];
}

inline double secondsSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// The anchor for file throughput: copy the bytes to another file on the same disk and make them durable, as the
// vault's commit (or an archive's) does. Returns the seconds it took.
inline double plainCopySeconds(const QString& from, const QString& to)
{
    QElapsedTimer timer;
    timer.start();
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot copy ") + from);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    qint64 got = 0;
    while ((got = in.read(block.data(), block.size())) > 0)
        out.write(block.constData(), got);
    out.flush();
    ::fsync(out.handle());
    return secondsSince(timer);
}

inline double ratio(double encrypted, double plain)
{
    return plain > 0.0 ? encrypted / plain : 0.0;
}

inline QString procStatusValue(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromLatin1(line.mid(prefix.size()).trimmed());
    }
    return {};
}

inline qint64 peakRssKib()
{
    return procStatusValue("VmHWM").section(u' ', 0, 0).toLongLong();
}

inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

// One database under test: encrypted with a random raw key, or plain through the same driver.
class BenchDatabase
{
public:
    BenchDatabase(const QString& mode, bool encrypted, const QString& path, int cacheMib)
        : m_mode(mode), m_connection(u"qf_bench_" + mode), m_path(path), m_encrypted(encrypted), m_cacheMib(cacheMib)
    {
    }
    ~BenchDatabase() { close(); }
    BenchDatabase(const BenchDatabase&) = delete;
    BenchDatabase& operator=(const BenchDatabase&) = delete;

    const QString& mode() const { return m_mode; }
    bool encrypted() const { return m_encrypted; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    const crypto::SecretBytes& auditKey() const { return m_auditKey; }

    void open()
    {
        auto* driver = new storage::SqlCipherDriver();
        if (m_encrypted)
            driver->setRawKey(crypto::SecretBytes::random(crypto::kKeyBytes));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QF_CREATE"));
        if (!db.open())
            fail(m_mode + u": cannot open " + m_path + u": " + db.lastError().text());
        // The same settings the vault applies on open (Vault::configureConnection).
        if (m_encrypted) {
            m_cipherVersion = single(QStringLiteral("PRAGMA cipher_version")).toString();
            if (m_cipherVersion.isEmpty())
                fail(QStringLiteral("the SQLCipher library reports no cipher_version"));
            exec(QStringLiteral("PRAGMA cipher_page_size = 4096"));
        } else {
            exec(QStringLiteral("PRAGMA page_size = 4096"));
        }
        const QString journal = single(QStringLiteral("PRAGMA journal_mode = WAL")).toString();
        if (journal.compare(u"wal", Qt::CaseInsensitive) != 0)
            fail(m_mode + u": journal_mode is " + journal);
        exec(QStringLiteral("PRAGMA synchronous = FULL"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (single(QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
            fail(m_mode + u": foreign keys are off");
        if (m_cacheMib > 0) // the same page cache the vault sets
            exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(m_cacheMib) * 1024));

        auto migrated = storage::applyMigrations(db);
        if (!migrated.ok())
            fail(m_mode + u": migrations failed: " + migrated.message());
        m_auditKey = crypto::SecretBytes::random(crypto::kKeyBytes);
    }

    // The file on disk must be what the mode claims: ciphertext for the vault, a SQLite header for the baseline.
    void checkFileHeader() const
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            fail(m_mode + u": cannot read " + m_path);
        const bool plainHeader = file.read(16).startsWith("SQLite format 3");
        if (plainHeader == m_encrypted)
            fail(m_mode + (m_encrypted ? QStringLiteral(": the file is not encrypted")
                                       : QStringLiteral(": the baseline file is encrypted")));
    }

    void checkpoint() { single(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); }

    qint64 fileBytes() const { return QFile(m_path).size(); }
    QString cipherVersion() const { return m_cipherVersion; }
    qint64 pragmaInt(const char* name) { return single(QStringLiteral("PRAGMA ") + QLatin1String(name)).toLongLong(); }

    void close()
    {
        if (!QSqlDatabase::contains(m_connection))
            return;
        {
            QSqlDatabase database = db();
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

    void exec(const QString& sql)
    {
        auto done = storage::execute(db(), sql);
        if (!done.ok())
            fail(m_mode + u": " + sql + u": " + done.message());
    }

    QVariant single(const QString& sql)
    {
        auto value = storage::querySingleValue(db(), sql);
        if (!value.ok())
            fail(m_mode + u": " + sql + u": " + value.message());
        return value.value();
    }

private:
    QString m_mode;
    QString m_connection;
    QString m_path;
    bool m_encrypted;
    int m_cacheMib;
    QString m_cipherVersion;
    crypto::SecretBytes m_auditKey;
};

} // namespace qf::bench
