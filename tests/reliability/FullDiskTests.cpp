#include "Harness.h"
#include "OutputCheck.h"
#include "ScriptedSession.h"
#include "SmallDisk.h"
#include "VaultCheck.h"

#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::reliability;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// Export and backup into `outputDir`; the outputs must be whole or absent, and a failure must say so clearly.
int exportAndBackUp(const QString& vault, const QString& caseUid, access::Session& admin, const QString& outputDir,
                    bool expectSuccess)
{
    SessionRun target;
    target.archivePath = QDir(outputDir).filePath(QStringLiteral("case.qfa"));
    target.backupDir = QDir(outputDir).filePath(QStringLiteral("backups"));
    const Status exported = exportCase(vault, caseUid, target.archivePath);
    const Status backedUp = backupVault(admin, target.backupDir);
    target.exported = exported.ok();
    target.backedUp = backedUp.ok();
    INFO("export: " << exported.message().toStdString() << "; backup: " << backedUp.message().toStdString());
    int passed = 0;
    for (const Status& outcome : {exported, backedUp}) {
        // A full target is named as such, whichever layer noticed it (a file write or SQLite).
        const bool asExpected = outcome.ok() == expectSuccess &&
                                (outcome.ok() || (isClearMessage(outcome.message()) &&
                                                  outcome.message().contains(QLatin1String("disk is full"))));
        CHECK(asExpected);
        passed += asExpected ? 1 : 0;
    }
    checkOutputs(target);
    return passed;
}

} // namespace

TEST_CASE("export and backup to a full disk fail cleanly and leave nothing under the final name",
          "[reliability][fulldisk]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString roomy = dir.filePath(QStringLiteral("roomy"));
    QDir().mkpath(roomy);
    const SessionRun made = runScriptedSession(dir.path(), roomy);
    INFO(made.failedStep.toStdString() << ": " << made.error.message.toStdString());
    REQUIRE(made.backedUp);
    const QString vault = sessionVaultPath(dir.path());
    const QString caseUid = made.committed.at(1).uid;

    SmallDisk disk(dir.filePath(QStringLiteral("small")), 8 * kMiB);
    if (!disk.available()) {
        WARN("No tmpfs can be mounted here; a full target is covered only by the SQLITE_FULL sweep.");
        return;
    }
    auto admin = login(vault, QStringLiteral("admin"));
    REQUIRE(admin.ok());
    // The archive and the backup each need more than 1.5 MiB (the attachment is random, so it does not compress).
    const QList<qint64> freeBytes = {0, 4096, 256 * 1024, kMiB};
    int cases = 0;
    int passed = 0;
    for (int i = 0; i < freeBytes.size(); ++i) {
        const QString out = QDir(disk.folder()).filePath(QStringLiteral("out%1").arg(i));
        REQUIRE(QDir().mkpath(out + QStringLiteral("/backups")));
        QDir(out).rmdir(QStringLiteral("backups"));
        REQUIRE(disk.leaveFree(freeBytes.at(i)));
        passed += exportAndBackUp(vault, caseUid, *admin.value(), out, false);
        cases += 2;
    }
    // With the space back, both succeed on the same disk.
    disk.removeFiller();
    const QString out = QDir(disk.folder()).filePath(QStringLiteral("room"));
    REQUIRE(QDir().mkpath(out));
    passed += exportAndBackUp(vault, caseUid, *admin.value(), out, true);
    cases += 2;
    admin.value().reset();
    auto check = checkVault(vault, made.committed);
    REQUIRE(check.ok());
    INFO(check->summary().toStdString());
    CHECK(check->passed());
    reportFigure(
        QStringLiteral("full disk (tmpfs target): %1 of %2 export/backup cases passed").arg(passed).arg(cases));
    CHECK(passed == cases);
}

TEST_CASE("a vault on a disk that fills up refuses the change clearly and reopens intact", "[reliability][fulldisk]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SmallDisk disk(dir.filePath(QStringLiteral("small")), 12 * kMiB);
    if (!disk.available()) {
        WARN("No tmpfs can be mounted here; a full vault disk is covered only by the SQLITE_FULL sweep.");
        return;
    }
    const QString vault = QDir(disk.folder()).filePath(QStringLiteral("vault.qfv"));
    QList<Committed> committed;
    Error refusal;
    {
        auto admin = createOffice(vault);
        REQUIRE(admin.ok());
        admin.value().reset();
        auto work = Workload::open(vault);
        REQUIRE(work.ok());
        auto opened = work.value()->openCase();
        REQUIRE(opened.ok());
        auto evidence = work.value()->recordEvidence(opened->uid);
        REQUIRE(evidence.ok());
        committed << opened.value() << evidence.value();
        for (int i = 0; i < 40 && refusal.message.isEmpty(); ++i) {
            auto attached = work.value()->attachFile(evidence->uid, kMiB);
            if (attached.ok())
                committed << attached.value();
            else
                refusal = attached.error();
        }
    }
    INFO(refusal.message.toStdString());
    REQUIRE_FALSE(refusal.message.isEmpty());
    CHECK(refusal.message.startsWith(QStringLiteral("The disk is full.")));
    auto check = checkVault(vault, committed);
    REQUIRE(check.ok());
    INFO(check->summary().toStdString());
    CHECK(check->passed());
    CHECK(check->recordsChecked == committed.size());
    reportFigure(QStringLiteral("full disk (vault on a 12 MiB tmpfs): refused after %1 attachments with \"%2\"; vault "
                                "intact")
                     .arg(committed.size() - 2)
                     .arg(refusal.message.section(u'(', 0, 0).trimmed()));
}
