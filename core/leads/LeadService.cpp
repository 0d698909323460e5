#include "leads/LeadService.h"

#include "access/Mutation.h"
#include "access/UserRepository.h"
#include "documents/NumberingRegistry.h"
#include "leads/LeadRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUuid>
#include <algorithm>

namespace qf::leads {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::leads::LeadService", text);
}

Status validate(const LeadDraft& draft)
{
    if (draft.summary.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Describe the allegation in the summary."));
    if (draft.summary.size() > 20000)
        return makeError(ErrorCode::Invalid,
                         tr("The summary is longer than 20,000 characters; attach the full text instead."));
    if (draft.source.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose the source of the lead."));
    if (draft.subjects.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A lead needs at least one subject."));
    for (const auto& subject : draft.subjects)
        if (subject.name.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("Every subject needs a name."));
    return {};
}

} // namespace

access::AccessTarget leadTarget(const Lead& lead)
{
    return {QStringLiteral("lead"), lead.uid, lead.confidentiality};
}

QDate LeadService::defaultNextReviewDate(const QSqlDatabase& db, const QDate& from)
{
    auto next = storage::querySingleValue(db,
                                          QStringLiteral("SELECT min(next_date) FROM review_schedule WHERE "
                                                         "next_date >= ?"),
                                          {from.toString(Qt::ISODate)});
    const QDate scheduled = next.ok() ? QDate::fromString(next->toString(), Qt::ISODate) : QDate();
    return scheduled.isValid() ? scheduled : from.addDays(7);
}

Result<Lead> LeadService::createWithin(const QSqlDatabase& db, const access::Actor& actor, const LeadDraft& draft)
{
    QF_TRY(validate(draft));
    Lead lead;
    lead.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    lead.source = draft.source;
    lead.allegation = draft.allegation;
    lead.sector = draft.sector;
    lead.cadreLevel = draft.cadreLevel;
    lead.confidentiality = draft.confidentiality;
    lead.summary = draft.summary.trimmed();
    lead.subjects = draft.subjects;
    lead.foundInCaseUid = draft.foundInCaseUid;
    lead.status = LeadStatus::Registered;
    lead.nextReviewDate = defaultNextReviewDate(db, QDate::currentDate());
    auto number = documents::NumberingRegistry(db).issue(documents::numberkinds::lead, QDate::currentDate().year(),
                                                         QStringLiteral("lead"), lead.uid, actor.login);
    if (!number.ok())
        return number.error();
    lead.number = number->text;
    auto stored = LeadRepository(db).insert(lead, actor.id);
    if (!stored.ok())
        return stored.error();
    access::UserRepository users(db);
    QStringList assignees = draft.assignedLogins;
    if (!assignees.contains(actor.login, Qt::CaseInsensitive))
        assignees << actor.login; // whoever registers a confidential lead keeps sight of it
    for (const QString& login : std::as_const(assignees)) {
        auto user = users.findByLogin(login);
        if (!user.ok())
            return user.error();
        QF_TRY(users.assign(user->id, QStringLiteral("lead"), lead.uid, QStringLiteral("member")));
    }
    return stored;
}

Status LeadService::applyDisposition(const QSqlDatabase& db, const Lead& lead, std::optional<qint64> meetingId,
                                     Disposition disposition, const QString& reason, const QDate& decidedOn,
                                     const QDate& nextReviewDate, const QList<FollowUp>& followUps,
                                     const QString& approvedBy)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the reason for the disposition of %1.").arg(lead.number));
    if (lead.status == LeadStatus::Closed)
        return makeError(ErrorCode::Invalid, tr("Lead %1 is already closed.").arg(lead.number));
    QDate next = nextReviewDate;
    if (disposition == Disposition::Hold && (!next.isValid() || next <= decidedOn))
        return makeError(ErrorCode::Invalid,
                         tr("A held lead needs a next review date after the decision (%1).").arg(lead.number));
    if (!next.isValid())
        next = disposition == Disposition::Close || disposition == Disposition::Forward ? decidedOn
                                                                                        : decidedOn.addMonths(2);
    LeadRepository leads(db);
    QF_TRY(leads.recordDisposition(lead.id, meetingId, disposition, reason.trimmed(), decidedOn, approvedBy));
    QF_TRY(leads.setState(lead.id, statusAfter(disposition), disposition, next));
    for (const FollowUp& task : followUps) {
        if (task.description.trimmed().isEmpty() || !task.dueDate.isValid())
            return makeError(ErrorCode::Invalid, tr("A follow-up task needs a description and a due date."));
        QF_TRY(storage::execute(db,
                                QStringLiteral("INSERT INTO follow_up_task (uid, lead_id, description, due_date) "
                                               "VALUES (?, ?, ?, ?)"),
                                {QUuid::createUuid().toString(QUuid::WithoutBraces), lead.id,
                                 task.description.trimmed(), task.dueDate.toString(Qt::ISODate)}));
    }
    return {};
}

Result<Lead> LeadService::registerLead(const LeadDraft& draft)
{
    return access::mutate(m_session, Permission::ManageLeads, {QStringLiteral("lead"), {}, draft.confidentiality},
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<Lead> {
                              auto lead = createWithin(db, m_session.actor(), draft);
                              if (!lead.ok())
                                  return lead;
                              note = {QStringLiteral("lead.register"), QStringLiteral("lead"), lead->uid,
                                      tr("lead %1 registered, source %2").arg(lead->number, lead->source)};
                              return lead;
                          });
}

Result<Lead> LeadService::lead(const QString& uid)
{
    auto found = LeadRepository(m_session.database()).findByUid(uid);
    if (!found.ok())
        return found;
    QF_TRY(m_session.require(Permission::ViewLeads, leadTarget(found.value())));
    if (found->confidentiality >= access::ConfidentialityLevel::Secret) {
        auto entry = m_session.auditStandalone({QStringLiteral("lead.view"), QStringLiteral("lead"), uid,
                                                tr("confidential lead %1 viewed").arg(found->number)});
        if (!entry.ok())
            return entry.error();
    }
    return found;
}

Result<QList<LeadRow>> LeadService::list(const LeadFilter& filter, const QDate& today)
{
    QF_TRY(m_session.require(Permission::ViewLeads));
    return LeadRepository(m_session.database())
        .list(filter, m_session.user().id, m_session.can(Permission::ViewAllConfidential), today);
}

Result<int> LeadService::count(const LeadFilter& filter, const QDate& today)
{
    QF_TRY(m_session.require(Permission::ViewLeads));
    return LeadRepository(m_session.database())
        .count(filter, m_session.user().id, m_session.can(Permission::ViewAllConfidential), today);
}

Result<QList<LeadRow>> LeadService::agenda(const QDate& asOf)
{
    QF_TRY(m_session.require(Permission::ViewLeads));
    return LeadRepository(m_session.database())
        .agenda(asOf, m_session.user().id, m_session.can(Permission::ViewAllConfidential));
}

Result<QList<audit::AuditEntry>> LeadService::timeline(const QString& uid)
{
    auto found = lead(uid);
    if (!found.ok())
        return found.error();
    QStringList targets{uid};
    targets << found->reportUids;
    QStringList marks;
    QVariantList values;
    for (const QString& target : std::as_const(targets)) {
        marks << QStringLiteral("?");
        values << target;
    }
    auto query = storage::runQuery(m_session.database(),
                                   QStringLiteral("SELECT id, at_utc, actor, action, target_type, target_uid, summary "
                                                  "FROM audit_entry WHERE target_uid IN (%1) ORDER BY id")
                                       .arg(marks.join(u',')),
                                   values);
    if (!query.ok())
        return query.error();
    QList<audit::AuditEntry> entries;
    while (query->next()) {
        audit::AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.atUtc = query->value(1).toString();
        entry.actor = query->value(2).toString();
        entry.action = query->value(3).toString();
        entry.targetType = query->value(4).toString();
        entry.targetUid = query->value(5).toString();
        entry.summary = query->value(6).toString();
        entries << entry;
    }
    return entries;
}

Status LeadService::decideSingly(const QString& uid, Disposition disposition, const QString& reason,
                                 const QDate& nextReviewDate, const QList<FollowUp>& followUps)
{
    auto found = LeadRepository(m_session.database()).findByUid(uid);
    if (!found.ok())
        return found.error();
    return access::mutate(
        m_session, Permission::ApproveSteps, leadTarget(found.value()),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            QF_TRY(applyDisposition(db, found.value(), std::nullopt, disposition, reason, QDate::currentDate(),
                                    nextReviewDate, followUps, m_session.login()));
            note.action = QStringLiteral("lead.dispose");
            note.summary = tr("%1: %2 by single approved decision").arg(found->number, dispositionKey(disposition));
            return {};
        });
}

Status LeadService::assign(const QString& uid, const QString& login)
{
    auto found = LeadRepository(m_session.database()).findByUid(uid);
    if (!found.ok())
        return found.error();
    return access::mutate(m_session, Permission::ManageLeads, leadTarget(found.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              access::UserRepository users(db);
                              auto user = users.findByLogin(login);
                              if (!user.ok())
                                  return user.error();
                              QF_TRY(users.assign(user->id, QStringLiteral("lead"), uid, QStringLiteral("member")));
                              note.action = QStringLiteral("lead.assign");
                              note.summary = tr("%1 assigned to lead %2").arg(login, found->number);
                              return {};
                          });
}

Status LeadService::completeFollowUp(const QString& taskUid)
{
    return access::mutate(m_session, Permission::ManageLeads, {QStringLiteral("follow_up"), {}},
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              auto changed = storage::execute(
                                  db,
                                  QStringLiteral("UPDATE follow_up_task SET done_at = ?, done_by = ? WHERE uid = ? AND "
                                                 "done_at IS NULL"),
                                  {audit::nowUtcIso(), m_session.user().id, taskUid});
                              if (!changed.ok())
                                  return changed.error();
                              if (changed.value() == 0)
                                  return makeError(ErrorCode::NotFound, tr("No open follow-up task with that id."));
                              note = {QStringLiteral("follow_up.done"), QStringLiteral("follow_up"), taskUid, {}};
                              return {};
                          });
}

Result<QList<FollowUpTask>> LeadService::followUpsOf(const QString& leadUid, bool includeDone)
{
    auto found = LeadRepository(m_session.database()).findByUid(leadUid);
    if (!found.ok())
        return found.error();
    QF_TRY(m_session.require(Permission::ViewLeads, leadTarget(found.value())));
    auto query = storage::runQuery(m_session.database(),
                                   QStringLiteral("SELECT uid, description, due_date, coalesce(done_at, '') FROM "
                                                  "follow_up_task WHERE lead_id = ? AND (? OR done_at IS NULL) "
                                                  "ORDER BY due_date, id"),
                                   {found->id, includeDone ? 1 : 0});
    if (!query.ok())
        return query.error();
    QList<FollowUpTask> tasks;
    while (query->next()) {
        FollowUpTask task;
        task.uid = query->value(0).toString();
        task.description = query->value(1).toString();
        task.dueDate = QDate::fromString(query->value(2).toString(), Qt::ISODate);
        task.doneAt = query->value(3).toString();
        tasks << task;
    }
    return tasks;
}

Result<QList<StaffMember>> LeadService::assignableStaff()
{
    QF_TRY(m_session.require(Permission::ManageLeads));
    auto users = access::UserRepository(m_session.database()).list();
    if (!users.ok())
        return users.error();
    QList<StaffMember> staff;
    for (const access::User& user : users.value()) {
        if (user.disabled)
            continue;
        bool works = false;
        for (access::Role role : user.roles)
            works = works || access::roleHasPermission(role, Permission::ManageLeads);
        if (works)
            staff << StaffMember{user.login, user.displayName};
    }
    std::sort(staff.begin(), staff.end(),
              [](const StaffMember& a, const StaffMember& b) { return a.login.compare(b.login) < 0; });
    return staff;
}

} // namespace qf::leads
