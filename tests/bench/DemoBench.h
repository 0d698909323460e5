#pragma once

// What the benchmarks on generated demo data share: the office's staff, one user per role, and the demo data the
// product's own generator puts into each database under test. The generator is seeded, so the encrypted and the
// plain database hold the same records.

#include "BenchSupport.h"
#include "JsonLine.h"
#include "access/UserRepository.h"
#include "audit/AuditTrail.h"
#include "demo/DemoDataService.h"
#include "storage/Transaction.h"
#include "storage/Vault.h"

#include <QElapsedTimer>
#include <cstdio>
#include <memory>

namespace qf::bench {

// One side of a demo benchmark: the database under test (side 0 encrypted, side 1 plain) and its audit trail.
struct DemoSide
{
    std::unique_ptr<BenchDatabase> database;
    std::unique_ptr<audit::AuditTrail> trail;

    void open(int side, const QString& dir)
    {
        const QString mode = side == 0 ? QStringLiteral("encrypted") : QStringLiteral("plain");
        database = std::make_unique<BenchDatabase>(mode, side == 0, dir + u'/' + mode + QStringLiteral(".db"),
                                                   storage::Vault::kPageCacheMib);
        database->open();
        trail = std::make_unique<audit::AuditTrail>(database->auditKey());
    }
};

struct DemoStaff
{
    access::Actor clerk;
    access::Actor investigator;
    access::Actor leadInvestigator;
    access::Actor approver;
    access::Actor reviewer;
};

// Adds the staff, then fills the database with the demo data at `scale`, printing progress on stderr. Returns the
// staff; `line` gets the generator's figures and its time (op "generate"), for the caller to add to and write.
inline DemoStaff fillWithDemoData(BenchDatabase& database, const audit::AuditTrail& trail, int scale, JsonLine& line)
{
    const QSqlDatabase db = database.db();
    QElapsedTimer timer;
    timer.start();
    DemoStaff staff;
    {
        auto transaction = storage::Transaction::begin(db);
        if (!transaction.ok())
            fail(transaction.message());
        access::UserRepository users(db);
        const QList<std::tuple<QString, access::Role, access::Actor*>> roles{
            {QStringLiteral("clerk"), access::Role::Clerk, &staff.clerk},
            {QStringLiteral("inv"), access::Role::Investigator, &staff.investigator},
            {QStringLiteral("lead"), access::Role::LeadInvestigator, &staff.leadInvestigator},
            {QStringLiteral("boss"), access::Role::Approver, &staff.approver},
            {QStringLiteral("rev"), access::Role::Reviewer, &staff.reviewer}};
        for (const auto& [login, role, actor] : roles) {
            auto user = users.insert(login, login, {role});
            if (!user.ok())
                fail(user.message());
            *actor = {user->id, login};
        }
        if (Status committed = transaction->commit(); !committed.ok())
            fail(committed.message());
    }
    auto figures =
        demo::DemoDataService::generateWithin(db, trail, staff.clerk, scale, 20261128, [&](int done, int total) {
            std::fprintf(stderr, "\r%s: %d/%d reports", qPrintable(database.mode()), done, total);
        });
    std::fprintf(stderr, "\n");
    if (!figures.ok())
        fail(figures.message());
    database.checkpoint();
    line.add("op", "generate")
        .add("mode", database.mode())
        .add("reports", figures->reports)
        .add("leads", figures->leads)
        .add("cases", figures->cases)
        .add("meetings", figures->meetings)
        .add("transfers", figures->transfers)
        .add("total_ms", double(timer.elapsed()), 0)
        .add("file_bytes", database.fileBytes());
    return staff;
}

} // namespace qf::bench
