// The integrity opinion benchmark (issue 8): the product's demo data on an encrypted and on a plain database through
// the same driver, then an integrity opinion request for 200 names (people on record by ID number, by name and unit
// only, and people never reported) worked out and stored in one transaction, as the service does, in alternating
// rounds.
//
//   qf_bench_integrity [--scale N] [--quick] [--rounds R] [--out FILE]
//
// Scale 1000 gives 100,000 reports, 50,000 leads and about 10,000 cases. --quick uses scale 2.

#include "BenchSupport.h"
#include "JsonLine.h"
#include "access/UserRepository.h"
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

struct Mode
{
    std::unique_ptr<BenchDatabase> database;
    std::unique_ptr<audit::AuditTrail> trail;
    access::Actor clerk;
    reporting::OpinionRequestDraft request;
};

class IntegrityBenchmark
{
public:
    IntegrityBenchmark(int scale, int rounds, JsonSink& sink) : m_scale(scale), m_rounds(rounds), m_sink(sink) {}

    void run(const QString& dir)
    {
        const char* names[2] = {"encrypted", "plain"};
        for (int m = 0; m < 2; ++m) {
            m_modes[m].database = std::make_unique<BenchDatabase>(QString::fromLatin1(names[m]), m == 0,
                                                                  dir + u'/' + QLatin1String(names[m]) + u".db",
                                                                  storage::Vault::kPageCacheMib);
            m_modes[m].database->open();
            m_modes[m].trail = std::make_unique<audit::AuditTrail>(m_modes[m].database->auditKey());
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
        const QSqlDatabase db = mode.database->db();
        QElapsedTimer timer;
        timer.start();
        {
            auto transaction = storage::Transaction::begin(db);
            check(transaction);
            access::UserRepository users(db);
            for (const auto& [login, role] :
                 QList<QPair<QString, access::Role>>{{QStringLiteral("clerk"), access::Role::Clerk},
                                                     {QStringLiteral("inv"), access::Role::Investigator},
                                                     {QStringLiteral("lead"), access::Role::LeadInvestigator},
                                                     {QStringLiteral("boss"), access::Role::Approver},
                                                     {QStringLiteral("rev"), access::Role::Reviewer}}) {
                auto user = users.insert(login, login, {role});
                check(user);
                if (role == access::Role::Clerk)
                    mode.clerk = {user->id, login};
            }
            check(transaction->commit());
        }
        auto figures = demo::DemoDataService::generateWithin(
            db, *mode.trail, mode.clerk, m_scale, 20261128, [&](int done, int total) {
                std::fprintf(stderr, "\r%s: %d/%d reports", qPrintable(mode.database->mode()), done, total);
            });
        std::fprintf(stderr, "\n");
        check(figures);
        mode.database->checkpoint();
        m_sink.write(JsonLine()
                         .add("op", "generate")
                         .add("mode", mode.database->mode())
                         .add("reports", figures->reports)
                         .add("leads", figures->leads)
                         .add("cases", figures->cases)
                         .add("people", countOf(db, QStringLiteral("person")))
                         .add("total_ms", double(timer.elapsed()), 0));
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
            db, mode.clerk.id, mode.request, people::defaultSanctionLookup(), QDate::currentDate(), note);
        check(uid);
        check(mode.trail->append(db, mode.clerk.login, note));
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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Integrity opinion benchmark, encrypted vs plain."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("Scale 2 and 3 rounds (smoke test)."));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Demo data scale (1000: 100k reports)."), QStringLiteral("N"),
                                         QStringLiteral("1000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Opinions per database."),
                                          QStringLiteral("R"), QStringLiteral("20"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Also write the JSON lines to <file>."),
                                       QStringLiteral("file"));
    parser.addOptions({quickOption, scaleOption, roundsOption, outOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int scale = quick ? 2 : parser.value(scaleOption).toInt();
    const int rounds = quick ? 3 : parser.value(roundsOption).toInt();
    if (scale < 1 || rounds < 1) {
        std::fprintf(stderr, "--scale and --rounds take positive numbers\n");
        return 2;
    }
    qf::bench::JsonSink sink;
    if (parser.isSet(outOption) && !sink.openFile(parser.value(outOption))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(outOption)));
        return 2;
    }
    QTemporaryDir dir;
    try {
        qf::bench::IntegrityBenchmark(scale, rounds, sink).run(dir.path());
    } catch (const qf::bench::Failure& failure) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(failure.what()));
        return 1;
    }
    return sink.allLinesWellFormed() ? 0 : 1;
}
