#include "reporting/IntegrityOpinionRepository.h"

#include "audit/AuditTrail.h"
#include "people/Masking.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::reporting {

using storage::execute;
using storage::runQuery;

namespace {

QString reviewKey(ReviewState state)
{
    switch (state) {
    case ReviewState::Pending:
        break;
    case ReviewState::Confirmed:
        return QStringLiteral("confirmed");
    case ReviewState::Amended:
        return QStringLiteral("amended");
    }
    return QStringLiteral("pending");
}

ReviewState reviewFromKey(const QString& key)
{
    if (key == QLatin1String("confirmed"))
        return ReviewState::Confirmed;
    if (key == QLatin1String("amended"))
        return ReviewState::Amended;
    return ReviewState::Pending;
}

} // namespace

Result<QPair<qint64, QString>> IntegrityOpinionRepository::insertRequest(const OpinionRequestDraft& draft,
                                                                         qint64 createdBy)
{
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto inserted = runQuery(m_db,
                             QStringLiteral("INSERT INTO integrity_request (uid, requesting_unit, reference, "
                                            "received_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                             {uid, draft.requestingUnit.trimmed(), draft.reference.trimmed(),
                              draft.receivedOn.toString(Qt::ISODate), createdBy, audit::nowUtcIso()});
    if (!inserted.ok())
        return inserted.error();
    return qMakePair(inserted->lastInsertId().toLongLong(), uid);
}

Status IntegrityOpinionRepository::insertEntry(qint64 requestId, int seq, const RequestedPerson& person)
{
    QF_TRY(execute(m_db,
                   QStringLiteral("INSERT INTO integrity_request_entry (request_id, seq, name, id_number, unit, "
                                  "position, proposed_post) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {requestId, seq, person.name.trimmed(), person.idNumber.trimmed().toUpper(), person.unit.trimmed(),
                    person.position.trimmed(), person.proposedPost.trimmed()}));
    return {};
}

Status IntegrityOpinionRepository::storeEvaluation(qint64 requestId, int seq, const Match& match,
                                                   const std::optional<ComputedConclusion>& computed)
{
    const ComputedConclusion facts = computed.value_or(ComputedConclusion{});
    QVariant personId(QMetaType(QMetaType::LongLong));
    if (match.personId != 0)
        personId = match.personId;
    QF_TRY(execute(
        m_db,
        QStringLiteral("UPDATE integrity_request_entry SET match = ?, person_id = ?, conclusion = ?, "
                       "reports = ?, open_matters = ?, open_cases = ?, sanctions = ?, sanction_ends_on = ?, detail = ? "
                       "WHERE request_id = ? AND seq = ?"),
        {matchKindKey(match.kind), personId, computed ? opinionConclusionKey(facts.conclusion) : QString(),
         facts.reports, facts.openMatters, facts.openCases, facts.sanctions, facts.sanctionEndsOn.toString(Qt::ISODate),
         facts.detail, requestId, seq}));
    QF_TRY(execute(m_db,
                   QStringLiteral("DELETE FROM integrity_match_candidate WHERE entry_id = (SELECT id FROM "
                                  "integrity_request_entry WHERE request_id = ? AND seq = ?)"),
                   {requestId, seq}));
    for (const MatchCandidate& candidate : match.candidates)
        QF_TRY(execute(m_db,
                       QStringLiteral("INSERT INTO integrity_match_candidate (entry_id, person_id) SELECT id, ? FROM "
                                      "integrity_request_entry WHERE request_id = ? AND seq = ?"),
                       {candidate.personId, requestId, seq}));
    return {};
}

Status IntegrityOpinionRepository::storeReview(qint64 requestId, int seq, ReviewState state,
                                               OpinionConclusion conclusion, const QString& detail,
                                               const QString& reason, qint64 reviewerId)
{
    QF_TRY(execute(m_db,
                   QStringLiteral("UPDATE integrity_request_entry SET review = ?, final_conclusion = ?, final_detail "
                                  "= ?, review_reason = ?, reviewed_by = ?, reviewed_at = ? WHERE request_id = ? AND "
                                  "seq = ?"),
                   {reviewKey(state), opinionConclusionKey(conclusion), detail, reason, reviewerId, audit::nowUtcIso(),
                    requestId, seq}));
    return {};
}

Status IntegrityOpinionRepository::markReplied(qint64 requestId, const QString& number, qint64 userId)
{
    QF_TRY(execute(m_db,
                   QStringLiteral("UPDATE integrity_request SET reply_number = ?, replied_by = ?, replied_at = ? "
                                  "WHERE id = ?"),
                   {number, userId, audit::nowUtcIso(), requestId}));
    return {};
}

Result<qint64> IntegrityOpinionRepository::requestId(const QString& uid) const
{
    auto id = storage::querySingleValue(m_db, QStringLiteral("SELECT id FROM integrity_request WHERE uid = ?"), {uid});
    if (!id.ok())
        return id.error();
    if (id->isNull())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("qf::reporting::IntegrityOpinion",
                                                     "There is no such integrity opinion request."));
    return id->toLongLong();
}

Result<QList<MatchCandidate>> IntegrityOpinionRepository::candidates(qint64 entryId) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT p.id, p.name, p.id_number, p.unit, p.position FROM "
                                         "integrity_match_candidate c JOIN person p ON p.id = c.person_id WHERE "
                                         "c.entry_id = ? ORDER BY p.id"),
                          {entryId});
    if (!query.ok())
        return query.error();
    QList<MatchCandidate> list;
    while (query->next())
        list << MatchCandidate{query->value(0).toLongLong(), query->value(1).toString(),
                               people::maskIdNumber(query->value(2).toString()), query->value(3).toString(),
                               query->value(4).toString()};
    return list;
}

Result<OpinionRequest> IntegrityOpinionRepository::load(const QString& uid) const
{
    auto head = runQuery(m_db,
                         QStringLiteral("SELECT id, requesting_unit, reference, received_on, created_at, reply_number, "
                                        "coalesce(replied_at, '') FROM integrity_request WHERE uid = ?"),
                         {uid});
    if (!head.ok())
        return head.error();
    if (!head->next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("qf::reporting::IntegrityOpinion",
                                                     "There is no such integrity opinion request."));
    OpinionRequest request;
    const qint64 id = head->value(0).toLongLong();
    request.uid = uid;
    request.requestingUnit = head->value(1).toString();
    request.reference = head->value(2).toString();
    request.receivedOn = QDate::fromString(head->value(3).toString(), Qt::ISODate);
    request.createdAt = head->value(4).toString();
    request.replyNumber = head->value(5).toString();
    request.repliedAt = head->value(6).toString();
    auto entries = runQuery(
        m_db,
        QStringLiteral(
            "SELECT e.id, e.seq, e.name, e.id_number, e.unit, e.position, e.proposed_post, e.match, "
            "coalesce(e.person_id, 0), e.conclusion, e.reports, e.open_matters, e.sanctions, "
            "e.sanction_ends_on, e.detail, e.review, e.final_conclusion, e.final_detail, e.review_reason, "
            "coalesce(u.display_name, ''), coalesce(e.reviewed_at, ''), e.open_cases FROM integrity_request_entry e "
            "LEFT JOIN app_user u ON u.id = e.reviewed_by WHERE e.request_id = ? ORDER BY e.seq"),
        {id});
    if (!entries.ok())
        return entries.error();
    while (entries->next()) {
        const QSqlQuery& q = entries.value();
        OpinionEntry entry;
        entry.seq = q.value(1).toInt();
        entry.person = RequestedPerson{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                       q.value(5).toString(), q.value(6).toString()};
        entry.match = matchKindFromKey(q.value(7).toString()).value_or(MatchKind::None);
        entry.personId = q.value(8).toLongLong();
        if (auto conclusion = opinionConclusionFromKey(q.value(9).toString()))
            entry.computed = ComputedConclusion{*conclusion,
                                                q.value(10).toInt(),
                                                q.value(11).toString(),
                                                q.value(21).toString(),
                                                q.value(12).toString(),
                                                QDate::fromString(q.value(13).toString(), Qt::ISODate),
                                                q.value(14).toString()};
        entry.review = reviewFromKey(q.value(15).toString());
        entry.finalConclusion = opinionConclusionFromKey(q.value(16).toString());
        entry.finalDetail = q.value(17).toString();
        entry.reviewReason = q.value(18).toString();
        entry.reviewedBy = q.value(19).toString();
        entry.reviewedAt = q.value(20).toString();
        if (entry.match == MatchKind::Ambiguous) {
            auto listed = candidates(q.value(0).toLongLong());
            if (!listed.ok())
                return listed.error();
            entry.candidates = listed.value();
        }
        request.entries << entry;
    }
    return request;
}

Result<QList<OpinionRequestRow>> IntegrityOpinionRepository::rows(const QString& where,
                                                                  const QVariantList& values) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT r.uid, r.requesting_unit, r.reference, r.received_on, (SELECT "
                                         "count(*) FROM integrity_request_entry e WHERE e.request_id = r.id), (SELECT "
                                         "count(*) FROM integrity_request_entry e WHERE e.request_id = r.id AND "
                                         "e.review <> 'pending'), r.reply_number FROM integrity_request r %1")
                              .arg(where),
                          values);
    if (!query.ok())
        return query.error();
    QList<OpinionRequestRow> list;
    while (query->next())
        list << OpinionRequestRow{
            query->value(0).toString(), query->value(1).toString(),
            query->value(2).toString(), QDate::fromString(query->value(3).toString(), Qt::ISODate),
            query->value(4).toInt(),    query->value(5).toInt(),
            query->value(6).toString()};
    return list;
}

Result<QList<OpinionRequestRow>> IntegrityOpinionRepository::list(int limit) const
{
    return rows(QStringLiteral("ORDER BY r.id DESC LIMIT ?"), {limit});
}

Result<QList<OpinionRequestRow>> IntegrityOpinionRepository::unanswered(const QDate& receivedBy) const
{
    return rows(QStringLiteral("WHERE r.replied_at IS NULL AND r.received_on <= ? ORDER BY r.received_on"),
                {receivedBy.toString(Qt::ISODate)});
}

} // namespace qf::reporting
