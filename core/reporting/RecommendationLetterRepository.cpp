#include "reporting/RecommendationLetterRepository.h"

#include "audit/AuditTrail.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::reporting {

using storage::execute;
using storage::runQuery;

Result<QString> RecommendationLetterRepository::insert(const RecommendationLetterDraft& draft, qint64 caseId,
                                                       qint64 createdBy)
{
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QF_TRY(execute(m_db,
                   QStringLiteral("INSERT INTO recommendation_letter (uid, case_id, unit, problems, causes, measures, "
                                  "reply_due, issued_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?)"),
                   {uid, caseId, draft.unit.trimmed(), draft.problems.trimmed(), draft.causes.trimmed(),
                    draft.measures.trimmed(), draft.replyDue.toString(Qt::ISODate),
                    draft.issuedOn.toString(Qt::ISODate), createdBy, audit::nowUtcIso()}));
    return uid;
}

Result<QList<RecommendationLetter>> RecommendationLetterRepository::select(const QString& where,
                                                                           const QVariantList& values) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT r.id, r.uid, c.uid, c.number, r.unit, r.problems, r.causes, "
                                         "r.measures, r.issued_on, r.reply_due, r.number, r.analysis FROM "
                                         "recommendation_letter r JOIN case_file c ON c.id = r.case_id %1")
                              .arg(where),
                          values);
    if (!query.ok())
        return query.error();
    QList<RecommendationLetter> letters;
    QList<qint64> ids;
    while (query->next()) {
        const QSqlQuery& q = query.value();
        ids << q.value(0).toLongLong();
        letters << RecommendationLetter{q.value(1).toString(),
                                        q.value(2).toString(),
                                        q.value(3).toString(),
                                        q.value(4).toString(),
                                        q.value(5).toString(),
                                        q.value(6).toString(),
                                        q.value(7).toString(),
                                        QDate::fromString(q.value(8).toString(), Qt::ISODate),
                                        QDate::fromString(q.value(9).toString(), Qt::ISODate),
                                        q.value(10).toString(),
                                        q.value(11).toString(),
                                        {}};
    }
    for (qsizetype i = 0; i < letters.size(); ++i) {
        auto feedback = runQuery(m_db,
                                 QStringLiteral("SELECT f.received_on, f.content, u.display_name FROM "
                                                "rectification_feedback f JOIN app_user u ON u.id = f.recorded_by "
                                                "WHERE f.letter_id = ? ORDER BY f.received_on, f.id"),
                                 {ids.at(i)});
        if (!feedback.ok())
            return feedback.error();
        while (feedback->next())
            letters[i].feedback << RectificationFeedback{QDate::fromString(feedback->value(0).toString(), Qt::ISODate),
                                                         feedback->value(1).toString(), feedback->value(2).toString()};
    }
    return letters;
}

Result<RecommendationLetter> RecommendationLetterRepository::findByUid(const QString& uid) const
{
    auto letters = select(QStringLiteral("WHERE r.uid = ?"), {uid});
    if (!letters.ok())
        return letters.error();
    if (letters->isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("qf::reporting::RecommendationLetter",
                                                                          "There is no such recommendation letter."));
    return letters->first();
}

Result<QList<RecommendationLetter>> RecommendationLetterRepository::ofCase(const QString& caseUid) const
{
    return select(QStringLiteral("WHERE c.uid = ? ORDER BY r.id"), {caseUid});
}

Result<QList<RecommendationLetter>>
RecommendationLetterRepository::overdue(const QDate& today, const access::RecordVisibility& visibility) const
{
    QVariantList values{today.toString(Qt::ISODate)};
    const QString visible = visibility.caseCondition(QStringLiteral("c"), values);
    return select(QStringLiteral("WHERE r.reply_due < ? AND NOT EXISTS (SELECT 1 FROM rectification_feedback f "
                                 "WHERE f.letter_id = r.id) AND %1 ORDER BY r.reply_due, r.id")
                      .arg(visible),
                  values);
}

Result<QList<RecommendationLetter>>
RecommendationLetterRepository::all(int limit, const access::RecordVisibility& visibility) const
{
    QVariantList values;
    const QString visible = visibility.caseCondition(QStringLiteral("c"), values);
    return select(QStringLiteral("WHERE %1 ORDER BY r.id DESC LIMIT ?").arg(visible), values << limit);
}

Status RecommendationLetterRepository::addFeedback(const QString& uid, const QDate& receivedOn, const QString& content,
                                                   qint64 recordedBy)
{
    QF_TRY(execute(m_db,
                   QStringLiteral("INSERT INTO rectification_feedback (letter_id, received_on, content, recorded_by, "
                                  "recorded_at) SELECT id, ?, ?, ?, ? FROM recommendation_letter WHERE uid = ?"),
                   {receivedOn.toString(Qt::ISODate), content.trimmed(), recordedBy, audit::nowUtcIso(), uid}));
    return {};
}

Status RecommendationLetterRepository::setAnalysis(const QString& uid, const QString& analysis)
{
    QF_TRY(execute(m_db, QStringLiteral("UPDATE recommendation_letter SET analysis = ? WHERE uid = ?"),
                   {analysis.trimmed(), uid}));
    return {};
}

Status RecommendationLetterRepository::setNumber(const QString& uid, const QString& number)
{
    QF_TRY(execute(m_db, QStringLiteral("UPDATE recommendation_letter SET number = ? WHERE uid = ? AND number = ''"),
                   {number, uid}));
    return {};
}

} // namespace qf::reporting
