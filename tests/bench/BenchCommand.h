#pragma once

// The command line every benchmark shares: --quick for a small run, --out FILE for a copy of the JSON lines, and
// --scale N for those on demo data. The benchmark runs in a temporary folder; a Failure becomes exit code 1, a
// malformed line too.

#include "BenchSupport.h"
#include "JsonLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

namespace qf::bench {

using BenchBody = std::function<void(bool quick, JsonSink& sink, const QString& dir)>;
using DemoBenchBody = std::function<void(int scale, bool quick, JsonSink& sink, const QString& dir)>;

namespace detail {

// The shared command line, with --scale N when `defaultScale` is positive (--quick then means scale 2).
inline int runCommand(QCoreApplication& app, const QString& description, const QString& quickHelp, int defaultScale,
                      const DemoBenchBody& body)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"), quickHelp);
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Also write the JSON lines to <file>."),
                                       QStringLiteral("file"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Demo data scale (1000: 100k reports)."), QStringLiteral("N"),
                                         QString::number(defaultScale));
    parser.addOptions({quickOption, outOption});
    if (defaultScale > 0)
        parser.addOption(scaleOption);
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int scale = defaultScale <= 0 ? 0 : quick ? 2 : parser.value(scaleOption).toInt();
    if (defaultScale > 0 && scale < 1) {
        std::fprintf(stderr, "--scale takes a positive number\n");
        return 2;
    }
    JsonSink sink;
    if (parser.isSet(outOption) && !sink.openFile(parser.value(outOption))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(outOption)));
        return 2;
    }
    QTemporaryDir dir;
    try {
        body(scale, quick, sink, dir.path());
    } catch (const Failure& failure) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(failure.what()));
        return 1;
    }
    return sink.allLinesWellFormed() ? 0 : 1;
}

} // namespace detail

inline int runBenchCommand(QCoreApplication& app, const QString& quickHelp, const BenchBody& body)
{
    return detail::runCommand(app, QString(), quickHelp, 0,
                              [&body](int, bool quick, JsonSink& sink, const QString& dir) { body(quick, sink, dir); });
}

// For the benchmarks on generated demo data: --scale N as well (1000: 100,000 reports, 50,000 leads and about 10,000
// cases); --quick runs scale 2.
inline int runDemoBenchCommand(QCoreApplication& app, const QString& description, const DemoBenchBody& body)
{
    return detail::runCommand(app, description, QStringLiteral("Scale 2 and few rounds (smoke test)."), 1000, body);
}

} // namespace qf::bench
