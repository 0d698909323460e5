#pragma once

#include "access/Session.h"
#include "cases/Case.h"
#include "cases/ConflictCheck.h"
#include "common/Result.h"
#include "leads/Lead.h"
#include "workflow/WorkflowDefinition.h"

namespace qf::cases {

// A declared tie of a staff member (关系申报).
struct RelationshipDeclaration
{
    QString kind; // relative, former_colleague, same_unit, other
    QString personName;
    QString idNumber;
    QString unit;
    QString note;
};

// Cases: filing from a lead, the team and its conflict checks, recusals, supervising leader, joint handling and
// jurisdiction disputes.
class CaseService
{
public:
    explicit CaseService(access::Session& session) : m_session(session) {}

    // The lead must carry a 立案审查 disposition or an approved preliminary verification.
    Result<Case> fileCase(const QString& leadUid, const QString& title);
    Result<Case> caseFile(const QString& uid);
    // A case by its exact number ("found while handling case" lookups); needs sight of the case.
    Result<Case> findByNumber(const QString& number);
    Result<QList<CaseRow>> list(const QString& stage = {}, int offset = 0, int limit = 100,
                                const QDate& today = QDate::currentDate());
    // Cases per stage among those this user may see: the dashboard counts what the case list shows.
    Result<QList<QPair<QString, int>>> countByStage();

    // Blocks on a relative or a recusal, and returns the warnings for weaker ties. Reviewers are never people who
    // served on the investigating team, and vice versa.
    Result<ConflictReport> assign(const QString& caseUid, const QString& login, TeamRole role);
    Status setSupervisingLeader(const QString& caseUid, const QString& login);

    Status declareRelationship(const RelationshipDeclaration& declaration);
    Result<QString> requestRecusal(const QString& caseUid, const QString& login, const QString& grounds);
    Status decideRecusal(const QString& recusalUid, bool recuse, const QString& note);

    Status addJointPartner(const QString& caseUid, const QString& agency, const QString& responsibilities);
    Result<QString> raiseDispute(const QString& caseUid, const QString& parties, const QString& note);
    // step: negotiate, escalate (one level up) or decide (with the outcome in note).
    Status advanceDispute(const QString& disputeUid, const QString& step, const QString& note);

    // Bodies of requestRecusal and raiseDispute inside the caller's transaction (demo data).
    static Result<QString> requestRecusalWithin(const QSqlDatabase& db, qint64 caseId, qint64 userId,
                                                qint64 requestedBy, const QString& grounds);
    static Result<QString> raiseDisputeWithin(const QSqlDatabase& db, qint64 caseId, const QString& parties,
                                              const QString& note, qint64 raisedBy);
    // The body of fileCase for a caller that already holds a checked transaction (demo data).
    static Result<Case> openWithin(const QSqlDatabase& db, const access::Actor& actor, const leads::Lead& source,
                                   const QString& title, const workflow::WorkflowDefinition& definition,
                                   audit::AuditNote& note);

private:
    Result<Case> load(const QString& uid, access::Permission permission);
    access::Session& m_session;
};

} // namespace qf::cases
