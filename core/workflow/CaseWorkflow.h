#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "workflow/WorkflowDefinition.h"

#include <QDate>

namespace qf::workflow {

struct GuardOutcome
{
    QString guard;
    bool passed = false;
    QString message; // why it failed
};

// What the stage bar shows for one transition out of the current stage.
struct TransitionOption
{
    TransitionDefinition transition;
    QString toLabel;
    QList<GuardOutcome> guards;
    bool mayRequest = false;   // the session holds a requesting role on this case
    QString pendingRequestUid; // a request already waits for approval
    bool ready() const;
};

// One line of an approver's inbox.
struct PendingRequest
{
    QString uid;
    QString caseUid;
    QString caseNumber;
    QString caseTitle;
    QString transitionId;
    QString fromStage;
    QString toStage;
    QString requestedBy;
    QString requestedAt;
    QString comment;
    QString approveRole;
};

// The case workflow engine: stages change only here, by a transition that the configured role requests, whose
// guards pass, and that the configured role approves. Every step is audited.
class CaseWorkflow
{
public:
    explicit CaseWorkflow(access::Session& session) : m_session(session) {}

    // The agency's definition stored in the vault, else the built-in one; validated every time it is loaded.
    static Result<WorkflowDefinition> definition(const QSqlDatabase& db);
    // The JSON that definition() parses, for an administrator who edits it (settings::VaultSettingsService).
    static Result<QByteArray> definitionJson(const QSqlDatabase& db);
    // An administrator replaces the definition; it is validated first.
    Status installDefinition(const QByteArray& json);

    Result<QList<TransitionOption>> options(const QString& caseUid);
    // Returns the request uid; the stage changes at once when the transition needs no approval.
    Result<QString> request(const QString& caseUid, const QString& transitionId, const QString& comment);
    Status approve(const QString& requestUid, const QString& note);
    Status refuse(const QString& requestUid, const QString& note);
    Result<QList<PendingRequest>> inbox();

    // Opens the deadline of a stage that has a time limit (used when a case is created).
    static Status openStageDeadline(const QSqlDatabase& db, qint64 caseId, const StageDefinition& stage,
                                    const QDate& from);

    // Records a transition as requested and approved, and enters its stage, inside the caller's transaction. For
    // callers that have already checked roles and guards (demo data, imports).
    static Status applyApprovedWithin(const QSqlDatabase& db, qint64 caseId, const QString& fromStage,
                                      const TransitionDefinition& transition, const WorkflowDefinition& definition,
                                      qint64 requestedBy, qint64 approvedBy, const QString& comment);

    // A pending request inside the caller's transaction (demo data).
    static Status requestPendingWithin(const QSqlDatabase& db, qint64 caseId, const QString& fromStage,
                                       const TransitionDefinition& transition, qint64 requestedBy,
                                       const QString& comment);
    // The approval inbox of a user with these roles: requests waiting for one of the roles, not their own.
    static Result<QList<PendingRequest>> inboxWithin(const QSqlDatabase& db, const QList<access::Role>& roles,
                                                     qint64 userId);
    static Result<int> pendingCountWithin(const QSqlDatabase& db, const QList<access::Role>& roles, qint64 userId);
    // Each guard of the transition, evaluated on the case.
    static QList<GuardOutcome> guardOutcomes(const QSqlDatabase& db, qint64 caseId,
                                             const TransitionDefinition& transition);

private:
    static Status insertRequest(const QSqlDatabase& db, qint64 caseId, const QString& fromStage,
                                const TransitionDefinition& transition, qint64 requestedBy, const QString& comment,
                                std::optional<qint64> approvedBy);
    static Status enterStage(const QSqlDatabase& db, qint64 caseId, const QString& stage,
                             const StageDefinition* definition);
    Status decide(const QString& requestUid, bool approve, const QString& note);
    access::Session& m_session;
};

} // namespace qf::workflow
