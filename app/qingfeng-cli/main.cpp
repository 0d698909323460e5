// qingfeng-cli: wiring only. Everything the CLI does lives in core/cli (qingfeng_cli).
#include "cli/Cli.h"
#include "common/RuntimeDirectory.h"
#include "crypto/Sodium.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    qf::crypto::disableCoreDumps();
    // Rendering documents (doc render) needs fonts, hence a GUI application; it never opens a window, so the
    // offscreen platform serves unless the caller chose another.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qf::ensureRuntimeDirectory();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qingfeng-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QF_VERSION));
    // Core's informational log lines would mix with the CLI's own messages; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("qf.*.info=false\nqf.*.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    qf::cli::TerminalPasswordSource passwords;
    return qf::cli::runCli(QCoreApplication::arguments().mid(1), out, err, passwords);
}
