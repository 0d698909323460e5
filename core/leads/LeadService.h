#pragma once

#include "access/Session.h"
#include "audit/AuditEntry.h"
#include "common/Result.h"
#include "leads/Lead.h"
#include "leads/LeadFilter.h"

#include <QSqlDatabase>

namespace qf::leads {

// A follow-up task for a held lead (暂存待查 后续跟进).
struct FollowUp
{
    QString description;
    QDate dueDate;
};

// A follow-up task as stored, with whether it is done.
struct FollowUpTask
{
    QString uid;
    QString description;
    QDate dueDate;
    QString doneAt; // UTC ISO time, empty while open
    bool isOpen() const { return doneAt.isEmpty(); }
};

// Someone a lead can be assigned to.
struct StaffMember
{
    QString login;
    QString displayName;
};

// The lead library (违纪违法线索库): registration with a registry number, reads filtered by confidentiality and
// assignment, and single approved dispositions. Collective dispositions are in ReviewService.
class LeadService
{
public:
    explicit LeadService(access::Session& session) : m_session(session) {}

    Result<Lead> registerLead(const LeadDraft& draft);
    // Reading a lead is audited when it is confidential.
    Result<Lead> lead(const QString& uid);
    Result<QList<LeadRow>> list(const LeadFilter& filter, const QDate& today = QDate::currentDate());
    Result<int> count(const LeadFilter& filter, const QDate& today = QDate::currentDate());
    Result<QList<LeadRow>> agenda(const QDate& asOf = QDate::currentDate());
    // Everything that happened to the lead, oldest first, from the audit trail.
    Result<QList<audit::AuditEntry>> timeline(const QString& uid);

    // An approver disposes of one lead outside a meeting (an approved single decision).
    Status decideSingly(const QString& uid, Disposition disposition, const QString& reason,
                        const QDate& nextReviewDate = {}, const QList<FollowUp>& followUps = {});
    Status assign(const QString& uid, const QString& login);
    Status completeFollowUp(const QString& taskUid);
    // The lead's follow-up tasks by due date; open ones only unless `includeDone`.
    Result<QList<FollowUpTask>> followUpsOf(const QString& leadUid, bool includeDone = false);
    // Enabled accounts that may work on leads, by login; for picking whom to assign.
    Result<QList<StaffMember>> assignableStaff();

    // Creates the lead inside the caller's transaction: number, subjects, search index, assignments. Shared by
    // registerLead and report screening so a lead is made in exactly one way.
    static Result<Lead> createWithin(const QSqlDatabase& db, const access::Actor& actor, const LeadDraft& draft);
    // Applies a disposition inside the caller's transaction (status, history, follow-ups).
    static Status applyDisposition(const QSqlDatabase& db, const Lead& lead, std::optional<qint64> meetingId,
                                   Disposition disposition, const QString& reason, const QDate& decidedOn,
                                   const QDate& nextReviewDate, const QList<FollowUp>& followUps,
                                   const QString& approvedBy);
    static QDate defaultNextReviewDate(const QSqlDatabase& db, const QDate& from);

private:
    access::Session& m_session;
};

access::AccessTarget leadTarget(const Lead& lead);

} // namespace qf::leads
