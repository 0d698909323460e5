// qf_bench: the storage benchmark. It runs one workload on an encrypted database and, in the same process, on a
// plain database opened through the same driver, and prints one JSON line per operation and mode plus the
// encrypted/plain ratios. Timing belongs here, never in the unit tests (ARCHITECTURE.md §8).
//
//   qf_bench [--quick] [--out FILE] [--dir DIR] [--cache-mib N]
//
// Goals (foundation issue): lookups and LIKE scans at most 1.3x plain, judged on both the p95 and the total ratio;
// audit verification of the encrypted chain above 500k entries/s, judged on the median of the runs.
// --cache-mib overrides the page cache; by default both databases get the vault's own (storage::Vault::kPageCacheMib).
//
// Exit code: 0 when the run completed and its output is well-formed (whether or not the goals are met), 1 when the
// workload itself failed (a query error, a missing row, an audit chain that does not verify), 2 on bad arguments.

#include "BenchSupport.h"
#include "ChineseText.h"
#include "JsonLine.h"
#include "audit/AuditEntry.h"
#include "audit/AuditTrail.h"
#include "audit/AuditVerifier.h"
#include "crypto/Aead.h"
#include "crypto/Mac.h"
#include "crypto/SecretBytes.h"
#include "crypto/Sodium.h"
#include "storage/Migrations.h"
#include "storage/RawStatement.h"
#include "storage/Sql.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <memory>
#include <numeric>
#include <vector>

namespace qf::bench {

namespace {

constexpr quint64 kSeed = 20240917;

// The workload. --quick divides every count by about 100 so the smoke test finishes in seconds.
struct Workload
{
    int leadRows = 100000;
    int rowsPerTransaction = 1000;
    int lookups = 10000;
    int auditEntries = 1000000;
    int auditEntriesPerTransaction = 100000;
    int verifyRuns = 3;
    // The vault's page cache by default; --cache-mib sets another PRAGMA cache_size on both databases.
    int cacheMib = qf::storage::Vault::kPageCacheMib;
    bool quick = false;

    static Workload scaledDown()
    {
        Workload w;
        w.quick = true;
        w.leadRows = 1000;
        w.rowsPerTransaction = 100;
        w.lookups = 200;
        w.auditEntries = 10000;
        w.auditEntriesPerTransaction = 2500;
        w.verifyRuns = 2;
        return w;
    }
};

// Goals from the foundation issue.
constexpr double kMaxReadRatio = 1.3;
constexpr double kMinAuditEntriesPerSecond = 500000.0;

void createLeadTable(BenchDatabase& database)
{
    database.exec(
        QStringLiteral("CREATE TABLE bench_lead ("
                       "id INTEGER PRIMARY KEY, uid TEXT NOT NULL, subject_name TEXT NOT NULL, unit TEXT NOT NULL, "
                       "summary TEXT NOT NULL, created_on TEXT NOT NULL, status INTEGER NOT NULL)"));
    database.exec(QStringLiteral("CREATE UNIQUE INDEX bench_lead_uid ON bench_lead(uid)"));
    database.exec(QStringLiteral("CREATE INDEX bench_lead_subject ON bench_lead(subject_name)"));
}

struct LeadRow
{
    QString uid;
    QString subjectName;
    QString unit;
    QString summary;
    QString createdOn;
    int status = 0;
};

std::vector<LeadRow> makeLeadBatch(ChineseText& text, qint64 firstRow, int count)
{
    std::vector<LeadRow> rows;
    rows.reserve(static_cast<std::size_t>(count));
    const QDate start(2019, 1, 1);
    for (int i = 0; i < count; ++i) {
        LeadRow row;
        row.uid = uidForRow(kSeed, firstRow + i);
        row.subjectName = text.personName();
        row.unit = text.unitName();
        row.summary = text.leadSummary(100, 200);
        row.createdOn = start.addDays(text.uniform(0, 2000)).toString(Qt::ISODate);
        row.status = text.uniform(0, 5);
        rows.push_back(std::move(row));
    }
    return rows;
}

// The samples of one operation in one mode.
struct Samples
{
    std::vector<double> values; // per operation: µs for lookups, ms for scans, insert batches and verification runs
    qint64 n = 0;               // rows, lookups, scans or entries

    double total() const { return std::accumulate(values.begin(), values.end(), 0.0); }
};

struct Timing
{
    qint64 n = 0;
    double totalMs = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;
};

constexpr std::size_t kEncrypted = 0;
constexpr std::size_t kPlain = 1;

class Bench
{
public:
    Bench(const Workload& workload, JsonSink& sink) : m_work(workload), m_sink(sink) {}

    void run(const QString& dir)
    {
        BenchDatabase encrypted(QStringLiteral("encrypted"), true, dir + u"/encrypted.db", m_work.cacheMib);
        BenchDatabase plain(QStringLiteral("plain"), false, dir + u"/plain.db", m_work.cacheMib);
        m_modes = {&encrypted, &plain};
        for (BenchDatabase* mode : m_modes) {
            mode->open();
            createLeadTable(*mode);
        }
        environment(encrypted);

        // Within each operation the two databases take turns (round by round, alternating which goes first), so
        // the load other processes put on the machine falls on both modes alike.
        insertLeads();
        std::array<qint64, 2> leadFileBytes{};
        for (std::size_t m = 0; m < 2; ++m) {
            m_modes[m]->checkpoint();
            m_modes[m]->checkFileHeader();
            leadFileBytes[m] = m_modes[m]->fileBytes();
        }
        lookups();
        scans();
        buildAuditTrail();
        verifyAuditTrail();
        for (std::size_t m = 0; m < 2; ++m) {
            BenchDatabase* mode = m_modes[m];
            m_sink.write(JsonLine()
                             .add("op", "database")
                             .add("mode", mode->mode())
                             .add("file_bytes_after_leads", leadFileBytes[m])
                             .add("file_bytes", mode->fileBytes())
                             .add("page_size", mode->pragmaInt("page_size"))
                             .add("cache_size", mode->pragmaInt("cache_size")));
        }
        summary();
        m_modes = {};
    }

private:
    // Runs one round on both modes; even rounds start with the encrypted database, odd rounds with the plain one.
    template <typename Fn> void bothModes(qint64 round, Fn&& fn)
    {
        const std::size_t first = round % 2 == 0 ? kEncrypted : kPlain;
        fn(first, *m_modes[first]);
        fn(1 - first, *m_modes[1 - first]);
    }

    void environment(BenchDatabase& encrypted)
    {
        m_loadAtStart = loadAverage();
        m_sink.write(
            JsonLine()
                .add("op", "environment")
                .add("quick", m_work.quick)
                .add("qt", QString::fromLatin1(qVersion()))
                .add("sqlite", encrypted.single(QStringLiteral("SELECT sqlite_version()")).toString())
                .add("cipher_version", encrypted.cipherVersion())
                .add("cpus", QThread::idealThreadCount())
                .add("cache_mib", m_work.cacheMib > 0 ? QString::number(m_work.cacheMib) : QStringLiteral("default"))
                .add("loadavg", m_loadAtStart));
    }

    // One line per mode, then the encrypted/plain ratio line. `unit` names the unit of the percentiles.
    std::array<Timing, 2> report(const char* op, std::array<Samples, 2>& samples, const char* unit, double unitsPerMs,
                                 const std::array<JsonLine, 2>& extra = {})
    {
        std::array<Timing, 2> t{};
        for (std::size_t m = 0; m < 2; ++m) {
            t[m].n = samples[m].n;
            t[m].totalMs = samples[m].total() / unitsPerMs;
            t[m].p50 = percentile(samples[m].values, 50);
            t[m].p95 = percentile(samples[m].values, 95);
            JsonLine line;
            line.add("op", op).add("mode", m_modes[m]->mode()).add("n", t[m].n);
            line.add(QByteArray("p50_") + unit, t[m].p50, 3).add(QByteArray("p95_") + unit, t[m].p95, 3);
            line.add("total_ms", t[m].totalMs, 3).append(extra[m]);
            m_sink.write(line);
        }
        ratioLine(QString::fromLatin1(op), t, true);
        return t;
    }

    // Encrypted over plain. Operations timed as one piece (the audit build and verification) have no percentiles.
    void ratioLine(const QString& op, const std::array<Timing, 2>& t, bool percentiles)
    {
        const double p50 = ratio(t[kEncrypted].p50, t[kPlain].p50);
        const double p95 = ratio(t[kEncrypted].p95, t[kPlain].p95);
        const double total = ratio(t[kEncrypted].totalMs, t[kPlain].totalMs);
        m_ratios[op] = {p50, p95, total};
        JsonLine line;
        line.add("op", op);
        if (percentiles)
            line.add("ratio_p50", p50, 3).add("ratio_p95", p95, 3);
        m_sink.write(line.add("ratio_total", total, 3));
    }

    // (1) Inserts through QSqlQuery: one prepared statement, bound values, rowsPerTransaction rows per transaction.
    void insertLeads()
    {
        std::array<std::unique_ptr<QSqlQuery>, 2> insert;
        for (std::size_t m = 0; m < 2; ++m) {
            insert[m] = std::make_unique<QSqlQuery>(m_modes[m]->db());
            check(*insert[m],
                  insert[m]->prepare(QStringLiteral("INSERT INTO bench_lead (uid, subject_name, unit, summary, "
                                                    "created_on, status) VALUES (?, ?, ?, ?, ?, ?)")),
                  QStringLiteral("prepare insert"));
        }
        ChineseText text(kSeed);
        std::array<Samples, 2> batchMs;
        QElapsedTimer timer;
        qint64 round = 0;
        for (int first = 0; first < m_work.leadRows; first += m_work.rowsPerTransaction, ++round) {
            const int count = std::min(m_work.rowsPerTransaction, m_work.leadRows - first);
            const std::vector<LeadRow> rows = makeLeadBatch(text, first, count); // generated outside the timing
            bothModes(round, [&](std::size_t m, BenchDatabase& mode) {
                QSqlDatabase db = mode.db();
                QSqlQuery& query = *insert[m];
                timer.start();
                if (!db.transaction())
                    fail(mode.mode() + u": begin: " + db.lastError().text());
                for (const LeadRow& row : rows) {
                    query.bindValue(0, row.uid);
                    query.bindValue(1, row.subjectName);
                    query.bindValue(2, row.unit);
                    query.bindValue(3, row.summary);
                    query.bindValue(4, row.createdOn);
                    query.bindValue(5, row.status);
                    check(query, query.exec(), mode.mode() + u": insert");
                }
                if (!db.commit())
                    fail(mode.mode() + u": commit: " + db.lastError().text());
                batchMs[m].values.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                batchMs[m].n += count;
            });
        }
        std::array<JsonLine, 2> extra;
        for (std::size_t m = 0; m < 2; ++m) {
            const double totalMs = batchMs[m].total();
            extra[m]
                .add("rows_per_transaction", m_work.rowsPerTransaction)
                .add("rows_per_s", totalMs > 0 ? 1000.0 * static_cast<double>(batchMs[m].n) / totalMs : 0.0, 0);
        }
        report("insert", batchMs, "batch_ms", 1.0, extra);
    }

    // (2) Random lookups by uid through the unique index, reading the whole row; rounds of 100 on each database.
    void lookups()
    {
        std::array<std::unique_ptr<QSqlQuery>, 2> query;
        for (std::size_t m = 0; m < 2; ++m) {
            query[m] = std::make_unique<QSqlQuery>(m_modes[m]->db());
            query[m]->setForwardOnly(true);
            check(*query[m],
                  query[m]->prepare(QStringLiteral("SELECT id, subject_name, unit, summary, created_on, status "
                                                   "FROM bench_lead WHERE uid = ?")),
                  QStringLiteral("prepare lookup"));
        }
        constexpr int kRound = 100;
        ChineseText pick(kSeed + 1);
        std::array<Samples, 2> us;
        std::array<qint64, 2> checksum{};
        QElapsedTimer timer;
        QStringList uids;
        for (int done = 0, round = 0; done < m_work.lookups; done += kRound, ++round) {
            uids.clear();
            for (int i = 0; i < std::min(kRound, m_work.lookups - done); ++i)
                uids << uidForRow(kSeed, pick.uniform(0, m_work.leadRows - 1)); // picked outside the timing
            bothModes(round, [&](std::size_t m, BenchDatabase& mode) {
                QSqlQuery& q = *query[m];
                for (const QString& uid : std::as_const(uids)) {
                    timer.start();
                    q.bindValue(0, uid);
                    check(q, q.exec(), mode.mode() + u": lookup");
                    if (!q.next())
                        fail(mode.mode() + u": lookup found no row for " + uid);
                    const qint64 id = q.value(0).toLongLong();
                    const QString subject = q.value(1).toString();
                    const QString unit = q.value(2).toString();
                    const QString summaryText = q.value(3).toString();
                    const QString created = q.value(4).toString();
                    const int status = q.value(5).toInt();
                    q.finish();
                    us[m].values.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e3);
                    ++us[m].n;
                    checksum[m] += id + status + subject.size() + unit.size() + summaryText.size() + created.size();
                }
            });
        }
        if (checksum[kEncrypted] != checksum[kPlain])
            fail(QStringLiteral("the lookups read different rows in the two modes"));
        report("lookup", us, "us", 1000.0,
               {JsonLine().add("checksum", checksum[kEncrypted]), JsonLine().add("checksum", checksum[kPlain])});
    }

    // (3) Full scans with LIKE '%…%' over the Chinese summaries, fetching the matching rows as a list view would.
    void scans()
    {
        std::array<std::unique_ptr<QSqlQuery>, 2> query;
        for (std::size_t m = 0; m < 2; ++m) {
            query[m] = std::make_unique<QSqlQuery>(m_modes[m]->db());
            query[m]->setForwardOnly(true);
            check(*query[m],
                  query[m]->prepare(QStringLiteral("SELECT id, uid, subject_name, unit, created_on, status "
                                                   "FROM bench_lead WHERE summary LIKE ? ORDER BY id")),
                  QStringLiteral("prepare scan"));
        }
        const QStringList patterns = ChineseText::scanPatterns();
        std::array<Samples, 2> ms;
        std::array<qint64, 2> matches{};
        QElapsedTimer timer;
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            const QString like = u'%' + patterns.at(i) + u'%';
            bothModes(i, [&](std::size_t m, BenchDatabase& mode) {
                QSqlQuery& q = *query[m];
                timer.start();
                q.bindValue(0, like);
                check(q, q.exec(), mode.mode() + u": scan");
                while (q.next()) {
                    const QString uid = q.value(1).toString();
                    const QString subject = q.value(2).toString();
                    matches[m] += (uid.isEmpty() || subject.isEmpty()) ? 0 : 1;
                }
                ms[m].values.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                ++ms[m].n;
            });
        }
        if (matches[kEncrypted] != matches[kPlain])
            fail(QStringLiteral("the scans found different rows in the two modes"));
        std::array<JsonLine, 2> extra;
        for (std::size_t m = 0; m < 2; ++m)
            extra[m].add("rows_per_scan", m_work.leadRows).add("matches", matches[m]);
        report("scan", ms, "ms", 1.0, extra);
    }

    // (4a) An audit chain of auditEntries links, written in big transactions. Each hash is computed exactly as
    // AuditTrail::append does (canonicalEntryBytes under HMAC-SHA256 with the audit key), so the real verifier
    // must find the chain intact. Setup, not a goal: one database after the other.
    void buildAuditTrail()
    {
        std::array<Timing, 2> build{};
        for (std::size_t m = 0; m < 2; ++m) {
            build[m] = buildAuditTrail(*m_modes[m]);
            m_modes[m]->checkpoint();
        }
        ratioLine(QStringLiteral("audit_build"), build, false);
    }

    Timing buildAuditTrail(BenchDatabase& mode)
    {
        QSqlDatabase db = mode.db();
        storage::RawStatement insert(db, "INSERT INTO audit_entry (id, at_utc, actor, action, target_type, "
                                         "target_uid, summary, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert.isValid())
            fail(mode.mode() + u": prepare audit insert: " + insert.errorMessage());
        const crypto::HmacSha256 mac(mode.auditKey());
        ChineseText text(kSeed + 2);
        QByteArray previous(crypto::kHashBytes, '\0');
        QByteArray hash(crypto::kHashBytes, '\0');
        const qint64 startMs = QDateTime(QDate(2024, 1, 1), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const QByteArray targetType("lead");
        QElapsedTimer timer;
        timer.start();
        for (qint64 id = 1; id <= m_work.auditEntries; ++id) {
            if (id % m_work.auditEntriesPerTransaction == 1 && !db.transaction())
                fail(mode.mode() + u": begin: " + db.lastError().text());
            const QByteArray at = QDateTime::fromMSecsSinceEpoch(startMs + id * 1733, QTimeZone::utc())
                                      .toString(Qt::ISODateWithMs)
                                      .toUtf8();
            const QByteArray actor = text.actor().toUtf8();
            const QByteArray action = text.action().toUtf8();
            const QByteArray target = uidForRow(kSeed, text.uniform(0, m_work.leadRows - 1)).toUtf8();
            const QByteArray note = text.auditSummary().toUtf8();
            const QByteArray canonical = audit::canonicalEntryBytes(id, at, actor, action, targetType, target, note);
            mac.compute(previous, canonical, reinterpret_cast<unsigned char*>(hash.data()));
            insert.bindInt64(1, id);
            insert.bindText(2, at);
            insert.bindText(3, actor);
            insert.bindText(4, action);
            insert.bindText(5, targetType);
            insert.bindText(6, target);
            insert.bindText(7, note);
            insert.bindBlob(8, previous);
            insert.bindBlob(9, hash);
            if (!insert.run())
                fail(mode.mode() + u": audit insert: " + insert.errorMessage());
            std::swap(previous, hash);
            if ((id % m_work.auditEntriesPerTransaction == 0 || id == m_work.auditEntries) && !db.commit())
                fail(mode.mode() + u": commit: " + db.lastError().text());
        }
        Timing t;
        t.n = m_work.auditEntries;
        t.totalMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        m_sink.write(JsonLine()
                         .add("op", "audit_build")
                         .add("mode", mode.mode())
                         .add("n", t.n)
                         .add("total_ms", t.totalMs, 3)
                         .add("note", "includes generating the entries"));
        return t;
    }

    // (4b) The real AuditVerifier over the whole chain, verifyRuns runs per database taking turns; the median run
    // counts.
    void verifyAuditTrail()
    {
        std::array<std::unique_ptr<audit::AuditVerifier>, 2> verifier;
        for (std::size_t m = 0; m < 2; ++m)
            verifier[m] = std::make_unique<audit::AuditVerifier>(m_modes[m]->auditKey());
        std::array<Samples, 2> runs;
        for (int run = 0; run < m_work.verifyRuns; ++run) {
            bothModes(run, [&](std::size_t m, BenchDatabase& mode) {
                QElapsedTimer timer;
                timer.start();
                auto result = verifier[m]->verify(mode.db());
                const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                if (!result.ok())
                    fail(mode.mode() + u": audit verification failed to run: " + result.message());
                if (!result->intact || result->entriesChecked != m_work.auditEntries)
                    fail(mode.mode() + u": the audit chain did not verify: entry " +
                         QString::number(result->brokenEntryId) + u": " + result->problem);
                // The head the verifier reports must be the head the trail itself reports.
                auto head = audit::AuditTrail::head(mode.db());
                if (!head.ok() || head->count != result->head.count || head->lastHash != result->head.lastHash ||
                    head->lastAtUtc != result->head.lastAtUtc)
                    fail(mode.mode() + u": the verifier reports a different chain head than the trail");
                runs[m].values.push_back(ms);
            });
        }
        std::array<Timing, 2> t{};
        for (std::size_t m = 0; m < 2; ++m) {
            t[m].n = m_work.auditEntries;
            t[m].totalMs = percentile(runs[m].values, 50); // sorts the runs
            const double perSecond = t[m].totalMs > 0 ? 1000.0 * static_cast<double>(t[m].n) / t[m].totalMs : 0.0;
            m_verifyPerSecond[m] = perSecond;
            m_sink.write(JsonLine()
                             .add("op", "audit_verify")
                             .add("mode", m_modes[m]->mode())
                             .add("n", t[m].n)
                             .add("runs", static_cast<qint64>(runs[m].values.size()))
                             .add("total_ms", t[m].totalMs, 3)
                             .add("best_ms", runs[m].values.front(), 3)
                             .add("entries_per_s", perSecond, 0)
                             .add("intact", true));
        }
        ratioLine(QStringLiteral("audit_verify"), t, false);
    }

    void summary()
    {
        const auto& l = m_ratios[QStringLiteral("lookup")];
        const auto& s = m_ratios[QStringLiteral("scan")];
        const bool lookupMet = l[1] <= kMaxReadRatio && l[2] <= kMaxReadRatio;
        const bool scanMet = s[1] <= kMaxReadRatio && s[2] <= kMaxReadRatio;
        const bool auditMet = m_verifyPerSecond[0] > kMinAuditEntriesPerSecond;
        m_sink.write(JsonLine()
                         .add("op", "summary")
                         .add("goal_read_ratio_max", kMaxReadRatio, 2)
                         .add("goal_audit_entries_per_s_min", kMinAuditEntriesPerSecond, 0)
                         .add("lookup_ratio_p95", l[1], 3)
                         .add("lookup_ratio_total", l[2], 3)
                         .add("lookup_goal_met", lookupMet)
                         .add("scan_ratio_p95", s[1], 3)
                         .add("scan_ratio_total", s[2], 3)
                         .add("scan_goal_met", scanMet)
                         .add("audit_verify_entries_per_s_encrypted", m_verifyPerSecond[0], 0)
                         .add("audit_verify_entries_per_s_plain", m_verifyPerSecond[1], 0)
                         .add("audit_goal_met", auditMet)
                         .add("goals_met", lookupMet && scanMet && auditMet)
                         .add("peak_rss_kib", peakRssKib())
                         .add("loadavg_start", m_loadAtStart)
                         .add("loadavg_end", loadAverage()));
    }

    Workload m_work;
    JsonSink& m_sink;
    std::array<BenchDatabase*, 2> m_modes{};
    QMap<QString, std::array<double, 3>> m_ratios;
    std::array<double, 2> m_verifyPerSecond{};
    QString m_loadAtStart;
};

} // namespace

} // namespace qf::bench

int main(int argc, char* argv[])
{
    using namespace qf::bench;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qf_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Storage benchmark: the same workload on an encrypted and a plain database, as JSON lines."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Run a workload about 100 times smaller (smoke test)."));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Also write the JSON lines to <file>."),
                                       QStringLiteral("file"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("Create the databases in <dir> and keep them (default: a temporary one)."),
        QStringLiteral("dir"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-mib"),
        QStringLiteral("Give both databases a page cache of <MiB> instead of the vault's own."), QStringLiteral("MiB"));
    parser.addOptions({quickOption, outOption, dirOption, cacheOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "qf_bench: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    if (!qf::crypto::ensureSodium()) {
        std::fprintf(stderr, "qf_bench: libsodium cannot start\n");
        return 1;
    }
    qf::storage::SqlCipherDriver::registerDriver();

    JsonSink sink;
    if (parser.isSet(outOption) && !sink.openFile(parser.value(outOption))) {
        std::fprintf(stderr, "qf_bench: cannot write %s\n", qPrintable(parser.value(outOption)));
        return 2;
    }

    QTemporaryDir temporary;
    QString dir = temporary.path();
    if (parser.isSet(dirOption)) {
        dir = parser.value(dirOption);
        if (!QDir().mkpath(dir)) {
            std::fprintf(stderr, "qf_bench: cannot create %s\n", qPrintable(dir));
            return 2;
        }
    } else if (!temporary.isValid()) {
        std::fprintf(stderr, "qf_bench: no temporary directory\n");
        return 1;
    }

    Workload workload = parser.isSet(quickOption) ? Workload::scaledDown() : Workload();
    if (parser.isSet(cacheOption)) {
        bool ok = false;
        workload.cacheMib = parser.value(cacheOption).toInt(&ok);
        if (!ok || workload.cacheMib <= 0) {
            std::fprintf(stderr, "qf_bench: --cache-mib needs a positive number\n");
            return 2;
        }
    }
    try {
        Bench(workload, sink).run(dir);
    } catch (const Failure& failure) {
        std::fprintf(stderr, "qf_bench: %s\n", qPrintable(failure.what()));
        return 1;
    }
    if (!sink.allLinesWellFormed()) {
        std::fprintf(stderr, "qf_bench: the output is not well-formed JSON lines with positive ratios\n");
        return 1;
    }
    return 0;
}
