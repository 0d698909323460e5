#include "cases/DeadlineService.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::cases {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::cases::DeadlineService", text);
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<QList<Deadline>> DeadlineService::query(const QString& condition, const QVariantList& values, const QDate& today)
{
    auto rows = storage::runQuery(
        m_session.database(),
        QStringLiteral(
            "SELECT d.uid, c.uid, c.number, d.kind, d.starts_on, coalesce(d.extended_to, d.due_on), "
            "d.extendable_months, coalesce((SELECT sum(months) FROM deadline_extension e WHERE e.deadline_id = "
            "d.id AND e.status = 'approved'), 0) FROM deadline d JOIN case_file c ON c.id = d.case_id WHERE "
            "d.met_on IS NULL AND %1 ORDER BY coalesce(d.extended_to, d.due_on)")
            .arg(condition),
        values);
    if (!rows.ok())
        return rows.error();
    QList<Deadline> deadlines;
    while (rows->next()) {
        Deadline d;
        d.uid = rows->value(0).toString();
        d.caseUid = rows->value(1).toString();
        d.caseNumber = rows->value(2).toString();
        d.kind = rows->value(3).toString();
        d.startsOn = QDate::fromString(rows->value(4).toString(), Qt::ISODate);
        d.dueOn = QDate::fromString(rows->value(5).toString(), Qt::ISODate);
        d.extendableMonths = rows->value(6).toInt();
        d.extendedMonths = rows->value(7).toInt();
        d.overdue = d.dueOn < today;
        deadlines << d;
    }
    return deadlines;
}

Result<QList<Deadline>> DeadlineService::openDeadlines(const QString& caseUid)
{
    auto c = CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, caseTarget(c.value())));
    return query(QStringLiteral("c.uid = ?"), {caseUid}, QDate::currentDate());
}

Result<QList<Deadline>> DeadlineService::overdue(const QDate& today)
{
    QF_TRY(m_session.require(Permission::ViewDashboard));
    return query(QStringLiteral("coalesce(d.extended_to, d.due_on) < ?"), {day(today)}, today);
}

Result<QString> DeadlineService::requestExtension(const QString& deadlineUid, int months, const QString& reason)
{
    if (months < 1 || reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("An extension needs a number of months and a reason."));
    auto found = query(QStringLiteral("d.uid = ?"), {deadlineUid}, QDate::currentDate());
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no open deadline with that id."));
    const Deadline deadline = found->first();
    if (deadline.extendedMonths + months > deadline.extendableMonths)
        return makeError(ErrorCode::Invalid, tr("This time limit can be extended by %1 month(s) in all; %2 already "
                                                "granted.")
                                                 .arg(deadline.extendableMonths)
                                                 .arg(deadline.extendedMonths));
    auto c = CaseRepository(m_session.database()).findByUid(deadline.caseUid);
    if (!c.ok())
        return c.error();
    return access::mutate(
        m_session, Permission::ManageCases, caseTarget(c.value()),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
            const QString uid = newUid();
            QF_TRY(storage::execute(db,
                                    QStringLiteral("INSERT INTO deadline_extension (deadline_id, "
                                                   "months, reason, requested_by, status) SELECT id, ?, "
                                                   "?, ?, 'pending' FROM deadline WHERE uid = ?"),
                                    {months, reason.trimmed(), m_session.user().id, deadlineUid}));
            auto id = storage::querySingleValue(db, QStringLiteral("SELECT last_insert_rowid()"));
            if (!id.ok())
                return id.error();
            note.action = QStringLiteral("deadline.extension.request");
            note.summary = tr("%1: %2 month(s), %3").arg(deadline.kind).arg(months).arg(reason.trimmed());
            return id->toString();
        });
}

Status DeadlineService::decideExtension(const QString& extensionUid, bool approve)
{
    return access::mutate(
        m_session, Permission::ApproveSteps, {QStringLiteral("deadline_extension"), extensionUid},
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            auto row = storage::runQuery(db,
                                         QStringLiteral("SELECT e.deadline_id, e.months, e.requested_by FROM "
                                                        "deadline_extension e WHERE e.id = ? AND e.status = 'pending'"),
                                         {extensionUid.toLongLong()});
            if (!row.ok())
                return row.error();
            if (!row->next())
                return makeError(ErrorCode::NotFound, tr("There is no pending extension with that id."));
            const qint64 deadlineId = row->value(0).toLongLong();
            const int months = row->value(1).toInt();
            if (row->value(2).toLongLong() == m_session.user().id)
                return makeError(ErrorCode::PermissionDenied, tr("You cannot approve your own extension."));
            row->finish();
            QF_TRY(
                storage::execute(db,
                                 QStringLiteral("UPDATE deadline_extension SET status = ?, decided_by = ?, decided_at "
                                                "= ? WHERE id = ?"),
                                 {approve ? QStringLiteral("approved") : QStringLiteral("refused"), m_session.user().id,
                                  audit::nowUtcIso(), extensionUid.toLongLong()}));
            if (approve)
                QF_TRY(storage::execute(db,
                                        QStringLiteral("UPDATE deadline SET extended_to = date(coalesce(extended_to, "
                                                       "due_on), '+%1 months') WHERE id = ?")
                                            .arg(months),
                                        {deadlineId}));
            note.action =
                approve ? QStringLiteral("deadline.extension.approve") : QStringLiteral("deadline.extension.refuse");
            note.summary = tr("%1 month(s)").arg(months);
            return {};
        });
}

Result<QString> DeadlineService::startSupervision(const QString& caseUid, const QString& level,
                                                  const QString& requirements, const QDate& dueOn, int reportEveryDays)
{
    if (level.trimmed().isEmpty() || !dueOn.isValid() || dueOn <= QDate::currentDate() || reportEveryDays < 1)
        return makeError(ErrorCode::Invalid,
                         tr("Supervision needs the supervising level, a future due date and a reporting interval."));
    auto c = CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ApproveSteps, caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
                              note.action = QStringLiteral("supervision.start");
                              note.summary = tr("%1 supervision until %2").arg(level.trimmed(), day(dueOn));
                              return startSupervisionWithin(db, c->id, level, requirements, dueOn, reportEveryDays);
                          });
}

Result<QString> DeadlineService::startSupervisionWithin(const QSqlDatabase& db, qint64 caseId, const QString& level,
                                                        const QString& requirements, const QDate& dueOn,
                                                        int reportEveryDays)
{
    const QString uid = newUid();
    QF_TRY(storage::execute(
        db,
        QStringLiteral("INSERT INTO supervision (uid, case_id, level, requirements, started_on, "
                       "due_on, report_every_days) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {uid, caseId, level.trimmed(), requirements, day(QDate::currentDate()), day(dueOn), reportEveryDays}));
    return uid;
}

Status DeadlineService::reportProgress(const QString& supervisionUid, const QDate& on, const QString& progress)
{
    if (progress.trimmed().isEmpty() || !on.isValid() || on > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("A progress report needs its date and what was done."));
    return access::mutate(
        m_session, Permission::ManageCases, {QStringLiteral("supervision"), supervisionUid},
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            auto changed = storage::execute(db,
                                            QStringLiteral("INSERT INTO supervision_report "
                                                           "(supervision_id, reported_on, progress) "
                                                           "SELECT id, ?, ? FROM supervision WHERE uid "
                                                           "= ? AND ended_on IS NULL"),
                                            {day(on), progress.trimmed(), supervisionUid});
            if (!changed.ok())
                return changed.error();
            if (changed.value() == 0)
                return makeError(ErrorCode::NotFound, tr("There is no open supervision with that id."));
            note.action = QStringLiteral("supervision.report");
            note.summary = progress.trimmed().left(200);
            return {};
        });
}

Result<QList<SupervisionDue>> DeadlineService::supervisions(const QString& condition, const QVariantList& values)
{
    auto rows = storage::runQuery(
        m_session.database(),
        QStringLiteral(
            "SELECT s.uid, c.uid, c.number, s.level, s.due_on, date(coalesce((SELECT max(reported_on) FROM "
            "supervision_report r WHERE r.supervision_id = s.id), s.started_on), "
            "'+' || s.report_every_days || ' days'), s.escalated FROM supervision s JOIN case_file c ON c.id "
            "= s.case_id WHERE s.ended_on IS NULL AND %1 ORDER BY s.due_on")
            .arg(condition),
        values);
    if (!rows.ok())
        return rows.error();
    QList<SupervisionDue> due;
    while (rows->next())
        due << SupervisionDue{rows->value(0).toString(),
                              rows->value(1).toString(),
                              rows->value(2).toString(),
                              rows->value(3).toString(),
                              QDate::fromString(rows->value(4).toString(), Qt::ISODate),
                              QDate::fromString(rows->value(5).toString(), Qt::ISODate),
                              rows->value(6).toInt() == 1};
    return due;
}

Result<QList<SupervisionDue>> DeadlineService::supervisionsDue(const QDate& today, int withinDays)
{
    QF_TRY(m_session.require(Permission::ViewDashboard));
    return supervisions(QStringLiteral("s.due_on <= ?"), {day(today.addDays(withinDays))});
}

Result<QList<SupervisionDue>> DeadlineService::escalateOverdue(const QDate& today)
{
    auto all = supervisions(QStringLiteral("s.escalated = 0"), {});
    if (!all.ok())
        return all.error();
    QList<SupervisionDue> overdue;
    for (const SupervisionDue& item : all.value())
        if (item.dueOn < today || item.nextReportDue < today)
            overdue << item;
    if (overdue.isEmpty())
        return overdue;
    auto escalated = access::mutate(m_session, Permission::ApproveSteps, {QStringLiteral("supervision"), {}},
                                    [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                                        QStringList numbers;
                                        for (SupervisionDue& item : overdue) {
                                            QF_TRY(storage::execute(db,
                                                                    QStringLiteral("UPDATE supervision SET escalated = "
                                                                                   "1 WHERE uid = ?"),
                                                                    {item.uid}));
                                            item.escalated = true;
                                            numbers << item.caseNumber;
                                        }
                                        note.action = QStringLiteral("supervision.escalate");
                                        note.summary = numbers.join(QStringLiteral(", "));
                                        return {};
                                    });
    if (!escalated.ok())
        return escalated.error();
    return overdue;
}

} // namespace qf::cases
