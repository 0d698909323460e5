#include "cases/CoordinationService.h"
#include "reporting/AlertRepository.h"
#include "reporting/AlertSource.h"
#include "reporting/IntegrityOpinionRepository.h"
#include "reporting/IntegrityOpinionService.h"
#include "reporting/RecommendationLetterRepository.h"
#include "sanctions/SanctionRepository.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>
#include <QLocale>

namespace qf::reporting {

namespace {

Result<QList<Alert>> stageDeadlines(const QSqlDatabase& db, const AlertQuery& query)
{
    auto alerts = AlertRepository(db).stageDeadlines(query);
    if (!alerts.ok())
        return alerts;
    auto definition = workflow::CaseWorkflow::definition(db);
    if (!definition.ok())
        return definition.error();
    for (Alert& alert : alerts.value()) {
        const workflow::StageDefinition* stage = definition->stage(alert.what);
        alert.what = QCoreApplication::translate("qf::reporting::AlertSources", "Time limit of the %1 stage")
                         .arg(stage ? stage->label(QLocale().name()) : alert.what);
    }
    return alerts;
}

Result<QList<Alert>> supervision(const QSqlDatabase& db, const AlertQuery& query)
{
    AlertRepository repository(db);
    auto due = repository.supervisionDue(query);
    if (!due.ok())
        return due;
    for (Alert& alert : due.value())
        alert.what = QCoreApplication::translate("qf::reporting::AlertSources", "Supervised by %1: to be concluded")
                         .arg(alert.what);
    auto reports = repository.supervisionReports(query);
    if (!reports.ok())
        return reports;
    for (Alert& alert : reports.value())
        alert.what =
            QCoreApplication::translate("qf::reporting::AlertSources", "Progress report to %1").arg(alert.what);
    return due.value() + reports.value();
}

Result<QList<Alert>> transfers(const QSqlDatabase& db, const AlertQuery& query)
{
    auto alerts = AlertRepository(db).transferFeedback(query);
    if (!alerts.ok())
        return alerts;
    for (Alert& alert : alerts.value())
        alert.what = QCoreApplication::translate("qf::reporting::AlertSources", "Feedback from %1").arg(alert.what);
    return alerts;
}

Result<QList<Alert>> appeals(const QSqlDatabase& db, const AlertQuery& query)
{
    AlertRepository repository(db);
    auto first = repository.appeals(query, true);
    if (!first.ok())
        return first;
    for (Alert& alert : first.value())
        alert.what = QCoreApplication::translate("qf::reporting::AlertSources", "First appeal by %1 (must be handled)")
                         .arg(alert.what);
    auto later = repository.appeals(query, false);
    if (!later.ok())
        return later;
    for (Alert& alert : later.value())
        alert.what = QCoreApplication::translate("qf::reporting::AlertSources", "Appeal by %1").arg(alert.what);
    return first.value() + later.value();
}

Result<QList<Alert>> followUps(const QSqlDatabase& db, const AlertQuery& query)
{
    return AlertRepository(db).followUps(query);
}

Alert caseAlert(const QString& what, const QDate& dueOn, const QString& caseUid, const QString& caseNumber)
{
    Alert alert;
    alert.what = what;
    alert.dueOn = dueOn;
    alert.kind = RecordKind::Case;
    alert.recordUid = caseUid;
    alert.recordNumber = caseNumber;
    return alert;
}

Result<QList<Alert>> executions(const QSqlDatabase& db, const AlertQuery& query)
{
    auto steps = sanctions::SanctionRepository(db).openStepsDueBy(query.horizon(), query.today, query.visibility());
    if (!steps.ok())
        return steps.error();
    QList<Alert> alerts;
    for (const sanctions::ExecutionAlert& step : steps.value())
        alerts << caseAlert(QCoreApplication::translate("qf::reporting::AlertSources", "%1 of the %2 of %3 by %4")
                                .arg(sanctions::executionStepDisplayName(step.step),
                                     sanctions::sanctionDisplayName(step.sanction), step.personName,
                                     step.executingUnit),
                            step.dueOn, step.caseUid, step.caseNumber);
    return alerts;
}

Result<QList<Alert>> coordinationReplies(const QSqlDatabase& db, const AlertQuery& query)
{
    auto awaited =
        cases::CoordinationService::awaitingRepliesWithin(db, query.visibility(), query.today, query.horizonDays);
    if (!awaited.ok())
        return awaited.error();
    QList<Alert> alerts;
    for (const cases::AwaitedReply& reply : awaited.value())
        alerts << caseAlert(
            reply.kind == cases::AwaitedReply::Kind::Transfer
                ? QCoreApplication::translate("qf::reporting::AlertSources", "Feedback on the transfer to %1")
                      .arg(reply.counterpart)
                : QCoreApplication::translate("qf::reporting::AlertSources", "Reply to the assistance request to %1")
                      .arg(reply.counterpart),
            reply.dueOn, reply.caseUid, reply.caseNumber);
    return alerts;
}

Result<QList<Alert>> recommendationReplies(const QSqlDatabase& db, const AlertQuery& query)
{
    auto letters = RecommendationLetterRepository(db).overdue(query.today, query.visibility());
    if (!letters.ok())
        return letters.error();
    QList<Alert> alerts;
    for (const RecommendationLetter& letter : letters.value())
        alerts << caseAlert(
            QCoreApplication::translate("qf::reporting::AlertSources", "Rectification reply from %1").arg(letter.unit),
            letter.replyDue, letter.caseUid, letter.caseNumber);
    return alerts;
}

Result<QList<Alert>> integrityRequests(const QSqlDatabase& db, const AlertQuery& query)
{
    auto replyDays = IntegrityOpinionService::replyDaysWithin(db);
    if (!replyDays.ok())
        return replyDays.error();
    auto requests = IntegrityOpinionRepository(db).unanswered(query.horizon().addDays(-replyDays.value()));
    if (!requests.ok())
        return requests.error();
    QList<Alert> alerts;
    for (const OpinionRequestRow& request : requests.value()) {
        Alert alert;
        alert.what = QCoreApplication::translate("qf::reporting::AlertSources",
                                                 "Reply to %1 on the integrity of %n people", nullptr, request.people)
                         .arg(request.requestingUnit);
        alert.dueOn = request.receivedOn.addDays(replyDays.value());
        alert.kind = RecordKind::IntegrityRequest;
        alert.recordUid = request.uid;
        alert.recordNumber = request.reference;
        alerts << alert;
    }
    return alerts;
}

} // namespace

QList<AlertSource> alertSources()
{
    using P = access::Permission;
    return {{QStringLiteral("deadline"), QCoreApplication::translate("qf::reporting::AlertSources", "Stage deadlines"),
             P::ViewCases, stageDeadlines},
            {QStringLiteral("supervision"), QCoreApplication::translate("qf::reporting::AlertSources", "Supervision"),
             P::ViewCases, supervision},
            {QStringLiteral("transfer"),
             QCoreApplication::translate("qf::reporting::AlertSources", "Transfers awaiting feedback"), P::ViewLeads,
             transfers},
            {QStringLiteral("appeal"), QCoreApplication::translate("qf::reporting::AlertSources", "Appeals"),
             P::ViewCases, appeals},
            {QStringLiteral("follow_up"), QCoreApplication::translate("qf::reporting::AlertSources", "Lead follow-ups"),
             P::ViewLeads, followUps},
            {QStringLiteral("execution"),
             QCoreApplication::translate("qf::reporting::AlertSources", "Sanction execution"), P::ViewCases,
             executions},
            {QStringLiteral("coordination"),
             QCoreApplication::translate("qf::reporting::AlertSources", "External transfers and assistance requests"),
             P::ViewCases, coordinationReplies},
            {QStringLiteral("recommendation"),
             QCoreApplication::translate("qf::reporting::AlertSources", "Recommendation letter replies"), P::ViewCases,
             recommendationReplies},
            {QStringLiteral("integrity"),
             QCoreApplication::translate("qf::reporting::AlertSources", "Integrity opinion requests"), P::ViewLeads,
             integrityRequests}};
}

} // namespace qf::reporting
