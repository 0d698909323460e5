// Runs the real qingfeng-cli executable: the wiring in app/qingfeng-cli and the exit codes a script sees.
#include "TestVault.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

using qf::test::TestVault;

namespace {

struct ProcessRun
{
    int code = -1;
    QString out;
    QString err;
};

ProcessRun runBinary(const QStringList& arguments, const QProcessEnvironment& environment = {})
{
#ifdef QF_CLI_PATH
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(QF_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    REQUIRE(process.waitForStarted(10000));
    process.closeWriteChannel(); // stdin is a pipe, never a terminal
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
#else
    Q_UNUSED(arguments);
    Q_UNUSED(environment);
    FAIL("QF_CLI_PATH is not defined: the qingfeng-cli target is missing from the build (see app/CMakeLists.txt)");
    return {};
#endif
}

} // namespace

TEST_CASE("the qingfeng-cli binary reports its version and its exit codes", "[cli][binary]")
{
    ProcessRun version = runBinary({QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out.trimmed() == QStringLiteral("qingfeng-cli " QF_VERSION));

    CHECK(runBinary({QStringLiteral("no-such-verb")}).code == 2);

    TestVault vault;
    vault.closeAdmin();
    // Without --password-file and with stdin not a terminal it must refuse (2) instead of hanging.
    ProcessRun noTerminal = runBinary({QStringLiteral("info"), QStringLiteral("--vault"), vault.path(),
                                       QStringLiteral("--user"), QStringLiteral("admin")});
    CHECK(noTerminal.code == 2);
    CHECK(noTerminal.err.contains(QStringLiteral("--password-file")));

    const QString wrong = vault.dir() + QStringLiteral("/wrong.pw");
    QFile file(wrong);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("definitely-wrong\n");
    file.close();
    ProcessRun refused =
        runBinary({QStringLiteral("info"), QStringLiteral("--vault"), vault.path(), QStringLiteral("--user"),
                   QStringLiteral("admin"), QStringLiteral("--password-file"), wrong});
    CHECK(refused.code == 3);
    CHECK(refused.err.contains(wrong));
}

TEST_CASE("the qingfeng-cli binary says nothing about a missing runtime directory", "[cli][binary]")
{
    // cron, containers and su give no XDG_RUNTIME_DIR; the CLI must not print Qt's warning on every command.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const ProcessRun help = runBinary({QStringLiteral("demo"), QStringLiteral("--help")}, environment);
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("--vault")));
    CHECK(help.err.trimmed().isEmpty());
}
