#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <QDate>

namespace qf::reporting {

// The intake and lead counters on the dashboard.
struct IntakeCounters
{
    int newReports = 0;       // registered, not yet screened
    int leadsDueForReview = 0;
    int heldLeadsDue = 0;     // 暂存待查 leads whose next review date has come
    int overdueTransfers = 0; // feedback past its due date
    int overdueFollowUps = 0;
};

Result<IntakeCounters> intakeCounters(access::Session& session, const QDate& today = QDate::currentDate());

} // namespace qf::reporting
