#pragma once

#include "access/RecordVisibility.h"
#include "common/Result.h"
#include "reporting/RecommendationLetter.h"

#include <QSqlDatabase>

namespace qf::reporting {

// SQL for recommendation letters and their rectification feedback. Callers own the transaction.
class RecommendationLetterRepository
{
public:
    explicit RecommendationLetterRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QString> insert(const RecommendationLetterDraft& draft, qint64 caseId, qint64 createdBy);
    Result<RecommendationLetter> findByUid(const QString& uid) const;
    Result<QList<RecommendationLetter>> ofCase(const QString& caseUid) const;
    // Letters whose reply is due before `today` and has not come in, oldest due first. A viewer other than 0 sees
    // letters of confidential cases only when on the case team.
    Result<QList<RecommendationLetter>> overdue(const QDate& today, const access::RecordVisibility& visibility) const;
    Result<QList<RecommendationLetter>> all(int limit, const access::RecordVisibility& visibility) const;
    Status addFeedback(const QString& uid, const QDate& receivedOn, const QString& content, qint64 recordedBy);
    Status setAnalysis(const QString& uid, const QString& analysis);
    Status setNumber(const QString& uid, const QString& number);

private:
    Result<QList<RecommendationLetter>> select(const QString& where, const QVariantList& values) const;
    QSqlDatabase m_db;
};

} // namespace qf::reporting
