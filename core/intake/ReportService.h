#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "intake/Report.h"
#include "intake/ReportRepository.h"
#include "leads/Lead.h"

namespace qf::intake {

// A lead that may be the same matter as a report (duplicate detection, R-2.3).
struct DuplicateCandidate
{
    QString leadUid;
    QString leadNumber;
    QString subjectName;
    QString why; // "same ID number" / "same name and unit" (translated)
};

// What screening decided, with its reason.
struct ScreeningDecision
{
    Screening outcome = Screening::Filed;
    QString reason;
    leads::LeadDraft newLead; // NewLead: source, categories, confidentiality (subjects/summary from the report)
    QString attachToLeadUid;  // Attached
    QString forwardAgency;    // Forwarded
    QString forwardMaterials;
    QDate forwardFeedbackDue;
    QDate forwardSentDate; // today when not given
};

// Registering and screening reports (信访举报件受理). Reporter identities are written apart and never read here.
class ReportService
{
public:
    explicit ReportService(access::Session& session) : m_session(session) {}

    Result<RegistrationResult> registerReport(const ReportDraft& draft);
    Result<Report> report(const QString& uid);
    Result<QList<Report>> list(const ReportFilter& filter);
    // Returns the lead uid for NewLead and Attached, the transfer uid for Forwarded, empty for Filed.
    Result<QString> screen(const QString& reportUid, const ScreeningDecision& decision);
    Result<QList<DuplicateCandidate>> possibleDuplicates(const QList<people::Person>& subjects);

    // The bodies of registerReport and screen, for callers that already hold a checked transaction (demo data).
    static Result<RegistrationResult> registerWithin(const QSqlDatabase& db, const access::Actor& actor,
                                                     const ReportDraft& draft, audit::AuditNote& note);
    static Result<QString> screenWithin(const QSqlDatabase& db, const access::Actor& actor,
                                        const audit::AuditTrail& trail, const Report& report,
                                        const ScreeningDecision& decision, audit::AuditNote& note);
    static Status validateDraft(const ReportDraft& draft, QStringList& warnings);

private:
    access::Session& m_session;
};

} // namespace qf::intake
