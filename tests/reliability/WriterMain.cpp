// The writer the reliability harnesses drive: real service calls in a loop on an existing office vault, each
// committed record appended to an fsync'd side log. The crash harness kills it at random moments; the soak run lets
// it go for half an hour, sampling its resident memory every minute; two of them at once show how a second process
// is turned away.
//
//   reliability_writer --vault PATH --log PATH [--ops N] [--seconds S] [--rss-log PATH] [--rss-every SECONDS]
//
// Exit status: 0 done, 2 bad arguments, 3 the vault did not open (message on stderr), 4 an operation failed.

#include "SideLog.h"
#include "Workload.h"
#include "crypto/Sodium.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <cstdio>

using namespace qf;
using namespace qf::reliability;

namespace {

qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

// What the writer knows about: cases it may advance, cases and evidence it may add to.
struct Known
{
    QStringList openCases; // opened by this run and not yet advanced
    QStringList cases;
    QStringList evidence;
    void add(const Committed& record)
    {
        if (record.kind == QLatin1String("case"))
            cases << record.uid;
        else if (record.kind == QLatin1String("evidence"))
            evidence << record.uid;
    }
};

Result<Committed> step(Workload& work, Known& known, QRandomGenerator& random)
{
    if (known.cases.isEmpty())
        return work.openCase();
    const int choice = random.bounded(100);
    const QString someCase = known.cases.at(random.bounded(known.cases.size()));
    if (choice < 25)
        return work.registerReport();
    if (choice < 35)
        return work.openCase();
    if (choice < 45 && !known.openCases.isEmpty())
        return work.advanceCase(known.openCases.takeAt(random.bounded(known.openCases.size())));
    if (choice < 65 || known.evidence.isEmpty())
        return work.recordEvidence(someCase);
    if (choice < 85) {
        // Mostly small files; one in four spans several 1 MiB chunks.
        const qint64 size =
            random.bounded(4) == 0 ? 1024 * 1024 + random.bounded(1536 * 1024) : 1 + random.bounded(64 * 1024);
        return work.attachFile(known.evidence.at(random.bounded(known.evidence.size())), size);
    }
    return work.registerProperty(someCase);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    crypto::ensureSodium();
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("vault"), QStringLiteral("Vault file."), QStringLiteral("path")},
         {QStringLiteral("log"), QStringLiteral("Side log of committed records."), QStringLiteral("path")},
         {QStringLiteral("ops"), QStringLiteral("Stop after N operations."), QStringLiteral("n")},
         {QStringLiteral("seconds"), QStringLiteral("Stop after S seconds."), QStringLiteral("s")},
         {QStringLiteral("rss-log"), QStringLiteral("Where to write RSS samples."), QStringLiteral("path")},
         {QStringLiteral("rss-every"), QStringLiteral("Seconds between RSS samples."), QStringLiteral("s")}});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("vault")) || !parser.isSet(QStringLiteral("log")))
        return 2;
    SideLog log(parser.value(QStringLiteral("log")));
    if (!log.isOpen())
        return 2;
    Known known;
    for (const Committed& record : SideLog::read(parser.value(QStringLiteral("log"))))
        known.add(record);

    auto work = Workload::open(parser.value(QStringLiteral("vault")));
    if (!work.ok()) {
        std::fprintf(stderr, "%s\n", work.message().toUtf8().constData());
        return 3;
    }
    const qint64 maxOps = parser.value(QStringLiteral("ops")).toLongLong();
    const qint64 maxMs = parser.value(QStringLiteral("seconds")).toLongLong() * 1000;
    const qint64 rssEveryMs = qMax<qint64>(1, parser.value(QStringLiteral("rss-every")).toLongLong()) * 1000;
    QFile rssLog(parser.value(QStringLiteral("rss-log")));
    const bool sampling = parser.isSet(QStringLiteral("rss-log")) && rssLog.open(QIODevice::WriteOnly);
    QElapsedTimer clock;
    clock.start();
    qint64 nextSample = 0;
    QRandomGenerator random(QRandomGenerator::securelySeeded());
    for (qint64 done = 0; (maxOps == 0 || done < maxOps) && (maxMs == 0 || clock.elapsed() < maxMs); ++done) {
        if (sampling && clock.elapsed() >= nextSample) {
            rssLog.write(QByteArray::number(clock.elapsed() / 1000) + ' ' + QByteArray::number(residentKib()) + '\n');
            rssLog.flush();
            nextSample += rssEveryMs;
        }
        auto committed = step(*work.value(), known, random);
        if (!committed.ok()) {
            std::fprintf(stderr, "operation %lld failed: %s\n", static_cast<long long>(done),
                         committed.message().toUtf8().constData());
            return 4;
        }
        if (!log.append(committed.value()))
            return 4;
        known.add(committed.value());
        if (committed->kind == QLatin1String("case"))
            known.openCases << committed->uid;
    }
    if (sampling)
        rssLog.write(QByteArray::number(clock.elapsed() / 1000) + ' ' + QByteArray::number(residentKib()) + '\n');
    return 0;
}
