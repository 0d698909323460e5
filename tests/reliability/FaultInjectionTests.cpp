#include "FaultVfs.h"
#include "Harness.h"
#include "OutputCheck.h"
#include "ScriptedSession.h"
#include "VaultCheck.h"
#include "storage/KeySlots.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::reliability;

namespace {

struct Coverage
{
    int runs = 0;
    int fired = 0;
    int failedClearly = 0;
    int survived = 0; // the fault was absorbed (a retried read, an ignored checkpoint sync) and the session finished
    QMap<QString, int> messages; // the user-level sentence of each failure, counted
};

// Replays the session with the Nth I/O call failing, then checks the vault and the outputs.
void injectAt(qint64 callNumber, Fault fault, Coverage& coverage)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    FaultVfs::arm(callNumber, fault);
    const SessionRun run = runScriptedSession(dir.path(), out);
    FaultVfs::disarm();
    ++coverage.runs;
    coverage.fired += FaultVfs::fired() ? 1 : 0;
    INFO("fault " << (fault == Fault::DiskFull ? "SQLITE_FULL" : "SQLITE_IOERR") << " at I/O call " << callNumber
                  << ", step '" << run.failedStep.toStdString() << "': " << run.error.message.toStdString());
    if (run.failedStep.isEmpty()) {
        ++coverage.survived;
    } else {
        CHECK(isClearMessage(run.error.message));
        // A disk that failed is not a damaged record: that would send the user to restore a backup for nothing, or
        // record a verification failure forever.
        CHECK(run.error.code != ErrorCode::Damaged);
        ++coverage.failedClearly;
        ++coverage.messages[run.failedStep + QStringLiteral(": ") + run.error.message.section(u'(', 0, 0).trimmed()];
    }
    checkOutputs(run);
    if (!run.vaultCreated && !QFileInfo::exists(dir.filePath(QStringLiteral("session.qfv"))))
        return; // creation failed and removed what it had started
    auto check = checkVault(dir.filePath(QStringLiteral("session.qfv")), run.committed);
    REQUIRE(check.ok());
    INFO(check->summary().toStdString());
    REQUIRE(check->passed());
    REQUIRE(check->recordsChecked == run.committed.size());
}

void sweep(Fault fault, const char* label)
{
    FaultVfs::install();
    qint64 total = 0;
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("out")));
        FaultVfs::arm(0, fault);
        const SessionRun clean = runScriptedSession(dir.path(), dir.filePath(QStringLiteral("out")));
        total = FaultVfs::calls();
        INFO(clean.failedStep.toStdString() << ": " << clean.error.message.toStdString());
        REQUIRE(clean.failedStep.isEmpty());
        REQUIRE(clean.backedUp);
    }
    REQUIRE(total > 100);
    // The first calls, where the vault is born, then an even spread: about 40 points by default, about 1,000 in the
    // long mode (every call would take hours; QF_RELIABILITY_STRIDE=1 does it).
    const qint64 spread = longMode() ? 1000 : 40;
    const qint64 stride = setting("QF_RELIABILITY_STRIDE", int(qMax<qint64>(1, total / spread)));
    QList<qint64> points;
    for (qint64 n = 1; n <= qMin<qint64>(total, 10); ++n)
        points << n;
    for (qint64 n = 11; n <= total; n += stride)
        points << n;
    Coverage coverage;
    for (qint64 n : std::as_const(points))
        injectAt(n, fault, coverage);
    reportFigure(QStringLiteral("%1: %2 injection points covered of %3 I/O calls in the session (read, write, sync, "
                                "truncate); %4 failed with a clear message, %5 absorbed; vault intact every time")
                     .arg(QString::fromLatin1(label))
                     .arg(coverage.fired)
                     .arg(total)
                     .arg(coverage.failedClearly)
                     .arg(coverage.survived));
    for (auto it = coverage.messages.cbegin(); it != coverage.messages.cend(); ++it)
        reportFigure(QStringLiteral("  %1x %2").arg(it.value()).arg(it.key()));
    CHECK(coverage.fired == coverage.runs);
}

} // namespace

TEST_CASE("an I/O error at any point of a session fails clearly and leaves the vault intact", "[reliability][faults]")
{
    sweep(Fault::IoError, "SQLITE_IOERR");
}

TEST_CASE("a full disk at any point of a session fails clearly and leaves the vault intact", "[reliability][faults]")
{
    sweep(Fault::DiskFull, "SQLITE_FULL");
}

// Regression: when the first transaction of a new vault failed (after the file and its key slots were written), the
// vault was left behind with no administrator: it could never be opened, and its name was refused as taken.
TEST_CASE("a vault whose creation failed is removed, so the same name can be used again", "[reliability][faults]")
{
    FaultVfs::install();
    qint64 total = 0;
    {
        QTemporaryDir dir;
        FaultVfs::arm(0, Fault::IoError);
        REQUIRE(createVault(dir.filePath(QStringLiteral("probe.qfv"))).ok());
        total = FaultVfs::calls();
    }
    REQUIRE(total > 10);
    int failures = 0;
    for (qint64 n = 1; n <= total; n += setting("QF_RELIABILITY_CREATE_STRIDE", 2)) {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("new.qfv"));
        FaultVfs::arm(n, Fault::IoError);
        auto created = createVault(vault);
        FaultVfs::disarm();
        INFO("I/O call " << n << ": " << created.message().toStdString());
        if (created.ok()) {
            created.value().reset();
            CHECK(login(vault, QStringLiteral("admin")).ok());
            continue;
        }
        ++failures;
        CHECK(isClearMessage(created.message()));
        CHECK_FALSE(QFileInfo::exists(vault));
        CHECK_FALSE(QFileInfo::exists(storage::KeySlotFile::pathFor(vault)));
        CHECK(createVault(vault).ok());
    }
    CHECK(failures > 0);
}

// Regression: a read error on the salt at the head of the file, while logging in, made every page look undecryptable
// on that connection, and the user was told to restore a backup of a vault that was fine.
TEST_CASE("a read error at any point of logging in is never called damage", "[reliability][faults]")
{
    FaultVfs::install();
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("login.qfv"));
    REQUIRE(createOffice(vault).ok());
    FaultVfs::arm(0, Fault::IoError);
    REQUIRE(login(vault, QStringLiteral("admin")).ok());
    const qint64 total = FaultVfs::calls();
    REQUIRE(total > 5);
    int failedClearly = 0;
    for (qint64 n = 1; n <= total; ++n) {
        {
            FaultVfs::arm(n, Fault::IoError);
            auto session = login(vault, QStringLiteral("admin"));
            FaultVfs::disarm();
            INFO("I/O call " << n << " of " << total << ": " << session.message().toStdString());
            if (!session.ok()) {
                CHECK(session.code() != ErrorCode::Damaged);
                CHECK(isClearMessage(session.message()));
                ++failedClearly;
            }
        }
        CHECK(login(vault, QStringLiteral("admin")).ok());
    }
    reportFigure(QStringLiteral("login: a read error at each of its %1 I/O calls: %2 failed clearly, the rest were "
                                "absorbed; never reported as damage")
                     .arg(total)
                     .arg(failedClearly));
}
