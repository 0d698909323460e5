#include "ArchiveFloor.h"

#include "BenchSupport.h"
#include "archive/RecordCatalog.h"
#include "crypto/Mac.h"
#include "storage/RawStatement.h"

#include <QDir>
#include <sodium.h>

namespace qf::bench {

namespace {

constexpr qint64 kMessageBytes = 1024 * 1024; // the size of the archive writer's largest messages

QStringList floorQueries(FloorReads reads)
{
    if (reads == FloorReads::AttachmentChunks)
        return {QStringLiteral("SELECT data FROM attachment_chunk")};
    QStringList queries;
    for (const QString& table : archive::RecordCatalog::importOrder())
        queries << QStringLiteral("SELECT * FROM %1").arg(table);
    return queries;
}

// Steps through every row the queries give, touching each column's bytes. Returns the seconds taken.
double scan(const QSqlDatabase& db, FloorReads reads, qint64* rows)
{
    QElapsedTimer timer;
    timer.start();
    qint64 seen = 0;
    qint64 bytes = 0;
    for (const QString& table : floorQueries(reads)) {
        storage::RawStatement scan(db, table.toUtf8().constData());
        if (!scan.isValid())
            fail(QStringLiteral("cannot scan ") + table + u": " + scan.errorMessage());
        const int columns = scan.columnCount();
        while (scan.step()) {
            ++seen;
            for (int column = 0; column < columns; ++column)
                bytes += scan.blob(column).size();
        }
        if (scan.failed())
            fail(QStringLiteral("scanning ") + table + u" failed: " + scan.errorMessage());
    }
    const double seconds = secondsSince(timer);
    if (bytes <= 0)
        fail(QStringLiteral("the scan read no bytes"));
    if (rows)
        *rows = seen;
    return seconds;
}

// Writes an unencrypted copy of the vault with SQLCipher's own export and opens it through the product's driver.
QString writePlainCopy(const QSqlDatabase& vault, const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("floor-plain.db"));
    if (Status created = storage::createAttachTarget(path); !created.ok())
        fail(created.message());
    auto attached = storage::execute(vault, QStringLiteral("ATTACH DATABASE ? AS qfplain KEY ''"), {path});
    if (!attached.ok())
        fail(QStringLiteral("cannot attach the plain copy: ") + attached.message());
    auto exported = storage::querySingleValue(vault, QStringLiteral("SELECT sqlcipher_export('qfplain')"));
    (void)storage::execute(vault, QStringLiteral("DETACH DATABASE qfplain"));
    if (!exported.ok())
        fail(QStringLiteral("cannot write the plain copy: ") + exported.message());
    return path;
}

double scanPlainCopy(const QString& path, FloorReads reads)
{
    const QString connection = QStringLiteral("qf_bench_floor_plain");
    double seconds = 0.0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(new storage::SqlCipherDriver(), connection);
        db.setDatabaseName(path);
        if (!db.open())
            fail(QStringLiteral("cannot open the plain copy"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.read(16).startsWith("SQLite format 3"))
            fail(QStringLiteral("the plain copy is not a plain SQLite file"));
        seconds = scan(db, reads, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return seconds;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read ") + path);
    return file.readAll();
}

using StreamState = crypto_secretstream_xchacha20poly1305_state;
constexpr qint64 kStreamOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;

// Seals `bytes` in messages of kMessageBytes into `sealed`; returns the seconds taken.
double sealInMessages(const QByteArray& bytes, const unsigned char* key, unsigned char* header, QByteArray* sealed)
{
    const qint64 messages = (bytes.size() + kMessageBytes - 1) / kMessageBytes;
    sealed->resize(bytes.size() + messages * kStreamOverhead);
    QElapsedTimer timer;
    timer.start();
    StreamState state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
    auto* out = reinterpret_cast<unsigned char*>(sealed->data());
    for (qint64 offset = 0; offset < bytes.size(); offset += kMessageBytes) {
        const qint64 length = std::min(kMessageBytes, bytes.size() - offset);
        crypto_secretstream_xchacha20poly1305_push(&state, out, nullptr,
                                                   reinterpret_cast<const unsigned char*>(bytes.constData()) + offset,
                                                   size_t(length), nullptr, 0, 0);
        out += length + kStreamOverhead;
    }
    return secondsSince(timer);
}

double openMessages(const QByteArray& sealed, qint64 plainBytes, const unsigned char* key, const unsigned char* header)
{
    QByteArray plain(kMessageBytes, Qt::Uninitialized);
    QElapsedTimer timer;
    timer.start();
    StreamState state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key) != 0)
        fail(QStringLiteral("cannot open the sealed stream"));
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
    for (qint64 offset = 0; offset < plainBytes; offset += kMessageBytes) {
        const qint64 length = std::min(kMessageBytes, plainBytes - offset);
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char*>(plain.data()), nullptr,
                                                       nullptr, in, size_t(length + kStreamOverhead), nullptr, 0) != 0)
            fail(QStringLiteral("a sealed message did not open"));
        in += length + kStreamOverhead;
    }
    return secondsSince(timer);
}

} // namespace

ArchiveFloor measureArchiveFloor(const QSqlDatabase& vault, FloorReads reads, const QString& dir,
                                 const QString& archivePath)
{
    ArchiveFloor floor;
    floor.readEncryptedSeconds = scan(vault, reads, &floor.rows);
    const QString plainPath = writePlainCopy(vault, dir);
    floor.readPlainSeconds = scanPlainCopy(plainPath, reads);
    QFile::remove(plainPath);

    const QByteArray bytes = readAll(archivePath);
    QElapsedTimer timer;
    timer.start();
    const QByteArray digest = crypto::sha256(bytes);
    floor.hashSeconds = secondsSince(timer);
    if (digest.size() != crypto::kHashBytes)
        fail(QStringLiteral("no digest"));

    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    QByteArray sealed;
    floor.sealSeconds = sealInMessages(bytes, key, header, &sealed);
    floor.openSeconds = openMessages(sealed, bytes.size(), key, header);
    sodium_memzero(key, sizeof key);
    return floor;
}

} // namespace qf::bench
