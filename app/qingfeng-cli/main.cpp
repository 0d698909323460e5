// qingfeng-cli: wiring only. Everything the CLI does lives in core/cli (qingfeng_cli).
#include "cli/Cli.h"
#include "crypto/Sodium.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The offscreen platform asks for a runtime directory. Where no login session gave one (cron, a container, a plain
// su), use a private one of our own, so that Qt does not warn on every command; only a directory that this user
// owns and nobody else can enter is taken.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QByteArrayLiteral("/tmp/qingfeng-runtime-") + QByteArray::number(getuid());
    if (mkdir(dir.constData(), 0700) != 0 && errno != EEXIST)
        return;
    struct stat info = {};
    if (lstat(dir.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == getuid() &&
        (info.st_mode & 0777) == 0700)
        qputenv("XDG_RUNTIME_DIR", dir);
}

} // namespace

int main(int argc, char* argv[])
{
    qf::crypto::disableCoreDumps();
    // Rendering documents (doc render) needs fonts, hence a GUI application; it never opens a window, so the
    // offscreen platform serves unless the caller chose another.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ensureRuntimeDirectory();
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
