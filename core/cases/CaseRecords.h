#pragma once

#include "access/Session.h"
#include "audit/AuditEntry.h"
#include "common/Result.h"

#include <QDate>
#include <QList>

namespace qf::cases {

struct RecusalRecord
{
    QString uid;
    QString login;
    QString grounds;
    QString requestedBy;
    QString status; // pending, recused, rejected
    QString note;
};

struct ReviewRecord
{
    QString kind; // report, hearing, defence
    QString content;
    QDate heldOn;
    QString recordedBy;
};

struct SupervisionRecord
{
    QString uid;
    QString level;
    QString requirements;
    QDate startedOn;
    QDate dueOn;
    int reportEveryDays = 0;
    bool escalated = false;
    int reports = 0;
    QDate lastReportOn;
};

struct ExtensionRecord
{
    QString uid;
    QString deadlineUid;
    int months = 0;
    QString reason;
    QString requestedBy;
    QString status; // pending, approved, refused
};

// A measure waiting for approval, for the approver's inbox.
struct PendingMeasure
{
    QString uid;
    QString caseUid;
    QString caseNumber;
    QString caseTitle;
    QString kind;
    QString kindLabel;
    QString target;
    QString basis;
    QString justification;
    QString requestedBy;
    QString requestedAt;
};

struct JointPartnerRecord
{
    QString agency;
    QString responsibilities;
};

struct DisputeRecord
{
    QString uid;
    QString parties;
    QString status; // raised, negotiating, escalated, decided
    int level = 0;  // levels escalated above the raising agency
    QString outcome;
    QString raisedBy;
    QString raisedAt;
    QString lastNote; // the note of the latest step
};

// An error accountability record of one case.
struct CaseAccountabilityRecord
{
    QString uid;
    QString staffLogin;
    QString kind; // leak, coercion, procedural_violation, other
    QString description;
    QString recordedBy;
    QString recordedAt;
};

struct CategoryItem
{
    QString code;
    QString label;
};

// Read-only views of a case's records for the case workspace: recusals, review records, supervisions, extension
// requests and the audit timeline. Each read checks that the session may view the case.
class CaseRecords
{
public:
    explicit CaseRecords(access::Session& session) : m_session(session) {}

    Result<QList<RecusalRecord>> recusals(const QString& caseUid);
    Result<QList<ReviewRecord>> reviewRecords(const QString& caseUid);
    Result<QList<SupervisionRecord>> supervisions(const QString& caseUid);
    Result<QList<ExtensionRecord>> extensions(const QString& caseUid);
    // Joint handling partners (协同联办) in the order they were added.
    Result<QList<JointPartnerRecord>> jointPartners(const QString& caseUid);
    // Jurisdiction disputes (受理争议) about the case, oldest first.
    Result<QList<DisputeRecord>> disputes(const QString& caseUid);
    // Error accountability records of the case, newest first; needs ViewAccountability as well.
    Result<QList<CaseAccountabilityRecord>> accountability(const QString& caseUid);
    // Every audited event of the case, oldest first.
    Result<QList<audit::AuditEntry>> timeline(const QString& caseUid);
    // Measures of every case the approver may see that wait for approval, oldest first.
    Result<QList<PendingMeasure>> pendingMeasures();
    // The configured codes of one category kind ("measure", "meeting_type"), in their order.
    Result<QList<CategoryItem>> categories(const QString& kind);

private:
    Result<qint64> caseId(const QString& caseUid);
    access::Session& m_session;
};

} // namespace qf::cases
