#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "leads/Lead.h"
#include "leads/LeadService.h"

namespace qf::leads {

// A configured review cycle: weekly by the office, monthly and quarterly at higher levels.
struct ReviewSchedule
{
    QString uid;
    QString name;
    QString level;
    QString frequency; // weekly, monthly, quarterly
    int quorum = 1;
    QDate nextDate;
};

struct Attendee
{
    QString name;
    bool present = true;
    QString opinion; // recorded verbatim, dissent included
    bool dissent = false;
};

// Sending a lead to the agency with jurisdiction.
struct ForwardDetails
{
    QString agency;
    QString materials;
    QDate feedbackDue;
};

struct LeadDecision
{
    QString leadUid;
    Disposition disposition = Disposition::Hold;
    QString reason;
    QDate nextReviewDate;      // required for Hold
    QList<FollowUp> followUps; // for Hold
    ForwardDetails forward;    // for Forward
};

struct ReviewMeetingRecord
{
    QString scheduleUid;
    QDate heldOn;
    QList<Attendee> attendees;
    QString summary;
    QList<LeadDecision> decisions;
};

// Periodic collective review (定期分析评估 / 集体排查) of leads.
class ReviewService
{
public:
    explicit ReviewService(access::Session& session) : m_session(session) {}

    Result<QList<ReviewSchedule>> schedules();
    static Result<QList<ReviewSchedule>> loadSchedules(const QSqlDatabase& db);
    // Records the meeting and applies one disposition per lead, all in one transaction. Refused without quorum.
    Result<QString> recordMeeting(const ReviewMeetingRecord& record);

    // The body of recordMeeting for a caller that already checked permission, quorum and holds a transaction.
    static Result<QString> recordWithin(const QSqlDatabase& db, const access::Actor& actor,
                                        const audit::AuditTrail& trail, const ReviewSchedule& schedule,
                                        const ReviewMeetingRecord& record, int present, audit::AuditNote& note);

private:
    access::Session& m_session;
};

} // namespace qf::leads
