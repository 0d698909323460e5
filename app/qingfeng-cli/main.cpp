// qingfeng-cli: wiring only. Everything the CLI does lives in core/cli (qingfeng_cli).
#include "cli/Cli.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    qf::crypto::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qingfeng-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QF_VERSION));
    // Core's informational log lines would mix with the CLI's own messages; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("qf.*.info=false\nqf.*.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    qf::cli::TerminalPasswordSource passwords;
    return qf::cli::runCli(QCoreApplication::arguments().mid(1), out, err, passwords);
}
