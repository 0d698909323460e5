#include "cases/CaseService.h"

#include "access/Mutation.h"
#include "access/UserRepository.h"
#include "cases/CaseRepository.h"
#include "documents/NumberingRegistry.h"
#include "leads/LeadRepository.h"
#include "storage/Sql.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::cases {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::cases::CaseService", text);
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<Case> CaseService::load(const QString& uid, Permission permission)
{
    auto found = CaseRepository(m_session.database()).findByUid(uid);
    if (!found.ok())
        return found;
    QF_TRY(m_session.require(permission, caseTarget(found.value())));
    return found;
}

Result<Case> CaseService::findByNumber(const QString& number)
{
    QF_TRY(m_session.require(Permission::ViewCases));
    auto found = CaseRepository(m_session.database()).findByNumber(number.trimmed());
    if (!found.ok())
        return found;
    QF_TRY(m_session.require(Permission::ViewCases, caseTarget(found.value())));
    return found;
}

Result<Case> CaseService::fileCase(const QString& leadUid, const QString& title)
{
    auto lead = leads::LeadRepository(m_session.database()).findByUid(leadUid);
    if (!lead.ok())
        return lead.error();
    const bool eligible = lead->disposition == leads::Disposition::FileCase ||
                          lead->disposition == leads::Disposition::PreliminaryVerification;
    if (!eligible)
        return makeError(ErrorCode::Invalid,
                         tr("Lead %1 has no 立案审查 disposition or approved preliminary verification; a case cannot "
                            "be opened from it.")
                             .arg(lead->number));
    auto definition = workflow::CaseWorkflow::definition(m_session.database());
    if (!definition.ok())
        return definition.error();
    const leads::Lead source = lead.value();
    return access::mutate(m_session, Permission::ManageCases, {QStringLiteral("case"), {}, source.confidentiality},
                          [&](const QSqlDatabase& db, audit::AuditNote& note) {
                              return openWithin(db, m_session.actor(), source, title, definition.value(), note);
                          });
}

Result<Case> CaseService::openWithin(const QSqlDatabase& db, const access::Actor& actor, const leads::Lead& source,
                                     const QString& title, const workflow::WorkflowDefinition& definition,
                                     audit::AuditNote& note)
{
    auto existing =
        storage::querySingleValue(db, QStringLiteral("SELECT number FROM case_file WHERE lead_id = ?"), {source.id});
    if (!existing.ok())
        return existing.error();
    if (!existing->isNull())
        return makeError(ErrorCode::AlreadyExists,
                         tr("Case %1 was already opened from this lead.").arg(existing->toString()));
    Case c;
    c.uid = newUid();
    c.leadUid = source.uid;
    // The default title is record data, printed on the official forms in Chinese whatever the UI language.
    c.title = title.trimmed().isEmpty()
                  ? (source.subjects.isEmpty() ? source.number : source.subjects.first().name + QStringLiteral("案"))
                  : title.trimmed();
    c.confidentiality = source.confidentiality;
    c.stage = definition.initialStage();
    auto number = documents::NumberingRegistry(db).issue(documents::numberkinds::caseFile, QDate::currentDate().year(),
                                                         QStringLiteral("case"), c.uid, actor.login);
    if (!number.ok())
        return number.error();
    c.number = number->text;
    auto stored = CaseRepository(db).insert(c, source.id, actor.id);
    if (!stored.ok())
        return stored;
    if (const auto* stage = definition.stage(c.stage))
        QF_TRY(workflow::CaseWorkflow::openStageDeadline(db, stored->id, *stage, QDate::currentDate()));
    note = {QStringLiteral("case.open"), QStringLiteral("case"), c.uid,
            tr("case %1 opened from lead %2").arg(c.number, source.number)};
    return stored;
}

Result<Case> CaseService::caseFile(const QString& uid)
{
    auto found = load(uid, Permission::ViewCases);
    if (found.ok() && found->confidentiality >= access::ConfidentialityLevel::Secret) {
        auto entry =
            m_session.auditStandalone({QStringLiteral("case.view"), QStringLiteral("case"), uid, found->number});
        if (!entry.ok())
            return entry.error();
    }
    return found;
}

Result<QList<CaseRow>> CaseService::list(const QString& stage, int offset, int limit, const QDate& today)
{
    QF_TRY(m_session.require(Permission::ViewCases));
    return CaseRepository(m_session.database())
        .list(m_session.user().id, m_session.can(Permission::ViewAllConfidential), stage, today, offset, limit);
}

Result<QList<QPair<QString, int>>> CaseService::countByStage()
{
    QF_TRY(m_session.require(Permission::ViewDashboard));
    return CaseRepository(m_session.database()).countByStage(m_session.visibility());
}

Result<ConflictReport> CaseService::assign(const QString& caseUid, const QString& login, TeamRole role)
{
    auto c = load(caseUid, Permission::AssignTeam);
    if (!c.ok())
        return c.error();
    const QSqlDatabase db = m_session.database();
    auto user = access::UserRepository(db).findByLogin(login);
    if (!user.ok())
        return user.error();
    if (user->disabled)
        return makeError(ErrorCode::Invalid, tr("The account %1 is disabled.").arg(login));
    const bool reviewer = role == TeamRole::Reviewer;
    if (reviewer && !user->hasRole(access::Role::Reviewer))
        return makeError(ErrorCode::Invalid, tr("%1 does not hold the reviewer role.").arg(login));
    if (!reviewer && !user->hasRole(access::Role::Investigator) && !user->hasRole(access::Role::LeadInvestigator))
        return makeError(ErrorCode::Invalid, tr("%1 is not an investigator.").arg(login));
    if (role == TeamRole::LeadInvestigator && !user->hasRole(access::Role::LeadInvestigator))
        return makeError(ErrorCode::Invalid, tr("%1 does not hold the lead investigator role.").arg(login));
    CaseRepository cases(db);
    auto crossed = cases.servedAs(c->id, user->id,
                                  reviewer ? QList<TeamRole>{TeamRole::LeadInvestigator, TeamRole::Member}
                                           : QList<TeamRole>{TeamRole::Reviewer});
    if (!crossed.ok())
        return crossed.error();
    if (crossed.value())
        return makeError(ErrorCode::PermissionDenied,
                         reviewer ? tr("%1 investigated this case and cannot review it.").arg(login)
                                  : tr("%1 reviews this case and cannot join the investigating team.").arg(login));
    auto conflicts = checkConflicts(db, c->id, user->id);
    if (!conflicts.ok())
        return conflicts.error();
    if (conflicts->blocked())
        return makeError(ErrorCode::PermissionDenied,
                         tr("%1 cannot be assigned: %2.").arg(login, conflicts->blocks.join(QStringLiteral("; "))));
    const qint64 userId = user->id;
    auto assigned = access::mutate(
        m_session, Permission::AssignTeam, caseTarget(c.value()),
        [&](const QSqlDatabase& tx, audit::AuditNote& note) -> Status {
            QF_TRY(CaseRepository(tx).addTeamMember(c->id, userId, role));
            QF_TRY(access::UserRepository(tx).assign(userId, QStringLiteral("case"), c->uid, teamRoleKey(role)));
            note.action = QStringLiteral("case.assign");
            note.summary =
                tr("%1 assigned as %2%3")
                    .arg(login, teamRoleKey(role),
                         conflicts->warnings.isEmpty()
                             ? QString()
                             : tr(" despite warnings: %1").arg(conflicts->warnings.join(QStringLiteral("; "))));
            return {};
        });
    if (!assigned.ok())
        return assigned.error();
    return conflicts;
}

Status CaseService::setSupervisingLeader(const QString& caseUid, const QString& login)
{
    auto c = load(caseUid, Permission::ApproveSteps);
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ApproveSteps, caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              auto user = access::UserRepository(db).findByLogin(login);
                              if (!user.ok())
                                  return user.error();
                              QF_TRY(CaseRepository(db).setSupervisingLeader(c->id, user->id));
                              note.action = QStringLiteral("case.supervising_leader");
                              note.summary = login;
                              return {};
                          });
}

Status CaseService::declareRelationship(const RelationshipDeclaration& declaration)
{
    static const QStringList kinds{QStringLiteral("relative"), QStringLiteral("former_colleague"),
                                   QStringLiteral("same_unit"), QStringLiteral("other")};
    if (!kinds.contains(declaration.kind))
        return makeError(ErrorCode::Invalid, tr("Choose the kind of relationship."));
    if (declaration.personName.trimmed().isEmpty() && declaration.idNumber.trimmed().isEmpty() &&
        declaration.unit.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the person or the unit the relationship is with."));
    return access::mutate(
        m_session, Permission::ViewDashboard, {QStringLiteral("user"), m_session.user().uid},
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            QF_TRY(storage::execute(db,
                                    QStringLiteral("INSERT INTO staff_relationship (user_id, kind, "
                                                   "person_name, id_number, unit, note, declared_at) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                    {m_session.user().id, declaration.kind, declaration.personName.trimmed(),
                                     declaration.idNumber.trimmed().toUpper(), declaration.unit.trimmed(),
                                     declaration.note, audit::nowUtcIso()}));
            note.action = QStringLiteral("staff.relationship.declare");
            note.summary = declaration.kind;
            return {};
        });
}

Result<QString> CaseService::requestRecusal(const QString& caseUid, const QString& login, const QString& grounds)
{
    if (grounds.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("State the grounds for recusal."));
    auto c = load(caseUid, Permission::ViewCases);
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ViewCases, caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
                              auto user = access::UserRepository(db).findByLogin(login);
                              if (!user.ok())
                                  return user.error();
                              auto uid = requestRecusalWithin(db, c->id, user->id, m_session.user().id, grounds);
                              if (!uid.ok())
                                  return uid;
                              note.action = QStringLiteral("case.recusal.request");
                              note.summary = tr("recusal of %1 requested: %2").arg(login, grounds.trimmed());
                              return uid;
                          });
}

Status CaseService::decideRecusal(const QString& recusalUid, bool recuse, const QString& note)
{
    return access::mutate(
        m_session, Permission::ApproveSteps, {QStringLiteral("recusal"), recusalUid},
        [&](const QSqlDatabase& db, audit::AuditNote& audit) -> Status {
            auto changed =
                storage::execute(db,
                                 QStringLiteral("UPDATE recusal SET status = ?, decided_by = ?, decided_at = ?, note = "
                                                "? WHERE uid = ? AND status = 'pending'"),
                                 {recuse ? QStringLiteral("recused") : QStringLiteral("rejected"), m_session.user().id,
                                  audit::nowUtcIso(), note, recusalUid});
            if (!changed.ok())
                return changed.error();
            if (changed.value() == 0)
                return makeError(ErrorCode::NotFound, tr("There is no pending recusal with that id."));
            audit.action = recuse ? QStringLiteral("case.recusal.grant") : QStringLiteral("case.recusal.reject");
            audit.summary = note;
            return {};
        });
}

Status CaseService::addJointPartner(const QString& caseUid, const QString& agency, const QString& responsibilities)
{
    if (agency.trimmed().isEmpty() || responsibilities.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the partner agency and what it is responsible for."));
    auto c = load(caseUid, Permission::ManageCases);
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ManageCases, caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              QF_TRY(storage::execute(db,
                                                      QStringLiteral("INSERT INTO joint_partner (case_id, agency, "
                                                                     "responsibilities) VALUES (?, ?, ?)"),
                                                      {c->id, agency.trimmed(), responsibilities.trimmed()}));
                              note.action = QStringLiteral("case.joint_partner");
                              note.summary = agency.trimmed();
                              return {};
                          });
}

Result<QString> CaseService::raiseDispute(const QString& caseUid, const QString& parties, const QString& note)
{
    if (parties.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the agencies in dispute."));
    auto c = load(caseUid, Permission::ManageCases);
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ManageCases, caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& audit) -> Result<QString> {
                              audit.action = QStringLiteral("dispute.raise");
                              audit.summary = parties.trimmed();
                              return raiseDisputeWithin(db, c->id, parties, note, m_session.user().id);
                          });
}

Result<QString> CaseService::requestRecusalWithin(const QSqlDatabase& db, qint64 caseId, qint64 userId,
                                                  qint64 requestedBy, const QString& grounds)
{
    const QString uid = newUid();
    QF_TRY(storage::execute(db,
                            QStringLiteral("INSERT INTO recusal (uid, case_id, user_id, grounds, requested_by) VALUES "
                                           "(?, ?, ?, ?, ?)"),
                            {uid, caseId, userId, grounds.trimmed(), requestedBy}));
    return uid;
}

Result<QString> CaseService::raiseDisputeWithin(const QSqlDatabase& db, qint64 caseId, const QString& parties,
                                                const QString& note, qint64 raisedBy)
{
    const QString uid = newUid();
    auto inserted = storage::runQuery(db,
                                      QStringLiteral("INSERT INTO jurisdiction_dispute (uid, case_id, parties) VALUES "
                                                     "(?, ?, ?)"),
                                      {uid, caseId, parties.trimmed()});
    if (!inserted.ok())
        return inserted.error();
    QF_TRY(storage::execute(db,
                            QStringLiteral("INSERT INTO dispute_step (dispute_id, step, note, at, by_user) VALUES (?, "
                                           "'raise', ?, ?, ?)"),
                            {inserted->lastInsertId(), note, audit::nowUtcIso(), raisedBy}));
    return uid;
}

Status CaseService::advanceDispute(const QString& disputeUid, const QString& step, const QString& note)
{
    static const QStringList steps{QStringLiteral("negotiate"), QStringLiteral("escalate"), QStringLiteral("decide")};
    if (!steps.contains(step))
        return makeError(ErrorCode::Invalid, tr("A dispute step is negotiate, escalate or decide."));
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Record what was agreed or why it goes further."));
    const Permission permission = step == QLatin1String("decide") ? Permission::ApproveSteps : Permission::ManageCases;
    return access::mutate(
        m_session, permission, {QStringLiteral("dispute"), disputeUid},
        [&](const QSqlDatabase& db, audit::AuditNote& audit) -> Status {
            auto row =
                storage::runQuery(db,
                                  QStringLiteral("SELECT d.id, d.status, d.level, c.uid FROM jurisdiction_dispute d "
                                                 "LEFT JOIN case_file c ON c.id = d.case_id WHERE d.uid = ?"),
                                  {disputeUid});
            if (!row.ok())
                return row.error();
            if (!row->next())
                return makeError(ErrorCode::NotFound, tr("There is no such dispute."));
            const qint64 id = row->value(0).toLongLong();
            const QString status = row->value(1).toString();
            const int level = row->value(2).toInt();
            const QString caseUid = row->value(3).toString();
            row->finish();
            if (status == QLatin1String("decided"))
                return makeError(ErrorCode::Invalid, tr("The dispute is already decided."));
            const QString next = step == QLatin1String("negotiate")  ? QStringLiteral("negotiating")
                                 : step == QLatin1String("escalate") ? QStringLiteral("escalated")
                                                                     : QStringLiteral("decided");
            QF_TRY(storage::execute(
                db,
                QStringLiteral("UPDATE jurisdiction_dispute SET status = ?, level = ?, outcome = "
                               "CASE WHEN ? = 'decided' THEN ? ELSE outcome END WHERE id = ?"),
                {next, step == QLatin1String("escalate") ? level + 1 : level, next, note.trimmed(), id}));
            QF_TRY(
                storage::execute(db,
                                 QStringLiteral("INSERT INTO dispute_step (dispute_id, step, note, at, by_user) VALUES "
                                                "(?, ?, ?, ?, ?)"),
                                 {id, step, note.trimmed(), audit::nowUtcIso(), m_session.user().id}));
            audit.action = QStringLiteral("dispute.") + step;
            audit.summary = note.trimmed();
            if (!caseUid.isEmpty()) // on the case's timeline, like the raise
                audit = {audit.action, QStringLiteral("case"), caseUid, audit.summary};
            return {};
        });
}

} // namespace qf::cases
