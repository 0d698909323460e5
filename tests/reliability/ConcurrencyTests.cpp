#include "Harness.h"
#include "SideLog.h"
#include "VaultCheck.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::reliability;

namespace {

// One writer: its own sessions and connections, opened and used on its own thread (two windows of the workbench,
// or a window and a background task). Every failure it meets is kept for the test to show.
class WriterThread : public QThread
{
public:
    WriterThread(QString vault, int rounds) : m_vault(std::move(vault)), m_rounds(rounds) {}
    QList<Committed> committed;
    QStringList failures;

protected:
    void run() override
    {
        auto work = Workload::open(m_vault);
        if (!work.ok()) {
            failures << work.message();
            return;
        }
        for (int round = 0; round < m_rounds; ++round) {
            for (auto step : {&Workload::registerReport, &Workload::openCase}) {
                auto record = (work.value().get()->*step)();
                if (record.ok())
                    committed << record.value();
                else
                    failures << record.message();
            }
        }
    }

private:
    QString m_vault;
    int m_rounds;
};

qint64 duplicates(const QSqlDatabase& db, const QString& table)
{
    auto value =
        storage::querySingleValue(db, QStringLiteral("SELECT count(*) - count(DISTINCT number) FROM %1").arg(table));
    REQUIRE(value.ok());
    return value->toLongLong();
}

} // namespace

TEST_CASE("two writers at once keep numbering unique and the audit chain linear", "[reliability][concurrency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("shared.qfv"));
    {
        auto admin = createOffice(vault);
        REQUIRE(admin.ok());
    }
    const int rounds = setting("QF_RELIABILITY_ROUNDS", longMode() ? 150 : 12);
    WriterThread first(vault, rounds);
    WriterThread second(vault, rounds);
    first.start();
    second.start();
    first.wait();
    second.wait();
    INFO((first.failures + second.failures).join(QStringLiteral("\n")).toStdString());
    REQUIRE(first.failures.isEmpty());
    REQUIRE(second.failures.isEmpty());

    auto check = checkVault(vault, first.committed + second.committed);
    REQUIRE(check.ok());
    INFO(check->summary().toStdString());
    REQUIRE(check->passed());
    auto admin = login(vault, QStringLiteral("admin"));
    REQUIRE(admin.ok());
    const QSqlDatabase db = admin.value()->database();
    CHECK(duplicates(db, QStringLiteral("lead")) == 0);
    CHECK(duplicates(db, QStringLiteral("case_file")) == 0);
    // Each round is one report (1 transaction) and one case (lead, decision, case, two assignments: 5).
    const int operations = 2 * rounds * 6;
    reportFigure(QStringLiteral("concurrency: 2 writers, %1 committed operations, 0 duplicate numbers, 0 chain forks "
                                "(%2 audit entries, linear)")
                     .arg(operations)
                     .arg(check->auditEntries));
}

TEST_CASE("a second process on an open vault is turned away clearly, never with 'database is locked'",
          "[reliability][concurrency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("shared.qfv"));
    {
        auto admin = createOffice(vault);
        REQUIRE(admin.ok());
    }
    const QString firstLog = dir.filePath(QStringLiteral("first.log"));
    QProcess first;
    first.start(writerPath(), {QStringLiteral("--vault"), vault, QStringLiteral("--log"), firstLog,
                               QStringLiteral("--ops"), QStringLiteral("100000")});
    REQUIRE(first.waitForStarted());
    // Wait until the first writer has committed something, so it surely holds the vault.
    while (SideLog::read(firstLog).isEmpty() && first.state() == QProcess::Running)
        QThread::msleep(20);
    REQUIRE(first.state() == QProcess::Running);

    QProcess second;
    second.start(writerPath(),
                 {QStringLiteral("--vault"), vault, QStringLiteral("--log"), dir.filePath(QStringLiteral("second.log")),
                  QStringLiteral("--ops"), QStringLiteral("5")});
    REQUIRE(second.waitForFinished(60000));
    const QString refusal = QString::fromUtf8(second.readAllStandardError());
    first.kill();
    first.waitForFinished(-1);
    INFO(refusal.toStdString());
    CHECK(second.exitCode() == 3);
    CHECK(refusal.contains(QStringLiteral("is already open in another program")));
    CHECK_FALSE(refusal.contains(QStringLiteral("locked"), Qt::CaseInsensitive));

    // Once the first is gone (even killed), the second gets in and works.
    second.start(writerPath(),
                 {QStringLiteral("--vault"), vault, QStringLiteral("--log"), dir.filePath(QStringLiteral("second.log")),
                  QStringLiteral("--ops"), QStringLiteral("5")});
    REQUIRE(second.waitForFinished(120000));
    INFO(second.readAllStandardError().toStdString());
    CHECK(second.exitCode() == 0);
    auto check = checkVault(vault, SideLog::read(firstLog) + SideLog::read(dir.filePath(QStringLiteral("second.log"))));
    REQUIRE(check.ok());
    INFO(check->summary().toStdString());
    CHECK(check->passed());
}

namespace {

// Registers one report from a session of its own thread while the test's thread holds the write lock.
class BlockedWriter : public QThread
{
public:
    explicit BlockedWriter(QString vault) : m_vault(std::move(vault)) {}
    Error error;
    bool done = false;

protected:
    void run() override
    {
        auto work = Workload::open(m_vault);
        if (!work.ok()) {
            error = work.error();
            return;
        }
        auto report = work.value()->registerReport();
        done = report.ok();
        if (!report.ok())
            error = report.error();
    }

private:
    QString m_vault;
};

} // namespace

TEST_CASE("a writer waits for another's transaction, and says the vault is busy only after retrying",
          "[reliability][concurrency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("busy.qfv"));
    auto admin = createOffice(vault);
    REQUIRE(admin.ok());
    SECTION("a short hold is waited out")
    {
        BlockedWriter writer(vault);
        {
            auto held = storage::Transaction::begin(admin.value()->database());
            REQUIRE(held.ok());
            writer.start();
            QThread::msleep(300);
            REQUIRE(held->commit().ok());
        }
        writer.wait();
        INFO(writer.error.message.toStdString());
        CHECK(writer.done);
    }
    SECTION("a hold longer than the retry budget ends in a clear message, not 'database is locked'")
    {
        BlockedWriter writer(vault);
        {
            auto held = storage::Transaction::begin(admin.value()->database());
            REQUIRE(held.ok());
            writer.start();
            writer.wait();
        }
        INFO(writer.error.message.toStdString());
        CHECK_FALSE(writer.done);
        CHECK(writer.error.message.startsWith(QStringLiteral("The vault is busy with another task.")));
    }
}
