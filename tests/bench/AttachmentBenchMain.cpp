// The attachment store benchmark (issue 5): write, read and re-verification throughput of a large file inside the
// encrypted vault, each as a ratio to its physical anchor measured in the same run on the same disk: a plain file
// copy for write and read, and `sha256sum` for verification.
//
//   qf_bench_attachments [--mib N] [--quick] [--out FILE]

#include "BenchSupport.h"
#include "JsonLine.h"
#include "access/UserRepository.h"
#include "crypto/Sodium.h"
#include "storage/AttachmentStore.h"
#include "storage/Transaction.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <unistd.h>

namespace qf::bench {

namespace {

constexpr double kMinWriteShare = 0.40;
constexpr double kMinReadShare = 0.60;
constexpr double kMinVerifyShare = 0.70;

void makeSource(const QString& path, int mib)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write ") + path);
    QRandomGenerator random(42);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < mib; ++i) {
        random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        file.write(block);
    }
    file.flush();
    ::fsync(file.handle());
}

double sha256sumSeconds(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(QStringLiteral("sha256sum"), {path});
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        fail(QStringLiteral("sha256sum failed"));
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int runAttachmentBenchmark(int mib, JsonSink& sink, const QString& dir)
{
    const QString source = dir + QStringLiteral("/source.bin");
    makeSource(source, mib);
    const double megabytes = mib * 1.048576;
    BenchDatabase database(QStringLiteral("encrypted"), true, dir + QStringLiteral("/vault.db"),
                           storage::Vault::kPageCacheMib);
    database.open();
    auto transaction = storage::Transaction::begin(database.db());
    auto user = access::UserRepository(database.db())
                    .insert(QStringLiteral("bench"), QStringLiteral("bench"), {access::Role::Investigator});
    if (!user.ok() || !transaction.ok() || !transaction->commit().ok())
        fail(QStringLiteral("cannot prepare the vault"));

    const double copySeconds = plainCopySeconds(source, dir + QStringLiteral("/copy.bin"));
    QFile::remove(dir + QStringLiteral("/copy.bin"));

    QElapsedTimer timer;
    timer.start();
    QString uid;
    {
        auto write = storage::Transaction::begin(database.db());
        QFile in(source);
        if (!write.ok() || !in.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot start the write"));
        auto stored = storage::AttachmentStore(database.db()).put(in, QStringLiteral("source.bin"), {}, user->id);
        if (!stored.ok() || !write->commit().ok())
            fail(QStringLiteral("attachment write failed: ") + stored.message());
        uid = stored->uid;
    }
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    database.checkpoint();

    timer.restart();
    {
        QFile out(dir + QStringLiteral("/out.bin"));
        if (!out.open(QIODevice::WriteOnly))
            fail(QStringLiteral("cannot write the copy"));
        const Status read = storage::AttachmentStore(database.db()).read(uid, out);
        if (!read.ok())
            fail(QStringLiteral("attachment read failed: ") + read.message());
        out.flush();
        ::fsync(out.handle());
    }
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
    QFile::remove(dir + QStringLiteral("/out.bin"));

    const double sumSeconds = sha256sumSeconds(source);
    timer.restart();
    auto check = storage::AttachmentStore(database.db()).verify(uid, QStringLiteral("bench"));
    const double verifySeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!check.ok() || !check->passed)
        fail(QStringLiteral("verification failed"));

    const double writeShare = copySeconds / writeSeconds;
    const double readShare = copySeconds / readSeconds;
    const double verifyShare = sumSeconds / verifySeconds;
    sink.write(JsonLine()
                   .add("op", "attachment_write")
                   .add("mib", mib)
                   .add("mb_per_s", megabytes / writeSeconds, 1)
                   .add("plain_copy_mb_per_s", megabytes / copySeconds, 1)
                   .add("share_of_copy", writeShare, 3));
    sink.write(JsonLine()
                   .add("op", "attachment_read")
                   .add("mib", mib)
                   .add("mb_per_s", megabytes / readSeconds, 1)
                   .add("plain_copy_mb_per_s", megabytes / copySeconds, 1)
                   .add("share_of_copy", readShare, 3));
    sink.write(JsonLine()
                   .add("op", "attachment_verify")
                   .add("mib", mib)
                   .add("mb_per_s", megabytes / verifySeconds, 1)
                   .add("sha256sum_mb_per_s", megabytes / sumSeconds, 1)
                   .add("share_of_sha256sum", verifyShare, 3));
    sink.write(JsonLine()
                   .add("op", "summary")
                   .add("goal_write_share_min", kMinWriteShare, 2)
                   .add("goal_read_share_min", kMinReadShare, 2)
                   .add("goal_verify_share_min", kMinVerifyShare, 2)
                   .add("goals_met",
                        writeShare >= kMinWriteShare && readShare >= kMinReadShare && verifyShare >= kMinVerifyShare)
                   .add("peak_rss_kib", peakRssKib())
                   .add("loadavg", loadAverage()));
    return 0;
}

} // namespace qf::bench

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("qf.*.info=false"));
    qf::crypto::ensureSodium();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Attachment store throughput against a plain copy and sha256sum."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("A 16 MiB file (smoke test)."));
    const QCommandLineOption sizeOption(QStringLiteral("mib"), QStringLiteral("File size in MiB."), QStringLiteral("N"),
                                        QStringLiteral("512"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Also write the JSON lines to <file>."),
                                       QStringLiteral("file"));
    parser.addOptions({quickOption, sizeOption, outOption});
    parser.process(app);
    const int mib = parser.isSet(quickOption) ? 16 : parser.value(sizeOption).toInt();
    qf::bench::JsonSink sink;
    if (mib < 1 || (parser.isSet(outOption) && !sink.openFile(parser.value(outOption))))
        return 2;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/qf-bench-XXXXXX")); // the disk under test, not tmpfs
    try {
        qf::bench::runAttachmentBenchmark(mib, sink, dir.path());
    } catch (const qf::bench::Failure& failure) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(failure.what()));
        return 1;
    }
    return sink.allLinesWellFormed() ? 0 : 1;
}
