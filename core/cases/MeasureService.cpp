#include "cases/MeasureService.h"

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
    return QCoreApplication::translate("qf::cases::MeasureService", text);
}

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

struct MeasureRow
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind;
    QString status;
    qint64 requestedBy = 0;
    QDateTime validFrom;
    QDateTime validUntil;
};

Result<MeasureRow> findMeasure(const QSqlDatabase& db, const QString& uid)
{
    auto query =
        storage::runQuery(db,
                          QStringLiteral("SELECT id, case_id, kind, status, requested_by, valid_from, valid_until "
                                         "FROM measure WHERE uid = ?"),
                          {uid});
    if (!query.ok())
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("There is no such measure."));
    return MeasureRow{query->value(0).toLongLong(),
                      query->value(1).toLongLong(),
                      query->value(2).toString(),
                      query->value(3).toString(),
                      query->value(4).toLongLong(),
                      QDateTime::fromString(query->value(5).toString(), Qt::ISODateWithMs),
                      QDateTime::fromString(query->value(6).toString(), Qt::ISODateWithMs)};
}

// A measure can be used only when approved and only inside its validity period.
Status usableAt(const MeasureRow& measure, const QDateTime& when)
{
    if (measure.status != QLatin1String("approved") && measure.status != QLatin1String("executed"))
        return makeError(ErrorCode::Invalid,
                         tr("The measure is %1; only an approved measure can be used.").arg(measure.status));
    if (!when.isValid() || when < measure.validFrom || when > measure.validUntil)
        return makeError(ErrorCode::Invalid, tr("The measure is valid from %1 to %2 only; it cannot be used at %3.")
                                                 .arg(measure.validFrom.toLocalTime().toString(Qt::ISODate),
                                                      measure.validUntil.toLocalTime().toString(Qt::ISODate),
                                                      when.toLocalTime().toString(Qt::ISODate)));
    return {};
}

} // namespace

Result<QString> MeasureService::request(const MeasureRequest& request)
{
    if (request.basis.trimmed().isEmpty() || request.justification.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A measure needs its legal basis and a justification."));
    const QSqlDatabase db = m_session.database();
    auto kind = storage::querySingleValue(
        db, QStringLiteral("SELECT label FROM category WHERE kind = 'measure' AND code = ?"), {request.kind});
    if (!kind.ok())
        return kind.error();
    if (kind->isNull())
        return makeError(ErrorCode::Invalid, tr("'%1' is not a configured kind of measure.").arg(request.kind));
    auto c = CaseRepository(db).findByUid(request.caseUid);
    if (!c.ok())
        return c.error();
    auto onTeam =
        CaseRepository(db).servedAs(c->id, m_session.user().id, {TeamRole::LeadInvestigator, TeamRole::Member});
    if (!onTeam.ok())
        return onTeam.error();
    if (!onTeam.value())
        return makeError(ErrorCode::PermissionDenied, tr("Only the case team may request measures."));
    return access::mutate(
        m_session, Permission::ManageCases, caseTarget(c.value()),
        [&](const QSqlDatabase& tx, audit::AuditNote& note) -> Result<QString> {
            const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QF_TRY(storage::execute(tx,
                                    QStringLiteral("INSERT INTO measure (uid, case_id, kind, basis, "
                                                   "justification, target, requested_by, requested_at) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                    {uid, c->id, request.kind, request.basis.trimmed(), request.justification.trimmed(),
                                     request.target.trimmed(), m_session.user().id, audit::nowUtcIso()}));
            note.action = QStringLiteral("measure.request");
            note.summary = tr("%1 requested: %2").arg(request.kind, request.basis.trimmed());
            return uid;
        });
}

Result<QString> MeasureService::insertApprovedWithin(const QSqlDatabase& db, qint64 caseId,
                                                     const MeasureRequest& request, qint64 requestedBy,
                                                     qint64 approvedBy, const QDateTime& validFrom,
                                                     const QDateTime& validUntil)
{
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QF_TRY(
        storage::execute(db,
                         QStringLiteral("INSERT INTO measure (uid, case_id, kind, basis, justification, target, "
                                        "requested_by, requested_at, status, approved_by, approved_at, valid_from, "
                                        "valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'approved', ?, ?, ?, ?)"),
                         {uid, caseId, request.kind, request.basis, request.justification, request.target, requestedBy,
                          audit::nowUtcIso(), approvedBy, audit::nowUtcIso(), iso(validFrom), iso(validUntil)}));
    return uid;
}

Status MeasureService::changeStatus(const QString& measureUid, Permission permission, const QString& from,
                                    const QString& action,
                                    const std::function<Status(const QSqlDatabase&, qint64)>& body)
{
    auto measure = findMeasure(m_session.database(), measureUid);
    if (!measure.ok())
        return measure.error();
    auto c = CaseRepository(m_session.database()).findById(measure->caseId);
    if (!c.ok())
        return c.error();
    if (!from.split(u'|').contains(measure->status))
        return makeError(ErrorCode::Invalid, tr("The measure is %1.").arg(measure->status));
    return access::mutate(m_session, permission, caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              QF_TRY(body(db, measure->id));
                              note.action = action;
                              note.summary = measure->kind;
                              return {};
                          });
}

Status MeasureService::approve(const QString& measureUid, const QDateTime& validFrom, const QDateTime& validUntil)
{
    if (!validFrom.isValid() || !validUntil.isValid() || validUntil <= validFrom)
        return makeError(ErrorCode::Invalid, tr("The end of the validity period must come after its start."));
    auto measure = findMeasure(m_session.database(), measureUid);
    if (measure.ok() && measure->requestedBy == m_session.user().id)
        return makeError(ErrorCode::PermissionDenied, tr("You cannot approve a measure you requested."));
    return changeStatus(
        measureUid, Permission::ApproveSteps, QStringLiteral("requested"), QStringLiteral("measure.approve"),
        [&](const QSqlDatabase& db, qint64 id) -> Status {
            QF_TRY(storage::execute(db,
                                    QStringLiteral("UPDATE measure SET status = 'approved', approved_by = "
                                                   "?, approved_at = ?, valid_from = ?, valid_until = ? "
                                                   "WHERE id = ?"),
                                    {m_session.user().id, audit::nowUtcIso(), iso(validFrom), iso(validUntil), id}));
            return {};
        });
}

Status MeasureService::refuse(const QString& measureUid, const QString& note)
{
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the measure is refused."));
    return changeStatus(measureUid, Permission::ApproveSteps, QStringLiteral("requested"),
                        QStringLiteral("measure.refuse"), [&](const QSqlDatabase& db, qint64 id) -> Status {
                            QF_TRY(
                                storage::execute(db,
                                                 QStringLiteral("UPDATE measure SET status = 'refused', approved_by = "
                                                                "?, approved_at = ?, result = ? WHERE id = ?"),
                                                 {m_session.user().id, audit::nowUtcIso(), note.trimmed(), id}));
                            return {};
                        });
}

Status MeasureService::recordExecution(const QString& measureUid, const QDateTime& executedAt, const QString& execution,
                                       const QString& result)
{
    if (execution.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Describe how the measure was carried out."));
    auto measure = findMeasure(m_session.database(), measureUid);
    if (!measure.ok())
        return measure.error();
    QF_TRY(usableAt(measure.value(), executedAt));
    return changeStatus(measureUid, Permission::ManageCases, QStringLiteral("approved|executed"),
                        QStringLiteral("measure.execute"), [&](const QSqlDatabase& db, qint64 id) -> Status {
                            QF_TRY(
                                storage::execute(db,
                                                 QStringLiteral("UPDATE measure SET status = 'executed', executed_at "
                                                                "= ?, execution = ?, result = ? WHERE id = ?"),
                                                 {iso(executedAt), execution.trimmed(), result.trimmed(), id}));
                            return {};
                        });
}

Status MeasureService::end(const QString& measureUid, const QString& note)
{
    return changeStatus(
        measureUid, Permission::ManageCases, QStringLiteral("approved|executed"), QStringLiteral("measure.end"),
        [&](const QSqlDatabase& db, qint64 id) -> Status {
            QF_TRY(storage::execute(db,
                                    QStringLiteral("UPDATE measure SET status = 'ended', result = "
                                                   "CASE WHEN result = '' THEN ? ELSE result END WHERE id = ?"),
                                    {note.trimmed(), id}));
            return {};
        });
}

Result<QList<Measure>> MeasureService::measuresOf(const QString& caseUid)
{
    auto c = CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, caseTarget(c.value())));
    auto query = storage::runQuery(m_session.database(),
                                   QStringLiteral("SELECT m.uid, m.kind, m.basis, m.justification, m.target, m.status, "
                                                  "u.login, m.valid_from, m.valid_until, coalesce(m.executed_at, ''), "
                                                  "m.result FROM measure m JOIN app_user u ON u.id = m.requested_by "
                                                  "WHERE m.case_id = ? ORDER BY m.id"),
                                   {c->id});
    if (!query.ok())
        return query.error();
    QList<Measure> measures;
    while (query->next())
        measures << Measure{query->value(0).toString(),
                            query->value(1).toString(),
                            query->value(2).toString(),
                            query->value(3).toString(),
                            query->value(4).toString(),
                            query->value(5).toString(),
                            query->value(6).toString(),
                            QDateTime::fromString(query->value(7).toString(), Qt::ISODateWithMs),
                            QDateTime::fromString(query->value(8).toString(), Qt::ISODateWithMs),
                            query->value(9).toString(),
                            query->value(10).toString()};
    return measures;
}

Result<QString> MeasureService::recordTalk(const TalkRecordDraft& draft)
{
    QStringList staff;
    for (const QString& name : draft.staff)
        if (!name.trimmed().isEmpty() && !staff.contains(name.trimmed()))
            staff << name.trimmed();
    if (staff.size() < 2)
        return makeError(ErrorCode::Invalid, tr("A talk needs at least two staff present."));
    if (draft.venue.trimmed().isEmpty() || draft.interviewee.trimmed().isEmpty() || draft.content.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Record the venue, who was talked to and what was said."));
    if (!draft.startedAt.isValid() || !draft.endedAt.isValid() || draft.endedAt <= draft.startedAt)
        return makeError(ErrorCode::Invalid, tr("The talk must end after it starts."));
    const QSqlDatabase db = m_session.database();
    auto measure = findMeasure(db, draft.measureUid);
    if (!measure.ok())
        return makeError(ErrorCode::Invalid, tr("A talk can only be held under an approved talk measure."));
    if (measure->kind != QLatin1String("talk"))
        return makeError(ErrorCode::Invalid, tr("The measure is not a talk measure."));
    QF_TRY(usableAt(measure.value(), draft.startedAt));
    auto c = CaseRepository(db).findByUid(draft.caseUid);
    if (!c.ok())
        return c.error();
    if (c->id != measure->caseId)
        return makeError(ErrorCode::Invalid, tr("The talk measure belongs to another case."));
    return access::mutate(
        m_session, Permission::ManageCases, caseTarget(c.value()),
        [&](const QSqlDatabase& tx, audit::AuditNote& note) -> Result<QString> {
            const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QF_TRY(
                storage::execute(tx,
                                 QStringLiteral("INSERT INTO talk_record (uid, case_id, measure_id, venue, started_at, "
                                                "ended_at, interviewee, staff, content, recorded_by, recorded_at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {uid, c->id, measure->id, draft.venue.trimmed(), iso(draft.startedAt),
                                  iso(draft.endedAt), draft.interviewee.trimmed(), staff.join(u'、'), draft.content,
                                  m_session.user().id, audit::nowUtcIso()}));
            QF_TRY(storage::execute(
                tx,
                QStringLiteral("UPDATE measure SET status = 'executed', executed_at = coalesce("
                               "executed_at, ?), execution = CASE WHEN execution = '' THEN ? ELSE "
                               "execution END WHERE id = ?"),
                {iso(draft.startedAt), tr("talk held at %1").arg(draft.venue.trimmed()), measure->id}));
            note.action = QStringLiteral("talk.record");
            note.summary = tr("talk at %1, %2 to %3, staff %4")
                               .arg(draft.venue.trimmed(), draft.startedAt.toString(Qt::ISODate),
                                    draft.endedAt.toString(Qt::ISODate), staff.join(u'、'));
            return uid;
        });
}

} // namespace qf::cases
