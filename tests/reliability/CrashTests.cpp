#include "Harness.h"
#include "SideLog.h"
#include "VaultCheck.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>
#include <memory>

using namespace qf;
using namespace qf::reliability;

TEST_CASE("a writer killed at random moments loses nothing committed and leaves nothing half-written",
          "[reliability][crash]")
{
    // The vault grows with every cycle and each check reads all of it; a long run starts a new vault every so many
    // cycles, so that a thousand cycles stay within reach. Each vault is checked after every kill all the same.
    const int cycles = setting("QF_RELIABILITY_CYCLES", longMode() ? 1000 : 50);
    const int cyclesPerVault = setting("QF_RELIABILITY_CYCLES_PER_VAULT", 100);
    QRandomGenerator random(QRandomGenerator::securelySeeded());
    std::unique_ptr<QTemporaryDir> dir;
    QString vault;
    QString log;
    QSet<QString> attachmentsRead;
    int killedMidway = 0;
    int vaults = 0;
    qint64 recordsChecked = 0;
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        if ((cycle - 1) % cyclesPerVault == 0) {
            dir = std::make_unique<QTemporaryDir>();
            REQUIRE(dir->isValid());
            vault = dir->filePath(QStringLiteral("crash.qfv"));
            log = dir->filePath(QStringLiteral("committed.log"));
            auto admin = createOffice(vault);
            REQUIRE(admin.ok());
            attachmentsRead.clear();
            ++vaults;
        }
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
        if (cycle % cyclesPerVault == 0 || cycle == cycles)
            recordsChecked += committed.size();
        if (cycle == cycles)
            reportFigure(QStringLiteral("crash: %1 kill cycles (%2 mid-run) on %3 vaults, %4 committed records all "
                                        "present, 0 lost, 0 partial; the last vault's %5 audit entries verified")
                             .arg(cycles)
                             .arg(killedMidway)
                             .arg(vaults)
                             .arg(recordsChecked)
                             .arg(check->auditEntries));
    }
}
