#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "documents/DocumentLayout.h"
#include "reporting/RecommendationLetter.h"

class QPagedPaintDevice;

namespace qf::reporting {

// Recommendation letters (纪律检查建议书, R-5.4): drafted for a case to the unit where it arose, printed from the
// recommendation_letter template with a registry number, rectification feedback recorded as it comes in, overdue
// replies listed for the alerts page, and a typical-case analysis note kept with the letter.
class RecommendationLetterService
{
public:
    explicit RecommendationLetterService(access::Session& session) : m_session(session) {}

    Result<QString> create(RecommendationLetterDraft draft);
    Result<RecommendationLetter> letter(const QString& uid);
    Result<QList<RecommendationLetter>> lettersOf(const QString& caseUid);
    Result<QList<RecommendationLetter>> letters(int limit = 500);
    // Letters whose rectification feedback is overdue on `today`, among the cases the user may see.
    Result<QList<RecommendationLetter>> overdue(const QDate& today = QDate::currentDate());

    Status recordFeedback(const QString& uid, const QDate& receivedOn, const QString& content);
    Status setAnalysis(const QString& uid, const QString& analysis);

    Result<documents::DocumentLayout> layout(const QString& uid);
    Result<int> print(const QString& uid, QPagedPaintDevice& device);
    Result<int> printToPdf(const QString& uid, const QString& path);

private:
    Status change(const QString& uid, const QString& action,
                  const std::function<Status(const QSqlDatabase&, const RecommendationLetter&, QString&)>& body);
    access::Session& m_session;
};

} // namespace qf::reporting
