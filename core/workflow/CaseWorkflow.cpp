#include "workflow/CaseWorkflow.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "workflow/CaseGuards.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

namespace qf::workflow {

using access::Permission;

namespace {

const QString kDefinitionSetting = QStringLiteral("workflow.case");

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::workflow::CaseWorkflow)
};

QList<GuardOutcome> evaluateGuards(const QSqlDatabase& db, qint64 caseId, const TransitionDefinition& transition)
{
    QList<GuardOutcome> outcomes;
    for (const GuardSpec& spec : transition.guards) {
        const GuardCheck check = caseGuard(spec.name);
        const Status status = check ? check({db, caseId, spec.params})
                                    : Status(makeError(ErrorCode::Invalid, Messages::tr("unknown guard")));
        outcomes << GuardOutcome{spec.name, status.ok(), status.message()};
    }
    return outcomes;
}

Status firstFailure(const QList<GuardOutcome>& outcomes, const TransitionDefinition& transition)
{
    for (const GuardOutcome& outcome : outcomes)
        if (!outcome.passed)
            return makeError(ErrorCode::Invalid, Messages::tr("Transition '%1' is blocked by guard '%2': %3.")
                                                     .arg(transition.id, outcome.guard, outcome.message));
    return {};
}

// Investigators and reviewers act only on cases they are assigned to in that capacity.
Result<bool> holdsRequestRole(const QSqlDatabase& db, const access::Session& session, const cases::Case& c,
                              const TransitionDefinition& transition)
{
    cases::CaseRepository repository(db);
    for (const QString& key : transition.requestRoles) {
        const auto role = access::roleFromKey(key);
        if (!role || !session.user().hasRole(*role))
            continue;
        if (*role == access::Role::LeadInvestigator || *role == access::Role::Reviewer ||
            *role == access::Role::Investigator) {
            const QList<cases::TeamRole> teamRoles =
                *role == access::Role::LeadInvestigator ? QList<cases::TeamRole>{cases::TeamRole::LeadInvestigator}
                : *role == access::Role::Reviewer       ? QList<cases::TeamRole>{cases::TeamRole::Reviewer}
                                                        : QList<cases::TeamRole>{cases::TeamRole::Member};
            auto served = repository.servedAs(c.id, session.user().id, teamRoles);
            if (!served.ok())
                return served.error();
            if (served.value())
                return true;
            continue;
        }
        return true;
    }
    return false;
}

} // namespace

// Moves the case, closes the deadline of the stage it leaves and opens the one of the stage it enters.
Status CaseWorkflow::enterStage(const QSqlDatabase& db, qint64 caseId, const QString& stage,
                                const StageDefinition* definition)
{
    QF_TRY(cases::CaseRepository(db).changeStage(caseId, stage));
    QF_TRY(storage::execute(db, QStringLiteral("UPDATE deadline SET met_on = ? WHERE case_id = ? AND met_on IS NULL"),
                            {QDate::currentDate().toString(Qt::ISODate), caseId}));
    if (definition)
        QF_TRY(openStageDeadline(db, caseId, *definition, QDate::currentDate()));
    return {};
}

Status CaseWorkflow::insertRequest(const QSqlDatabase& db, qint64 caseId, const QString& fromStage,
                                   const TransitionDefinition& transition, qint64 requestedBy, const QString& comment,
                                   std::optional<qint64> approvedBy)
{
    const QString now = audit::nowUtcIso();
    const QVariant noUser(QMetaType(QMetaType::LongLong));
    const QVariant noTime(QMetaType(QMetaType::QString));
    QF_TRY(storage::execute(
        db,
        QStringLiteral("INSERT INTO transition_request (uid, case_id, transition, from_stage, to_stage, "
                       "requested_by, requested_at, comment, approve_role, status, decided_by, "
                       "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), caseId, transition.id, fromStage, transition.to,
         requestedBy, now, comment, transition.approveRole,
         approvedBy ? QStringLiteral("approved") : QStringLiteral("pending"),
         approvedBy ? QVariant(*approvedBy) : noUser, approvedBy ? QVariant(now) : noTime}));
    return {};
}

Status CaseWorkflow::applyApprovedWithin(const QSqlDatabase& db, qint64 caseId, const QString& fromStage,
                                         const TransitionDefinition& transition, const WorkflowDefinition& definition,
                                         qint64 requestedBy, qint64 approvedBy, const QString& comment)
{
    QF_TRY(insertRequest(db, caseId, fromStage, transition, requestedBy, comment, approvedBy));
    return enterStage(db, caseId, transition.to, definition.stage(transition.to));
}

Status CaseWorkflow::requestPendingWithin(const QSqlDatabase& db, qint64 caseId, const QString& fromStage,
                                          const TransitionDefinition& transition, qint64 requestedBy,
                                          const QString& comment)
{
    return insertRequest(db, caseId, fromStage, transition, requestedBy, comment, std::nullopt);
}

QList<GuardOutcome> CaseWorkflow::guardOutcomes(const QSqlDatabase& db, qint64 caseId,
                                                const TransitionDefinition& transition)
{
    return evaluateGuards(db, caseId, transition);
}

bool TransitionOption::ready() const
{
    return std::all_of(guards.cbegin(), guards.cend(), [](const GuardOutcome& g) { return g.passed; });
}

Result<WorkflowDefinition> CaseWorkflow::definition(const QSqlDatabase& db)
{
    auto json = definitionJson(db);
    if (!json.ok())
        return json.error();
    return WorkflowDefinition::parse(json.value(), caseGuardNames());
}

Result<QByteArray> CaseWorkflow::definitionJson(const QSqlDatabase& db)
{
    auto stored = storage::SettingsRepository(db).value(kDefinitionSetting);
    if (!stored.ok())
        return stored.error();
    if (!stored->isEmpty())
        return stored->toUtf8();
    QFile builtIn(QStringLiteral(":/workflows/case.json"));
    if (!builtIn.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, Messages::tr("The built-in case workflow is missing from this program."));
    return builtIn.readAll();
}

Status CaseWorkflow::installDefinition(const QByteArray& json)
{
    auto parsed = WorkflowDefinition::parse(json, caseGuardNames());
    if (!parsed.ok())
        return parsed.error();
    return access::mutate(
        m_session, Permission::ManageKeys, {QStringLiteral("workflow"), QStringLiteral("case")},
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            QF_TRY(storage::SettingsRepository(db).setValue(kDefinitionSetting, QString::fromUtf8(json)));
            note.action = QStringLiteral("workflow.install");
            note.summary = Messages::tr("case workflow definition replaced (%1 stages, %2 transitions)")
                               .arg(parsed->stages().size())
                               .arg(parsed->transitions().size());
            return {};
        });
}

Status CaseWorkflow::openStageDeadline(const QSqlDatabase& db, qint64 caseId, const StageDefinition& stage,
                                       const QDate& from)
{
    if (stage.timeLimitMonths <= 0)
        return {};
    QF_TRY(storage::execute(db,
                            QStringLiteral("INSERT INTO deadline (uid, case_id, kind, starts_on, due_on, "
                                           "extendable_months) VALUES (?, ?, ?, ?, ?, ?)"),
                            {QUuid::createUuid().toString(QUuid::WithoutBraces), caseId, stage.id,
                             from.toString(Qt::ISODate), from.addMonths(stage.timeLimitMonths).toString(Qt::ISODate),
                             stage.extendableMonths}));
    return {};
}

Result<QList<TransitionOption>> CaseWorkflow::options(const QString& caseUid)
{
    const QSqlDatabase db = m_session.database();
    auto found = cases::CaseRepository(db).findByUid(caseUid);
    if (!found.ok())
        return found.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(found.value())));
    auto workflow = definition(db);
    if (!workflow.ok())
        return workflow.error();
    QList<TransitionOption> options;
    for (const TransitionDefinition* transition : workflow->transitionsFrom(found->stage)) {
        TransitionOption option;
        option.transition = *transition;
        const StageDefinition* target = workflow->stage(transition->to);
        option.toLabel = target ? target->label(QLocale().name()) : transition->to;
        option.guards = evaluateGuards(db, found->id, *transition);
        auto mayRequest = holdsRequestRole(db, m_session, found.value(), *transition);
        if (!mayRequest.ok())
            return mayRequest.error();
        option.mayRequest = mayRequest.value();
        auto pending = storage::querySingleValue(db,
                                                 QStringLiteral("SELECT uid FROM transition_request WHERE case_id = ? "
                                                                "AND transition = ? AND status = 'pending'"),
                                                 {found->id, transition->id});
        if (!pending.ok())
            return pending.error();
        option.pendingRequestUid = pending->toString();
        options << option;
    }
    return options;
}

Result<QString> CaseWorkflow::request(const QString& caseUid, const QString& transitionId, const QString& comment)
{
    const QSqlDatabase db = m_session.database();
    auto found = cases::CaseRepository(db).findByUid(caseUid);
    if (!found.ok())
        return found.error();
    auto workflow = definition(db);
    if (!workflow.ok())
        return workflow.error();
    const TransitionDefinition* transition = workflow->transition(transitionId);
    if (!transition)
        return makeError(ErrorCode::NotFound, Messages::tr("The workflow has no transition '%1'.").arg(transitionId));
    if (!transition->from.contains(found->stage))
        return makeError(
            ErrorCode::Invalid,
            Messages::tr("Transition '%1' does not start from the case's stage '%2'.").arg(transitionId, found->stage));
    auto mayRequest = holdsRequestRole(db, m_session, found.value(), *transition);
    if (!mayRequest.ok())
        return mayRequest.error();
    if (!mayRequest.value())
        return makeError(ErrorCode::PermissionDenied,
                         Messages::tr("Only %1 assigned to this case may request '%2'.")
                             .arg(transition->requestRoles.join(QStringLiteral(", ")), transitionId));
    QF_TRY(firstFailure(evaluateGuards(db, found->id, *transition), *transition));
    const cases::Case c = found.value();
    const StageDefinition* target = workflow->stage(transition->to);
    return access::mutate(
        m_session, Permission::ViewCases, cases::caseTarget(c),
        [&](const QSqlDatabase& tx, audit::AuditNote& note) -> Result<QString> {
            auto pending = storage::querySingleValue(tx,
                                                     QStringLiteral("SELECT count(*) FROM transition_request WHERE "
                                                                    "case_id = ? AND status = 'pending'"),
                                                     {c.id});
            if (!pending.ok())
                return pending.error();
            if (pending->toInt() > 0)
                return makeError(ErrorCode::Invalid,
                                 Messages::tr("A transition request for this case is already waiting."));
            const bool immediate = transition->approveRole.isEmpty();
            QF_TRY(insertRequest(tx, c.id, c.stage, *transition, m_session.user().id, comment,
                                 immediate ? std::optional<qint64>(m_session.user().id) : std::nullopt));
            auto uid = storage::querySingleValue(tx, QStringLiteral("SELECT uid FROM transition_request WHERE rowid = "
                                                                    "last_insert_rowid()"));
            if (!uid.ok())
                return uid.error();
            if (immediate)
                QF_TRY(enterStage(tx, c.id, transition->to, target));
            note.action = immediate ? QStringLiteral("case.transition") : QStringLiteral("case.transition.request");
            note.summary = Messages::tr("%1: %2 → %3 (%4)%5")
                               .arg(c.number, c.stage, transition->to, transition->id,
                                    comment.isEmpty() ? QString() : QStringLiteral("; ") + comment);
            return uid->toString();
        });
}

Status CaseWorkflow::decide(const QString& requestUid, bool approve, const QString& note)
{
    const QSqlDatabase db = m_session.database();
    auto row = storage::runQuery(db,
                                 QStringLiteral("SELECT case_id, transition, from_stage, to_stage, requested_by, "
                                                "approve_role FROM transition_request WHERE uid = ? AND status = "
                                                "'pending'"),
                                 {requestUid});
    if (!row.ok())
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, Messages::tr("There is no pending request with that id."));
    const qint64 caseId = row->value(0).toLongLong();
    const QString transitionId = row->value(1).toString();
    const QString fromStage = row->value(2).toString();
    const QString toStage = row->value(3).toString();
    const qint64 requester = row->value(4).toLongLong();
    const auto approveRole = access::roleFromKey(row->value(5).toString());
    row->finish();
    auto found = cases::CaseRepository(db).findById(caseId);
    if (!found.ok())
        return found.error();
    const cases::Case c = found.value();
    if (!approveRole || !m_session.user().hasRole(*approveRole))
        return makeError(ErrorCode::PermissionDenied,
                         Messages::tr("Only the %1 role may decide on this request.").arg(row->value(5).toString()));
    if (requester == m_session.user().id)
        return makeError(ErrorCode::PermissionDenied, Messages::tr("You cannot approve your own request."));
    if (c.stage != fromStage)
        return makeError(ErrorCode::Invalid, Messages::tr("The case is no longer in stage '%1'.").arg(fromStage));
    auto workflow = definition(db);
    if (!workflow.ok())
        return workflow.error();
    const TransitionDefinition* transition = workflow->transition(transitionId);
    if (approve) {
        if (!transition)
            return makeError(ErrorCode::Invalid,
                             Messages::tr("The workflow no longer has transition '%1'.").arg(transitionId));
        // Guards are checked again: what held when it was requested may no longer hold.
        QF_TRY(firstFailure(evaluateGuards(db, caseId, *transition), *transition));
    }
    const StageDefinition* target = workflow->stage(toStage);
    return access::mutate(m_session, Permission::ApproveSteps, cases::caseTarget(c),
                          [&](const QSqlDatabase& tx, audit::AuditNote& audit) -> Status {
                              QF_TRY(storage::execute(
                                  tx,
                                  QStringLiteral("UPDATE transition_request SET status = ?, decided_by = ?, decided_at "
                                                 "= ?, decision_note = ? WHERE uid = ?"),
                                  {approve ? QStringLiteral("approved") : QStringLiteral("refused"),
                                   m_session.user().id, audit::nowUtcIso(), note, requestUid}));
                              if (approve)
                                  QF_TRY(enterStage(tx, caseId, toStage, target));
                              audit.action = approve ? QStringLiteral("case.transition.approve")
                                                     : QStringLiteral("case.transition.refuse");
                              audit.summary =
                                  Messages::tr("%1: %2 → %3 %4; %5")
                                      .arg(c.number, fromStage, toStage,
                                           approve ? Messages::tr("approved") : Messages::tr("refused"), note);
                              return {};
                          });
}

Status CaseWorkflow::approve(const QString& requestUid, const QString& note)
{
    return decide(requestUid, true, note);
}

Status CaseWorkflow::refuse(const QString& requestUid, const QString& note)
{
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Messages::tr("Say why the request is refused."));
    return decide(requestUid, false, note);
}

Result<QList<PendingRequest>> CaseWorkflow::inbox()
{
    QF_TRY(m_session.require(Permission::ViewDashboard));
    return inboxWithin(m_session.database(), m_session.user().roles, m_session.user().id);
}

Result<int> CaseWorkflow::pendingCountWithin(const QSqlDatabase& db, const QList<access::Role>& roleList, qint64 userId)
{
    QStringList roles;
    for (access::Role role : roleList)
        roles << u'\'' + access::roleKey(role) + u'\'';
    if (roles.isEmpty())
        return 0;
    auto count = storage::querySingleValue(db,
                                           QStringLiteral("SELECT count(*) FROM transition_request WHERE status = "
                                                          "'pending' AND approve_role IN (%1) AND requested_by <> ?")
                                               .arg(roles.join(u',')),
                                           {userId});
    if (!count.ok())
        return count.error();
    return count->toInt();
}

Result<QList<PendingRequest>> CaseWorkflow::inboxWithin(const QSqlDatabase& db, const QList<access::Role>& roleList,
                                                        qint64 userId)
{
    QStringList roles;
    for (access::Role role : roleList)
        roles << u'\'' + access::roleKey(role) + u'\'';
    if (roles.isEmpty())
        return QList<PendingRequest>();
    auto query = storage::runQuery(
        db,
        QStringLiteral("SELECT r.uid, c.uid, c.number, c.title, r.transition, r.from_stage, r.to_stage, u.login, "
                       "r.requested_at, r.comment, r.approve_role FROM transition_request r JOIN case_file c ON c.id = "
                       "r.case_id JOIN app_user u ON u.id = r.requested_by WHERE r.status = 'pending' AND "
                       "r.approve_role IN (%1) AND r.requested_by <> ? ORDER BY r.id")
            .arg(roles.join(u',')),
        {userId});
    if (!query.ok())
        return query.error();
    QList<PendingRequest> requests;
    while (query->next()) {
        PendingRequest request;
        request.uid = query->value(0).toString();
        request.caseUid = query->value(1).toString();
        request.caseNumber = query->value(2).toString();
        request.caseTitle = query->value(3).toString();
        request.transitionId = query->value(4).toString();
        request.fromStage = query->value(5).toString();
        request.toStage = query->value(6).toString();
        request.requestedBy = query->value(7).toString();
        request.requestedAt = query->value(8).toString();
        request.comment = query->value(9).toString();
        request.approveRole = query->value(10).toString();
        requests << request;
    }
    return requests;
}

} // namespace qf::workflow
