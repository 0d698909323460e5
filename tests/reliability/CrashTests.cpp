#include "Harness.h"
#include "SideLog.h"
#include "VaultCheck.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>

using namespace qf;
using namespace qf::reliability;

TEST_CASE("a writer killed at random moments loses nothing committed and leaves nothing half-written",
          "[reliability][crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("crash.qfv"));
    const QString log = dir.filePath(QStringLiteral("committed.log"));
    {
        auto admin = createOffice(vault);
        REQUIRE(admin.ok());
    }
    const int cycles = setting("QF_RELIABILITY_CYCLES", longMode() ? 1000 : 50);
    QRandomGenerator random(QRandomGenerator::securelySeeded());
    QSet<QString> attachmentsRead;
    int killedMidway = 0;
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        QProcess writer;
        writer.start(writerPath(), {QStringLiteral("--vault"), vault, QStringLiteral("--log"), log});
        REQUIRE(writer.waitForStarted());
        // A random moment: during start-up, between commits, or in the middle of a transaction.
        QThread::msleep(50 + random.bounded(750));
        if (writer.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
            ++killedMidway;
        }
        writer.waitForFinished(-1);
        INFO("cycle " << cycle << ": " << writer.readAllStandardError().toStdString());
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);

        const QList<Committed> committed = SideLog::read(log);
        auto check = checkVault(vault, committed, &attachmentsRead);
        REQUIRE(check.ok());
        INFO(check->summary().toStdString());
        REQUIRE(check->passed());
        REQUIRE(check->recordsChecked == committed.size());
        if (cycle == cycles)
            reportFigure(QStringLiteral("crash: %1 kill cycles (%2 mid-run), %3 committed records all present, 0 lost, "
                                        "0 partial; %4 audit entries verified")
                             .arg(cycles)
                             .arg(killedMidway)
                             .arg(committed.size())
                             .arg(check->auditEntries));
    }
}
