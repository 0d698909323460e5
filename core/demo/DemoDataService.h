#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <atomic>
#include <functional>

namespace qf::demo {

struct DemoDataFigures
{
    int reports = 0;
    int leads = 0;
    int meetings = 0;
    int transfers = 0;
    int cases = 0;
};

// Fills a demo vault with realistic synthetic data: 100 reports and 50 leads per unit of scale, across every
// channel and lead state, with review history, held leads, follow-ups and transfers. Only a vault marked as a demo
// vault accepts it. Runs through the same repository code and audit trail as the services, in batches.
class DemoDataService
{
public:
    explicit DemoDataService(access::Session& session) : m_session(session) {}

    // Marks the vault as a demo vault (done by `qingfeng-cli demo` when it creates the vault).
    Status markAsDemoVault();
    Result<DemoDataFigures> generate(int scale, quint32 seed, const std::function<void(int, int)>& progress = {},
                                     const std::atomic_bool* cancel = nullptr);
    Result<bool> hasData() const;

    // The generator itself, for a caller that holds the key and chose the database (the benchmark, which runs the
    // same data on an encrypted and a plain database). Users with each role should exist; `fallback` acts otherwise.
    static Result<DemoDataFigures> generateWithin(const QSqlDatabase& db, const audit::AuditTrail& trail,
                                                  const access::Actor& fallback, int scale, quint32 seed,
                                                  const std::function<void(int, int)>& progress = {},
                                                  const std::atomic_bool* cancel = nullptr);

private:
    access::Session& m_session;
};

} // namespace qf::demo
