#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <optional>

namespace qf::cases {

enum class AppealOutcome
{
    Maintain,
    Change,
    Revoke,
};

struct Appeal
{
    QString uid;
    QString caseUid;
    QString caseNumber;
    QString appellant;
    QString grounds;
    QDate lodgedOn;
    QDate dueOn;
    bool first = false;
    QString status; // lodged, decided
    QString outcome;
    bool overdue = false;
};

// Review (审理) records and appeals (申诉), R-1.2 and. The review report and hearings are written by the
// assigned reviewers; the defence statement by the team or the reviewers. The first appeal must be handled
// (首诉必办) by its due date.
class CaseReviewService
{
public:
    explicit CaseReviewService(access::Session& session) : m_session(session) {}

    // kind: report, hearing, defence
    Status recordReview(const QString& caseUid, const QString& kind, const QString& content, const QDate& heldOn);
    Result<QString> lodgeAppeal(const QString& caseUid, const QString& appellant, const QString& grounds,
                                const QDate& lodgedOn);
    Status decideAppeal(const QString& appealUid, AppealOutcome outcome, const QString& findings);
    Result<QList<Appeal>> appeals(const QString& caseUid = {}, const QDate& today = QDate::currentDate());
    Result<QList<Appeal>> overdueFirstAppeals(const QDate& today = QDate::currentDate());

    // Decides an open appeal inside the caller's transaction (a sanction re-examination decides it together with the
    // new version of the sanction); with caseId, only an appeal of that case. Returns the appeal's row id.
    static Result<qint64> decideWithin(const QSqlDatabase& db, const QString& appealUid, AppealOutcome outcome,
                                       const QString& findings, std::optional<qint64> caseId = std::nullopt);

    static constexpr int kFirstAppealDays = 90;

private:
    access::Session& m_session;
};

QString appealOutcomeKey(AppealOutcome outcome);

} // namespace qf::cases
