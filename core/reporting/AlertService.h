#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "reporting/Alert.h"

#include <functional>

namespace qf::reporting {

// The alerts page: everything overdue or falling due soon, from every alert source, soonest first; of each source the
// most urgent up to a limit. Read-only.
class AlertService
{
public:
    explicit AlertService(access::Session& session) : m_session(session) {}

    Result<AlertList> alerts(const QDate& today = QDate::currentDate(), int horizonDays = 14);

    // The same, for a caller that chose the database (the benchmark); `allowed` picks the sources by permission.
    static Result<AlertList> alertsWithin(const QSqlDatabase& db, const AlertQuery& query,
                                          const std::function<bool(access::Permission)>& allowed = {});

private:
    access::Session& m_session;
};

} // namespace qf::reporting
