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
