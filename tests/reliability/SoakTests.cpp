#include "Harness.h"
#include "SideLog.h"
#include "VaultCheck.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::reliability;

namespace {

// "<seconds> <kib>" lines written by the writer.
QList<QPair<qint64, qint64>> readSamples(const QString& path)
{
    QList<QPair<qint64, qint64>> samples;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return samples;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            samples.append({parts.at(0).toLongLong(), parts.at(1).toLongLong()});
    }
    return samples;
}

} // namespace

TEST_CASE("mixed operations over a long run keep memory bounded and the vault intact", "[reliability][soak]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("soak.qfv"));
    {
        auto admin = createOffice(vault);
        REQUIRE(admin.ok());
    }
    const QString log = dir.filePath(QStringLiteral("committed.log"));
    const QString rss = dir.filePath(QStringLiteral("rss.log"));
    // Long mode: 30 minutes sampled each minute. Default: a few dozen operations, sampled each second.
    const int minutes = setting("QF_RELIABILITY_SOAK_MINUTES", 30);
    QStringList arguments = {QStringLiteral("--vault"),   vault, QStringLiteral("--log"), log,
                             QStringLiteral("--rss-log"), rss};
    if (longMode())
        arguments << QStringLiteral("--seconds") << QString::number(minutes * 60) << QStringLiteral("--rss-every")
                  << QStringLiteral("60");
    else
        arguments << QStringLiteral("--ops") << QStringLiteral("40") << QStringLiteral("--rss-every")
                  << QStringLiteral("1");
    QProcess writer;
    writer.start(writerPath(), arguments);
    REQUIRE(writer.waitForStarted());
    REQUIRE(writer.waitForFinished(-1));
    INFO(writer.readAllStandardError().toStdString());
    REQUIRE(writer.exitStatus() == QProcess::NormalExit);
    REQUIRE(writer.exitCode() == 0);

    const auto samples = readSamples(rss);
    REQUIRE(samples.size() >= 2);
    const QList<Committed> committed = SideLog::read(log);
    auto check = checkVault(vault, committed);
    REQUIRE(check.ok());
    INFO(check->summary().toStdString());
    CHECK(check->passed());
    QStringList series;
    for (const auto& [second, kib] : samples)
        series << QStringLiteral("%1s:%2").arg(second).arg(kib);
    reportFigure(QStringLiteral("soak: %1 committed records in %2 s; RSS first %3 KiB, last %4 KiB; samples %5")
                     .arg(committed.size())
                     .arg(samples.last().first)
                     .arg(samples.first().second)
                     .arg(samples.last().second)
                     .arg(series.join(u' ')));
    if (longMode()) {
        // Bounded: once the page caches are warm (half-way), the second half may not grow by more than a quarter.
        const qint64 middle = samples.at(samples.size() / 2).second;
        CHECK(samples.last().second <= middle + middle / 4);
    }
}
