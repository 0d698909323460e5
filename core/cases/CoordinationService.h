#pragma once

#include "access/Session.h"
#include "cases/Case.h"
#include "cases/CaseLetter.h"
#include "cases/Coordination.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <functional>

namespace qf::cases {

// Coordination with other bodies: transfers of a case to and from courts, procuratorates, police,
// audit and the organization department with their materials list and feedback, and assistance requests (协查函)
// with their reply. Unanswered ones near or past their due date feed the alerts page.
class CoordinationService
{
public:
    explicit CoordinationService(access::Session& session) : m_session(session) {}

    Result<QString> recordTransfer(const CaseTransferDraft& draft);
    Status recordTransferFeedback(const QString& transferUid, const QDate& on, const QString& feedback);
    Result<QString> sendAssistanceRequest(const AssistanceRequestDraft& draft);
    Status recordAssistanceReply(const QString& requestUid, const QDate& on, const QString& reply);

    Result<QList<CaseTransfer>> transfersOf(const QString& caseUid);
    Result<QList<AssistanceRequest>> assistanceRequestsOf(const QString& caseUid);
    Result<AssistanceRequest> assistanceRequest(const QString& requestUid);
    // The assistance request letter (协查函) to print for a request.
    Result<CaseLetter> assistanceLetter(const QString& requestUid);

    // Transfers awaiting feedback and requests awaiting a reply: overdue as of `asOf` (due before it), or due within
    // `withinDays` after it; earliest first.
    Result<QList<AwaitedReply>> awaitingReplies(const QDate& asOf = QDate::currentDate(), int withinDays = 7);
    static Result<QList<AwaitedReply>> awaitingRepliesWithin(const QSqlDatabase& db,
                                                             const access::RecordVisibility& visibility,
                                                             const QDate& asOf, int withinDays);

private:
    Result<Case> caseFor(const QString& caseUid, access::Permission permission);
    Status answer(const Result<qint64>& caseId, const QString& action, const QDate& on,
                  const std::function<Result<bool>(const QSqlDatabase&)>& write);
    access::Session& m_session;
};

} // namespace qf::cases
