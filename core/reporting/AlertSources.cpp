#include "reporting/AlertRepository.h"
#include "reporting/AlertSource.h"
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
             P::ViewLeads, followUps}};
}

} // namespace qf::reporting
