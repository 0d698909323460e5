#include "cases/CoordinationRepository.h"

#include "audit/AuditTrail.h"
#include "storage/Sql.h"

namespace qf::cases {

namespace {

QVariant optionalDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Result<qint64> caseOf(const QSqlDatabase& db, const QString& table, const QString& uid)
{
    auto found =
        storage::querySingleValue(db, QStringLiteral("SELECT case_id FROM %1 WHERE uid = ?").arg(table), {uid});
    if (!found.ok())
        return found.error();
    if (found->isNull())
        return makeError(ErrorCode::NotFound, QStringLiteral("no %1 %2").arg(table, uid));
    return found->toLongLong();
}

} // namespace

Status CoordinationRepository::insertTransfer(const QString& uid, qint64 caseId, const CaseTransferDraft& draft,
                                              qint64 userId)
{
    QF_TRY(storage::execute(
        m_db,
        QStringLiteral("INSERT INTO case_transfer (uid, case_id, direction, agency_kind, agency, materials, "
                       "transfer_on, feedback_due, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {uid, caseId, draft.outgoing ? QStringLiteral("out") : QStringLiteral("in"), draft.agencyKind,
         draft.agency.trimmed(), draft.materials.join(u'\n'), draft.transferOn.toString(Qt::ISODate),
         optionalDate(draft.feedbackDue), userId, audit::nowUtcIso()}));
    return {};
}

Status CoordinationRepository::insertAssistanceRequest(const QString& uid, qint64 caseId,
                                                       const AssistanceRequestDraft& draft, qint64 userId)
{
    QF_TRY(storage::execute(m_db,
                            QStringLiteral("INSERT INTO assistance_request (uid, case_id, recipient_kind, recipient, "
                                           "request, sent_on, reply_due, recorded_by, recorded_at) VALUES (?, ?, ?, ?, "
                                           "?, ?, ?, ?, ?)"),
                            {uid, caseId, draft.recipientKind, draft.recipient.trimmed(), draft.request.trimmed(),
                             draft.sentOn.toString(Qt::ISODate), draft.replyDue.toString(Qt::ISODate), userId,
                             audit::nowUtcIso()}));
    return {};
}

Result<qint64> CoordinationRepository::caseOfTransfer(const QString& uid) const
{
    return caseOf(m_db, QStringLiteral("case_transfer"), uid);
}

Result<qint64> CoordinationRepository::caseOfAssistanceRequest(const QString& uid) const
{
    return caseOf(m_db, QStringLiteral("assistance_request"), uid);
}

Result<bool> CoordinationRepository::recordTransferFeedback(const QString& uid, const QDate& on,
                                                            const QString& feedback)
{
    auto changed = storage::execute(m_db,
                                    QStringLiteral("UPDATE case_transfer SET feedback_on = ?, feedback = ? WHERE uid = "
                                                   "? AND feedback_on IS NULL AND transfer_on <= ?"),
                                    {on.toString(Qt::ISODate), feedback, uid, on.toString(Qt::ISODate)});
    if (!changed.ok())
        return changed.error();
    return changed.value() > 0;
}

Result<bool> CoordinationRepository::recordAssistanceReply(const QString& uid, const QDate& on, const QString& reply)
{
    auto changed = storage::execute(m_db,
                                    QStringLiteral("UPDATE assistance_request SET replied_on = ?, reply = ? WHERE uid "
                                                   "= ? AND replied_on IS NULL AND sent_on <= ?"),
                                    {on.toString(Qt::ISODate), reply, uid, on.toString(Qt::ISODate)});
    if (!changed.ok())
        return changed.error();
    return changed.value() > 0;
}

Result<QList<CaseTransfer>> CoordinationRepository::transfersOf(qint64 caseId) const
{
    auto query = storage::runQuery(m_db,
                                   QStringLiteral("SELECT uid, direction, agency_kind, agency, materials, transfer_on, "
                                                  "coalesce(feedback_due, ''), coalesce(feedback_on, ''), feedback "
                                                  "FROM case_transfer WHERE case_id = ? ORDER BY transfer_on, id"),
                                   {caseId});
    if (!query.ok())
        return query.error();
    QList<CaseTransfer> transfers;
    while (query->next())
        transfers << CaseTransfer{query->value(0).toString(),
                                  query->value(1).toString() == QLatin1String("out"),
                                  query->value(2).toString(),
                                  query->value(3).toString(),
                                  query->value(4).toString().split(u'\n', Qt::SkipEmptyParts),
                                  dateOf(query->value(5)),
                                  dateOf(query->value(6)),
                                  dateOf(query->value(7)),
                                  query->value(8).toString()};
    return transfers;
}

Result<QList<AssistanceRequest>> CoordinationRepository::assistanceRequestsOf(qint64 caseId) const
{
    return selectRequests(QStringLiteral("case_id = ?"), caseId);
}

Result<AssistanceRequest> CoordinationRepository::assistanceRequest(const QString& uid) const
{
    auto found = selectRequests(QStringLiteral("uid = ?"), uid);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no assistance request %1").arg(uid));
    return found->first();
}

Result<QList<AssistanceRequest>> CoordinationRepository::selectRequests(const QString& condition,
                                                                        const QVariant& value) const
{
    auto query = storage::runQuery(m_db,
                                   QStringLiteral("SELECT uid, recipient_kind, recipient, request, sent_on, reply_due, "
                                                  "coalesce(replied_on, ''), reply FROM assistance_request WHERE ") +
                                       condition + QStringLiteral(" ORDER BY sent_on, id"),
                                   {value});
    if (!query.ok())
        return query.error();
    QList<AssistanceRequest> requests;
    while (query->next())
        requests << AssistanceRequest{query->value(0).toString(), query->value(1).toString(),
                                      query->value(2).toString(), query->value(3).toString(),
                                      dateOf(query->value(4)),    dateOf(query->value(5)),
                                      dateOf(query->value(6)),    query->value(7).toString()};
    return requests;
}

Result<QList<AwaitedReply>> CoordinationRepository::awaitedBy(const QDate& horizon, const QDate& asOf,
                                                              const access::RecordVisibility& visibility) const
{
    QVariantList values{horizon.toString(Qt::ISODate)};
    const QString transferVisible = visibility.caseCondition(QStringLiteral("c"), values);
    values << horizon.toString(Qt::ISODate);
    const QString requestVisible = visibility.caseCondition(QStringLiteral("c"), values);
    auto query = storage::runQuery(
        m_db,
        QStringLiteral("SELECT 0, t.uid, c.uid, c.number, t.agency, t.transfer_on, t.feedback_due FROM case_transfer t "
                       "JOIN case_file c ON c.id = t.case_id WHERE t.feedback_on IS NULL AND t.feedback_due IS NOT "
                       "NULL AND t.feedback_due <= ? AND %1 UNION ALL SELECT 1, r.uid, c.uid, c.number, r.recipient, "
                       "r.sent_on, r.reply_due FROM assistance_request r JOIN case_file c ON c.id = r.case_id WHERE "
                       "r.replied_on IS NULL AND r.reply_due <= ? AND %2 ORDER BY 7, 2")
            .arg(transferVisible, requestVisible),
        values);
    if (!query.ok())
        return query.error();
    QList<AwaitedReply> awaited;
    while (query->next()) {
        AwaitedReply reply;
        reply.kind =
            query->value(0).toInt() == 0 ? AwaitedReply::Kind::Transfer : AwaitedReply::Kind::AssistanceRequest;
        reply.uid = query->value(1).toString();
        reply.caseUid = query->value(2).toString();
        reply.caseNumber = query->value(3).toString();
        reply.counterpart = query->value(4).toString();
        reply.sentOn = dateOf(query->value(5));
        reply.dueOn = dateOf(query->value(6));
        reply.overdue = reply.dueOn < asOf;
        awaited << reply;
    }
    return awaited;
}

} // namespace qf::cases
