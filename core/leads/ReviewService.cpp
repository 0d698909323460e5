#include "leads/ReviewService.h"

#include "access/Mutation.h"
#include "leads/LeadRepository.h"
#include "leads/TransferService.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

namespace qf::leads {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::leads::ReviewService", text);
}

QDate advance(const QDate& date, const QString& frequency)
{
    if (frequency == QLatin1String("weekly"))
        return date.addDays(7);
    if (frequency == QLatin1String("quarterly"))
        return date.addMonths(3);
    return date.addMonths(1);
}

} // namespace

Result<QList<ReviewSchedule>> ReviewService::schedules()
{
    QF_TRY(m_session.require(Permission::ViewLeads));
    return loadSchedules(m_session.database());
}

Result<QList<ReviewSchedule>> ReviewService::loadSchedules(const QSqlDatabase& db)
{
    auto query = storage::runQuery(db, QStringLiteral("SELECT uid, name, level, frequency, quorum, next_date FROM "
                                                      "review_schedule ORDER BY next_date, id"));
    if (!query.ok())
        return query.error();
    QList<ReviewSchedule> schedules;
    while (query->next())
        schedules << ReviewSchedule{
            query->value(0).toString(), query->value(1).toString(),
            query->value(2).toString(), query->value(3).toString(),
            query->value(4).toInt(),    QDate::fromString(query->value(5).toString(), Qt::ISODate)};
    return schedules;
}

Result<QString> ReviewService::recordMeeting(const ReviewMeetingRecord& record)
{
    if (!record.heldOn.isValid())
        return makeError(ErrorCode::Invalid, tr("Enter the date the meeting was held."));
    if (record.decisions.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A review meeting must decide on at least one lead."));
    auto all = schedules();
    if (!all.ok())
        return all.error();
    const ReviewSchedule* schedule = nullptr;
    for (const ReviewSchedule& candidate : all.value())
        if (candidate.uid == record.scheduleUid)
            schedule = &candidate;
    if (!schedule)
        return makeError(ErrorCode::NotFound, tr("Choose the review schedule this meeting belongs to."));
    int present = 0;
    QSet<QString> names;
    for (const Attendee& attendee : record.attendees) {
        if (attendee.name.trimmed().isEmpty() || names.contains(attendee.name.trimmed()))
            return makeError(ErrorCode::Invalid, tr("Each attendee needs a distinct name."));
        names.insert(attendee.name.trimmed());
        present += attendee.present ? 1 : 0;
    }
    if (present < schedule->quorum)
        return makeError(ErrorCode::Invalid,
                         tr("No quorum: %1 of the required %2 members are present, so the meeting cannot decide.")
                             .arg(present)
                             .arg(schedule->quorum));

    return access::mutate(m_session, Permission::ReviewLeads, {QStringLiteral("review_meeting"), {}},
                          [&](const QSqlDatabase& db, audit::AuditNote& note) {
                              return recordWithin(db, m_session.actor(), m_session.auditTrail(), *schedule, record,
                                                  present, note);
                          });
}

Result<QString> ReviewService::recordWithin(const QSqlDatabase& db, const access::Actor& actor,
                                            const audit::AuditTrail& trail, const ReviewSchedule& schedule,
                                            const ReviewMeetingRecord& record, int present, audit::AuditNote& note)
{
    const QString meetingUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto scheduleId =
        storage::querySingleValue(db, QStringLiteral("SELECT id FROM review_schedule WHERE uid = ?"), {schedule.uid});
    if (!scheduleId.ok())
        return scheduleId.error();
    auto meeting = storage::runQuery(
        db,
        QStringLiteral("INSERT INTO review_meeting (uid, schedule_id, held_on, quorum, present, summary, "
                       "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {meetingUid, scheduleId.value(), record.heldOn.toString(Qt::ISODate), schedule.quorum, present, record.summary,
         actor.id, audit::nowUtcIso()});
    if (!meeting.ok())
        return meeting.error();
    const qint64 meetingId = meeting->lastInsertId().toLongLong();
    for (const Attendee& attendee : record.attendees)
        QF_TRY(storage::execute(db,
                                QStringLiteral("INSERT INTO review_attendee (meeting_id, name, present, "
                                               "opinion, dissent) VALUES (?, ?, ?, ?, ?)"),
                                {meetingId, attendee.name.trimmed(), attendee.present ? 1 : 0, attendee.opinion,
                                 attendee.dissent ? 1 : 0}));
    LeadRepository leads(db);
    QSet<QString> decided;
    for (const LeadDecision& decision : record.decisions) {
        if (decided.contains(decision.leadUid))
            return makeError(ErrorCode::Invalid, tr("A meeting decides once per lead."));
        decided.insert(decision.leadUid);
        auto lead = leads.findByUid(decision.leadUid);
        if (!lead.ok())
            return lead.error();
        QF_TRY(LeadService::applyDisposition(db, lead.value(), meetingId, decision.disposition, decision.reason,
                                             record.heldOn, decision.nextReviewDate, decision.followUps, actor.login));
        if (decision.disposition == Disposition::Forward)
            QF_TRY(TransferService::createWithin(db, lead->id, std::nullopt, decision.forward.agency,
                                                 decision.forward.materials, record.heldOn,
                                                 decision.forward.feedbackDue));
        auto entry = trail.append(db, actor.login,
                                  {QStringLiteral("lead.dispose"), QStringLiteral("lead"), lead->uid,
                                   tr("%1: %2 by collective review on %3; reason: %4")
                                       .arg(lead->number, dispositionKey(decision.disposition),
                                            record.heldOn.toString(Qt::ISODate), decision.reason.trimmed())});
        if (!entry.ok())
            return entry.error();
    }
    const QString next = advance(record.heldOn, schedule.frequency).toString(Qt::ISODate);
    QF_TRY(storage::execute(db,
                            QStringLiteral("UPDATE review_schedule SET next_date = ? WHERE uid = ? AND next_date < ?"),
                            {next, schedule.uid, next}));
    note = {QStringLiteral("review.meeting"), QStringLiteral("review_meeting"), meetingUid,
            tr("%1 held on %2: %3 present, %4 leads decided")
                .arg(schedule.name, record.heldOn.toString(Qt::ISODate))
                .arg(present)
                .arg(record.decisions.size())};
    return meetingUid;
}

} // namespace qf::leads
