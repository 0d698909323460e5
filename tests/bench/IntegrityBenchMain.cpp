// The integrity opinion benchmark (issue 8): the product's demo data on an encrypted and on a plain database through
// the same driver, then an integrity opinion request for 200 names (people on record by ID number, by name and unit
// only, and people never reported) worked out and stored in one transaction, as the service does, in alternating
// rounds.
//
//   qf_bench_integrity [--scale N] [--quick] [--out FILE]
//
// Scale 1000 gives 100,000 reports, 50,000 leads and about 10,000 cases. --quick uses scale 2.

#include "BenchCommand.h"
#include "DemoBench.h"
#include "audit/AuditTrail.h"
#include "crypto/Sodium.h"
#include "demo/DemoDataService.h"
#include "reporting/IntegrityOpinionService.h"
#include "storage/Transaction.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <cstdio>

namespace qf::bench {

namespace {

constexpr double kMaxOpinionMs = 1000.0;
constexpr int kNames = 200;

struct Mode : DemoSide
{
    DemoStaff staff;
    reporting::OpinionRequestDraft request;
};

class IntegrityBenchmark
{
public:
    IntegrityBenchmark(int scale, int rounds, JsonSink& sink) : m_scale(scale), m_rounds(rounds), m_sink(sink) {}

    void run(const QString& dir)
    {
        for (int m = 0; m < 2; ++m) {
            m_modes[m].open(m, dir);
            generate(m_modes[m]);
            m_modes[m].request = requestFor(m_modes[m].database->db());
            m_modes[m].database->checkFileHeader();
        }
        timeOpinions();
    }

private:
    template <typename R> static void check(const R& result)
    {
        if (!result.ok())
            fail(result.message());
    }

    void generate(Mode& mode)
    {
        JsonLine line;
        mode.staff = fillWithDemoData(*mode.database, *mode.trail, m_scale, line);
        m_sink.write(line.add("people", countOf(mode.database->db(), QStringLiteral("person"))));
    }

    static int countOf(const QSqlDatabase& db, const QString& table)
    {
        auto n = storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        check(n);
        return n->toInt();
    }

    // 200 names: 100 people on record given with their ID number, 60 given by name and unit only, and 40 nobody
    // has reported. The same names on both databases (the generator is seeded).
    static reporting::OpinionRequestDraft requestFor(const QSqlDatabase& db)
    {
        reporting::OpinionRequestDraft draft{
            QStringLiteral("中共某市委组织部"), QStringLiteral("征求廉政意见的函"), QDate::currentDate(), {}};
        auto people = storage::runQuery(
            db, QStringLiteral(
                    "SELECT name, id_number, unit, position FROM person WHERE id % 37 = 0 ORDER BY id LIMIT 160"));
        check(people);
        while (people->next()) {
            const bool withId = draft.people.size() < 100;
            draft.people << reporting::RequestedPerson{
                people->value(0).toString(), withId ? people->value(1).toString() : QString(),
                people->value(2).toString(), people->value(3).toString(), QStringLiteral("拟任正职")};
        }
        while (draft.people.size() < kNames)
            draft.people << reporting::RequestedPerson{QStringLiteral("未被反映%1").arg(draft.people.size()), QString(),
                                                       QStringLiteral("某市无问题单位"), QStringLiteral("科长"),
                                                       QStringLiteral("副局长")};
        return draft;
    }

    // One opinion as the service makes it: the request and its entries stored, every person matched and concluded,
    // the audit entry appended, committed. Returns how many conclusions were not "no reports".
    static int opinion(Mode& mode)
    {
        const QSqlDatabase db = mode.database->db();
        auto transaction = storage::Transaction::begin(db);
        check(transaction);
        audit::AuditNote note;
        auto uid = reporting::IntegrityOpinionService::createWithin(
            db, mode.staff.clerk.id, mode.request, people::defaultSanctionLookup(), QDate::currentDate(), note);
        check(uid);
        check(mode.trail->append(db, mode.staff.clerk.login, note));
        check(transaction->commit());
        auto found = storage::querySingleValue(
            db,
            QStringLiteral("SELECT count(*) FROM integrity_request_entry e JOIN integrity_request r ON r.id = "
                           "e.request_id WHERE r.uid = ? AND e.conclusion NOT IN ('', 'no_reports')"),
            {uid.value()});
        check(found);
        return found->toInt();
    }

    void timeOpinions()
    {
        std::vector<double> ms[2];
        int onRecord[2] = {0, 0};
        for (int round = 0; round < m_rounds; ++round)
            for (int step = 0; step < 2; ++step) {
                const int m = (round + step) % 2; // alternate which mode goes first
                QElapsedTimer timer;
                timer.start();
                onRecord[m] = opinion(m_modes[m]);
                ms[m].push_back(double(timer.nsecsElapsed()) / 1e6);
            }
        if (onRecord[0] != onRecord[1])
            fail(QStringLiteral("the two databases gave different conclusions"));
        double p95[2];
        for (int m = 0; m < 2; ++m) {
            const double p50 = percentile(ms[m], 50);
            p95[m] = percentile(ms[m], 95);
            m_sink.write(JsonLine()
                             .add("op", "integrity_opinion_200")
                             .add("mode", m_modes[m].database->mode())
                             .add("n", m_rounds)
                             .add("names", kNames)
                             .add("with_records", onRecord[m])
                             .add("p50_ms", p50, 3)
                             .add("p95_ms", p95[m], 3));
        }
        m_sink.write(JsonLine()
                         .add("op", "integrity_opinion_200")
                         .add("ratio_p95", ratio(p95[0], p95[1]), 3)
                         .add("goal_ms_max", kMaxOpinionMs, 0)
                         .add("goals_met", p95[0] <= kMaxOpinionMs)
                         .add("scale", m_scale)
                         .add("peak_rss_kib", peakRssKib())
                         .add("loadavg", loadAverage()));
    }

    int m_scale;
    int m_rounds;
    JsonSink& m_sink;
    Mode m_modes[2];
};

} // namespace

} // namespace qf::bench

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("qf.*.info=false"));
    qf::crypto::ensureSodium();
    return qf::bench::runDemoBenchCommand(app, QStringLiteral("Integrity opinion benchmark, encrypted vs plain."),
                                          [](int scale, bool quick, qf::bench::JsonSink& sink, const QString& dir) {
                                              qf::bench::IntegrityBenchmark(scale, quick ? 3 : 20, sink).run(dir);
                                          });
}
