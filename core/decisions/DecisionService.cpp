#include "decisions/DecisionService.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

namespace qf::decisions {

using access::Permission;

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::decisions::DecisionService)
};

Status validate(const CollectiveDecisionDraft& draft, int& present)
{
    if (!draft.heldOn.isValid() || draft.heldOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, Messages::tr("Enter the date the meeting was held (not in the future)."));
    if (draft.meetingType.isEmpty())
        return makeError(ErrorCode::Invalid, Messages::tr("Choose the type of meeting."));
    if (draft.conclusion.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Messages::tr("Record the conclusion of the meeting."));
    if (draft.quorum < 1)
        return makeError(ErrorCode::Invalid, Messages::tr("Set the quorum of the meeting."));
    QSet<QString> names;
    present = 0;
    for (const leads::Attendee& member : draft.members) {
        const QString name = member.name.trimmed();
        if (name.isEmpty() || names.contains(name))
            return makeError(ErrorCode::Invalid, Messages::tr("Each member needs a distinct name."));
        names.insert(name);
        if (member.present && member.opinion.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, Messages::tr("Record the opinion of %1, dissent included.").arg(name));
        present += member.present ? 1 : 0;
    }
    if (present < draft.quorum)
        return makeError(ErrorCode::Invalid,
                         Messages::tr("No quorum: %1 of the required %2 members were present; the decision "
                                      "is not valid.")
                             .arg(present)
                             .arg(draft.quorum));
    return {};
}

} // namespace

Result<QString> DecisionService::record(const CollectiveDecisionDraft& draft)
{
    int present = 0;
    QF_TRY(validate(draft, present));
    auto c = cases::CaseRepository(m_session.database()).findByUid(draft.caseUid);
    if (!c.ok())
        return c.error();
    const cases::Case target = c.value();
    return access::mutate(m_session, Permission::ApproveSteps, cases::caseTarget(target),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) {
                              return recordWithin(db, m_session.actor(), target.id, draft, present, note);
                          });
}

Result<QString> DecisionService::recordWithin(const QSqlDatabase& db, const access::Actor& actor, qint64 caseId,
                                              const CollectiveDecisionDraft& draft, int present, audit::AuditNote& note)
{
    QVariant supersedes(QMetaType(QMetaType::LongLong));
    if (!draft.supersedesUid.isEmpty()) {
        auto old = storage::runQuery(db,
                                     QStringLiteral("SELECT id, superseded_by FROM collective_decision WHERE uid "
                                                    "= ? AND case_id = ?"),
                                     {draft.supersedesUid, caseId});
        if (!old.ok())
            return old.error();
        if (!old->next())
            return makeError(ErrorCode::NotFound, Messages::tr("The decision to supersede is not one of this case."));
        if (!old->value(1).isNull())
            return makeError(ErrorCode::Invalid, Messages::tr("That decision was already superseded."));
        supersedes = old->value(0);
    }
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto inserted = storage::runQuery(
        db,
        QStringLiteral("INSERT INTO collective_decision (uid, case_id, meeting_type, held_on, quorum, present, "
                       "conclusion, decided_items, signed_by, signed_at, supersedes) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)"),
        {uid, caseId, draft.meetingType, draft.heldOn.toString(Qt::ISODate), draft.quorum, present,
         draft.conclusion.trimmed(), draft.decidedItems.join(u'\n'), actor.id, audit::nowUtcIso(), supersedes});
    if (!inserted.ok())
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    for (const leads::Attendee& member : draft.members)
        QF_TRY(storage::execute(
            db,
            QStringLiteral("INSERT INTO decision_member (decision_id, name, present, "
                           "opinion, dissent) VALUES (?, ?, ?, ?, ?)"),
            {id, member.name.trimmed(), member.present ? 1 : 0, member.opinion, member.dissent ? 1 : 0}));
    if (!supersedes.isNull())
        QF_TRY(storage::execute(db, QStringLiteral("UPDATE collective_decision SET superseded_by = ? WHERE id = ?"),
                                {id, supersedes}));
    note.action = QStringLiteral("decision.sign");
    note.summary =
        Messages::tr("%1 of %2: %3 present of quorum %4%5")
            .arg(draft.meetingType, draft.heldOn.toString(Qt::ISODate))
            .arg(present)
            .arg(draft.quorum)
            .arg(draft.supersedesUid.isEmpty() ? QString() : Messages::tr("; supersedes %1").arg(draft.supersedesUid));
    return uid;
}

Result<QList<CollectiveDecision>> DecisionService::history(const QString& caseUid)
{
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(c.value())));
    auto query = storage::runQuery(
        m_session.database(),
        QStringLiteral(
            "SELECT d.id, d.uid, d.meeting_type, d.held_on, d.quorum, d.present, d.conclusion, "
            "d.decided_items, u.login, d.signed_at, coalesce(o.uid, ''), coalesce(n.uid, '') FROM "
            "collective_decision d JOIN app_user u ON u.id = d.signed_by LEFT JOIN collective_decision o ON "
            "o.id = d.supersedes LEFT JOIN collective_decision n ON n.id = d.superseded_by WHERE d.case_id = "
            "? ORDER BY d.id"),
        {c->id});
    if (!query.ok())
        return query.error();
    QList<CollectiveDecision> decisions;
    QList<qint64> ids;
    while (query->next()) {
        CollectiveDecision d;
        ids << query->value(0).toLongLong();
        d.uid = query->value(1).toString();
        d.meetingType = query->value(2).toString();
        d.heldOn = QDate::fromString(query->value(3).toString(), Qt::ISODate);
        d.quorum = query->value(4).toInt();
        d.present = query->value(5).toInt();
        d.conclusion = query->value(6).toString();
        d.decidedItems = query->value(7).toString().split(u'\n', Qt::SkipEmptyParts);
        d.signedBy = query->value(8).toString();
        d.signedAt = query->value(9).toString();
        d.supersedesUid = query->value(10).toString();
        d.supersededByUid = query->value(11).toString();
        decisions << d;
    }
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        auto members = storage::runQuery(m_session.database(),
                                         QStringLiteral("SELECT name, present, opinion, dissent FROM decision_member "
                                                        "WHERE decision_id = ? ORDER BY rowid"),
                                         {ids.at(i)});
        if (!members.ok())
            return members.error();
        while (members->next())
            decisions[i].members << leads::Attendee{members->value(0).toString(), members->value(1).toInt() == 1,
                                                    members->value(2).toString(), members->value(3).toInt() == 1};
    }
    return decisions;
}

} // namespace qf::decisions
