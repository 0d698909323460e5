#include "sanctions/SanctionService.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "leads/LeadRepository.h"
#include "sanctions/SanctionPolicy.h"
#include "sanctions/SanctionRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace qf::sanctions {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::sanctions::SanctionService", text);
}

Result<QList<people::Person>> subjectsWithin(const QSqlDatabase& db, const cases::Case& c)
{
    auto lead = leads::LeadRepository(db).findByUid(c.leadUid);
    if (!lead.ok())
        return lead.error();
    return lead->subjects;
}

Status checkProbation(SanctionKind kind, int years)
{
    if (kind == SanctionKind::PartyProbation ? (years != 1 && years != 2) : years != 0)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("qf::sanctions::SanctionService",
                                                     "Party probation lasts one or two years; other sanctions have no "
                                                     "probation period."));
    return {};
}

// Adds the execution steps of a version, due the configured number of months after `from`.
Status addSteps(const QSqlDatabase& db, qint64 sanctionId, SanctionKind kind, const QDate& from)
{
    SanctionPolicy policy(db);
    SanctionRepository repository(db);
    for (ExecutionStepKind step : executionStepsOf(kind)) {
        auto months = policy.stepMonths(step);
        if (!months.ok())
            return months.error();
        QF_TRY(repository.insertStep(sanctionId, step, from.addMonths(months.value())));
    }
    return {};
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<qint64> SanctionService::viewableCase(const QString& caseUid)
{
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(c.value())));
    return c->id;
}

Result<QList<people::Person>> SanctionService::subjectsOf(const QString& caseUid)
{
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(c.value())));
    return subjectsWithin(m_session.database(), c.value());
}

Result<QString> SanctionService::decide(const QString& caseUid, const SanctionTerms& terms)
{
    if (terms.decisionNumber.trimmed().isEmpty() || terms.grounds.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the number of the decision document and the facts and nature "
                                                "of the violation it states."));
    if (!terms.effectiveOn.isValid() || terms.effectiveOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid,
                         tr("Enter the date the decision took effect; it cannot be in the future."));
    QF_TRY(checkProbation(terms.kind, terms.probationYears));
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    return access::mutate(
        m_session, Permission::ReviewCases, cases::caseTarget(c.value()),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
            auto subjects = subjectsWithin(db, c.value());
            if (!subjects.ok())
                return subjects.error();
            const people::Person* person = nullptr;
            for (const people::Person& subject : subjects.value())
                if (subject.uid == terms.personUid)
                    person = &subject;
            if (!person)
                return makeError(ErrorCode::Invalid, tr("A sanction concerns a person the case is about; choose one "
                                                        "of the case's subjects."));
            auto months = SanctionPolicy(db).promotionMonths(terms.kind, terms.probationYears);
            if (!months.ok())
                return months.error();
            SanctionRow row;
            row.uid = newUid();
            row.caseId = c->id;
            row.personId = person->id;
            row.kind = terms.kind;
            row.probationYears = terms.probationYears;
            row.decisionNumber = terms.decisionNumber.trimmed();
            row.effectiveOn = terms.effectiveOn;
            row.promotionMonths = months.value();
            row.affectsUntil = terms.effectiveOn.addMonths(months.value()).addDays(-1);
            row.cadreLevel = terms.cadreLevel.isEmpty() ? person->cadreLevel : terms.cadreLevel;
            row.executingUnit = terms.executingUnit.trimmed().isEmpty() ? person->unit : terms.executingUnit.trimmed();
            row.reason = terms.grounds.trimmed();
            row.recordedBy = m_session.user().id;
            auto id = SanctionRepository(db).insert(row);
            if (!id.ok())
                return id.error();
            QF_TRY(addSteps(db, id.value(), terms.kind, terms.effectiveOn));
            note.action = QStringLiteral("sanction.decide");
            note.summary = QStringLiteral("%1 %2 %3").arg(sanctionKey(terms.kind), row.decisionNumber, row.uid);
            return row.uid;
        });
}

Result<QString> SanctionService::reexamine(const Reexamination& r)
{
    using cases::AppealOutcome;
    const bool versioned = r.outcome != AppealOutcome::Maintain;
    if (versioned && r.decisionNumber.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A change or revocation needs the number of the re-examination "
                                                "decision."));
    const QDate decidedOn = r.decidedOn.isValid() ? r.decidedOn : QDate::currentDate();
    if (decidedOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The re-examination cannot be dated in the future."));
    if (r.outcome == AppealOutcome::Change)
        QF_TRY(checkProbation(r.newKind, r.newProbationYears));
    auto old = SanctionRepository(m_session.database()).find(r.sanctionUid);
    if (!old.ok())
        return old.error();
    auto c = cases::CaseRepository(m_session.database()).findByUid(old->caseUid);
    if (!c.ok())
        return c.error();
    if (!old->current)
        return makeError(ErrorCode::Invalid, tr("This version of the sanction has already been replaced; apply the "
                                                "re-examination to the current version."));
    if (old->revoked)
        return makeError(ErrorCode::Invalid, tr("This sanction has already been revoked."));
    return access::mutate(m_session, Permission::ReviewCases, cases::caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
                              auto appealId =
                                  cases::CaseReviewService::decideWithin(db, r.appealUid, r.outcome, r.findings, c->id);
                              if (!appealId.ok())
                                  return appealId.error();
                              note.action = QStringLiteral("sanction.reexamine");
                              note.summary = cases::appealOutcomeKey(r.outcome) + u' ' + old->uid;
                              if (!versioned)
                                  return old->uid;
                              SanctionRepository repository(db);
                              auto key = repository.keyOf(old->uid);
                              if (!key.ok())
                                  return key.error();
                              SanctionRow row;
                              row.uid = newUid();
                              row.caseId = c->id;
                              row.personId = key->personId;
                              row.decisionNumber = r.decisionNumber.trimmed();
                              row.effectiveOn = old->effectiveOn;
                              row.cadreLevel = old->cadreLevel;
                              row.executingUnit = old->executingUnit;
                              row.supersedes = key->id;
                              row.appealId = appealId.value();
                              row.reason = r.findings.trimmed();
                              row.recordedBy = m_session.user().id;
                              if (r.outcome == AppealOutcome::Revoke) {
                                  row.kind = old->kind;
                                  row.probationYears = old->probationYears;
                                  row.revoked = true;
                                  row.promotionMonths = 0;
                                  row.affectsUntil = old->effectiveOn.addDays(-1);
                              } else {
                                  auto months = SanctionPolicy(db).promotionMonths(r.newKind, r.newProbationYears);
                                  if (!months.ok())
                                      return months.error();
                                  row.kind = r.newKind;
                                  row.probationYears = r.newProbationYears;
                                  row.promotionMonths = months.value();
                                  row.affectsUntil = old->effectiveOn.addMonths(months.value()).addDays(-1);
                              }
                              auto id = repository.insert(row);
                              if (!id.ok())
                                  return id.error();
                              if (!row.revoked)
                                  QF_TRY(addSteps(db, id.value(), row.kind, decidedOn));
                              note.summary += QStringLiteral(" → ") + row.uid;
                              return row.uid;
                          });
}

Status SanctionService::recordExecution(const QString& stepUid, const QDate& doneOn, const QString& feedback)
{
    if (!doneOn.isValid() || doneOn > QDate::currentDate() || feedback.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Record the feedback and the date the step was carried out; it cannot "
                                                "be in the future."));
    auto caseId = SanctionRepository(m_session.database()).caseOfStep(stepUid);
    if (!caseId.ok())
        return caseId.error();
    auto c = cases::CaseRepository(m_session.database()).findById(caseId.value());
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ManageCases, cases::caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              auto done = SanctionRepository(db).completeStep(stepUid, doneOn, feedback.trimmed(),
                                                                              m_session.user().id);
                              if (!done.ok())
                                  return done.error();
                              if (!done.value())
                                  return makeError(ErrorCode::Invalid, tr("This execution step is already recorded, or "
                                                                          "its decision has been replaced."));
                              note.action = QStringLiteral("sanction.execution");
                              note.summary = stepUid + u' ' + doneOn.toString(Qt::ISODate);
                              return {};
                          });
}

Result<QList<SanctionRecord>> SanctionService::sanctionsOf(const QString& caseUid)
{
    auto id = viewableCase(caseUid);
    if (!id.ok())
        return id.error();
    return SanctionRepository(m_session.database()).ofCase(id.value());
}

Result<SanctionRecord> SanctionService::sanction(const QString& sanctionUid)
{
    auto found = SanctionRepository(m_session.database()).find(sanctionUid);
    if (!found.ok())
        return found;
    QF_TRY(viewableCase(found->caseUid));
    return found;
}

Result<QList<SanctionRecord>> SanctionService::historyOf(const QString& sanctionUid)
{
    auto found = sanction(sanctionUid);
    if (!found.ok())
        return found.error();
    auto all = sanctionsOf(found->caseUid);
    if (!all.ok())
        return all.error();
    QHash<QString, SanctionRecord> byUid;
    QHash<QString, QString> successor;
    for (const SanctionRecord& record : all.value()) {
        byUid.insert(record.uid, record);
        if (!record.supersedesUid.isEmpty())
            successor.insert(record.supersedesUid, record.uid);
    }
    QString first = sanctionUid;
    while (!byUid.value(first).supersedesUid.isEmpty())
        first = byUid.value(first).supersedesUid;
    QList<SanctionRecord> chain;
    for (QString at = first; !at.isEmpty(); at = successor.value(at))
        chain << byUid.value(at);
    return chain;
}

Result<QList<ExecutionStep>> SanctionService::executionOf(const QString& caseUid)
{
    auto id = viewableCase(caseUid);
    if (!id.ok())
        return id.error();
    return SanctionRepository(m_session.database()).stepsOfCase(id.value());
}

Result<QList<SanctionRecord>> SanctionService::inEffectWithin(const QSqlDatabase& db, const QString& personUid,
                                                              const QDate& asOf)
{
    return SanctionRepository(db).inEffect(personUid, asOf);
}

Result<QList<ExecutionAlert>> SanctionService::executionAlerts(const QDate& asOf, int withinDays)
{
    QF_TRY(m_session.require(Permission::ViewDashboard));
    return executionAlertsWithin(m_session.database(), m_session.visibility(), asOf, withinDays);
}

Result<QList<ExecutionAlert>> SanctionService::executionAlertsWithin(const QSqlDatabase& db,
                                                                     const access::RecordVisibility& visibility,
                                                                     const QDate& asOf, int withinDays)
{
    return SanctionRepository(db).openStepsDueBy(asOf.addDays(std::max(0, withinDays)), asOf, visibility);
}

Status SanctionService::setStepMonths(ExecutionStepKind step, int months)
{
    if (months < 1 || months > 24)
        return makeError(ErrorCode::Invalid, tr("An execution time limit is between 1 and 24 months."));
    return access::mutate(m_session, Permission::ApproveSteps, {QStringLiteral("setting"), {}},
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              QF_TRY(SanctionPolicy(db).setStepMonths(step, months));
                              note.action = QStringLiteral("setting.change");
                              note.summary = SanctionPolicy::stepSettingKey(step) + u'=' + QString::number(months);
                              return {};
                          });
}

Status SanctionService::setPromotionMonths(SanctionKind kind, int probationYears, int months)
{
    if (months < 0 || months > 120)
        return makeError(ErrorCode::Invalid, tr("The promotion period is between 0 and 120 months."));
    return access::mutate(m_session, Permission::ApproveSteps, {QStringLiteral("setting"), {}},
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              QF_TRY(SanctionPolicy(db).setPromotionMonths(kind, probationYears, months));
                              note.action = QStringLiteral("setting.change");
                              note.summary = SanctionPolicy::promotionSettingKey(kind, probationYears) + u'=' +
                                             QString::number(months);
                              return {};
                          });
}

} // namespace qf::sanctions
