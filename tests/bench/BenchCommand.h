#pragma once

// The command line every benchmark shares: --quick for a small run, --out FILE for a copy of the JSON lines. The
// benchmark runs in a temporary folder; a Failure becomes exit code 1, a malformed line too.

#include "BenchSupport.h"
#include "JsonLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

namespace qf::bench {

using BenchBody = std::function<void(bool quick, JsonSink& sink, const QString& dir)>;

inline int runBenchCommand(QCoreApplication& app, const QString& quickHelp, const BenchBody& body)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"), quickHelp);
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Also write the JSON lines to <file>."),
                                       QStringLiteral("file"));
    parser.addOptions({quickOption, outOption});
    parser.process(app);
    JsonSink sink;
    if (parser.isSet(outOption) && !sink.openFile(parser.value(outOption)))
        return 2;
    QTemporaryDir dir;
    try {
        body(parser.isSet(quickOption), sink, dir.path());
    } catch (const Failure& failure) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(failure.what()));
        return 1;
    }
    return sink.allLinesWellFormed() ? 0 : 1;
}

} // namespace qf::bench
