#pragma once

#include "access/RecordVisibility.h"
#include "access/Session.h"
#include "common/Result.h"

#include <QDate>

namespace qf::reporting {

// The intake and lead counters on the dashboard.
struct IntakeCounters
{
    int newReports = 0; // registered, not yet screened
    int leadsDueForReview = 0;
    int heldLeadsDue = 0;     // 暂存待查 leads whose next review date has come
    int overdueTransfers = 0; // feedback past its due date
    int overdueFollowUps = 0;
};

Result<IntakeCounters> intakeCounters(access::Session& session, const QDate& today = QDate::currentDate());
Result<IntakeCounters> intakeCountersWithin(const QSqlDatabase& db, const QDate& today,
                                            const access::RecordVisibility& visibility);

// The case counters on the dashboard.
struct CaseCounters
{
    QList<QPair<QString, int>> byStage;
    int overdueDeadlines = 0;
    int supervisedDueSoon = 0; // due within two weeks, or overdue
    int pendingApprovals = 0;  // waiting for one of the user's roles
};

Result<CaseCounters> caseCounters(access::Session& session, const QDate& today = QDate::currentDate());
Result<CaseCounters> caseCountersWithin(const QSqlDatabase& db, const QList<access::Role>& roles, qint64 userId,
                                        const QDate& today);

} // namespace qf::reporting
