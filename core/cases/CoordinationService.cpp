#include "cases/CoordinationService.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "cases/CoordinationRepository.h"
#include "storage/CategoryRepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::cases {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::cases::CoordinationService", text);
}

Status checkCategory(const QSqlDatabase& db, const QString& kind, const QString& code, const QString& message)
{
    auto listed = storage::categories(db, kind);
    if (!listed.ok())
        return listed.error();
    for (const storage::Category& category : listed.value())
        if (category.code == code)
            return {};
    return makeError(ErrorCode::Invalid, message);
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<Case> CoordinationService::caseFor(const QString& caseUid, Permission permission)
{
    auto c = CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(permission, caseTarget(c.value())));
    return c;
}

Result<QString> CoordinationService::recordTransfer(const CaseTransferDraft& draft)
{
    if (draft.agency.trimmed().isEmpty() || draft.materials.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the agency and list the materials transferred."));
    if (!draft.transferOn.isValid() || draft.transferOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("Enter the date of the transfer; it cannot be in the future."));
    if (draft.feedbackDue.isValid() && draft.feedbackDue < draft.transferOn)
        return makeError(ErrorCode::Invalid, tr("The feedback due date must not be before the date of the transfer."));
    QF_TRY(checkCategory(m_session.database(), QStringLiteral("transfer_agency"), draft.agencyKind,
                         tr("Choose the kind of agency: court, procuratorate, police, audit, organization department "
                            "or other.")));
    auto c = CaseRepository(m_session.database()).findByUid(draft.caseUid);
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ManageCases, caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
                              const QString uid = newUid();
                              QF_TRY(CoordinationRepository(db).insertTransfer(uid, c->id, draft, m_session.user().id));
                              note.action =
                                  draft.outgoing ? QStringLiteral("transfer.out") : QStringLiteral("transfer.in");
                              note.summary = draft.agency.trimmed() + u' ' + uid;
                              return uid;
                          });
}

Status CoordinationService::answer(const Result<qint64>& caseId, const QString& action, const QDate& on,
                                   const std::function<Result<bool>(const QSqlDatabase&)>& write)
{
    if (!caseId.ok())
        return caseId.error();
    auto c = CaseRepository(m_session.database()).findById(caseId.value());
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ManageCases, caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              auto written = write(db);
                              if (!written.ok())
                                  return written.error();
                              if (!written.value())
                                  return makeError(ErrorCode::Invalid, tr("This has already been answered, or the date "
                                                                          "is before the date it was sent."));
                              note.action = action;
                              note.summary = on.toString(Qt::ISODate);
                              return {};
                          });
}

Status CoordinationService::recordTransferFeedback(const QString& transferUid, const QDate& on, const QString& feedback)
{
    if (!on.isValid() || on > QDate::currentDate() || feedback.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Record the feedback and the date it arrived; it cannot be in the "
                                                "future."));
    return answer(CoordinationRepository(m_session.database()).caseOfTransfer(transferUid),
                  QStringLiteral("transfer.feedback"), on, [&](const QSqlDatabase& db) {
                      return CoordinationRepository(db).recordTransferFeedback(transferUid, on, feedback.trimmed());
                  });
}

Result<QString> CoordinationService::sendAssistanceRequest(const AssistanceRequestDraft& draft)
{
    if (draft.recipient.trimmed().isEmpty() || draft.request.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the recipient and say what is asked for."));
    if (!draft.sentOn.isValid() || draft.sentOn > QDate::currentDate() || !draft.replyDue.isValid() ||
        draft.replyDue < draft.sentOn)
        return makeError(ErrorCode::Invalid, tr("Enter the date sent (not in the future) and a reply deadline that "
                                                "is not before it."));
    QF_TRY(checkCategory(m_session.database(), QStringLiteral("assistance_recipient"), draft.recipientKind,
                         tr("Choose the kind of recipient: bank, telecom, securities firm, tax, market regulation, "
                            "housing or other.")));
    auto c = CaseRepository(m_session.database()).findByUid(draft.caseUid);
    if (!c.ok())
        return c.error();
    return access::mutate(
        m_session, Permission::ManageCases, caseTarget(c.value()),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
            const QString uid = newUid();
            QF_TRY(CoordinationRepository(db).insertAssistanceRequest(uid, c->id, draft, m_session.user().id));
            note.action = QStringLiteral("assistance.request");
            note.summary = draft.recipient.trimmed() + u' ' + uid;
            return uid;
        });
}

Status CoordinationService::recordAssistanceReply(const QString& requestUid, const QDate& on, const QString& reply)
{
    if (!on.isValid() || on > QDate::currentDate() || reply.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Record the reply and the date it arrived; it cannot be in the "
                                                "future."));
    return answer(CoordinationRepository(m_session.database()).caseOfAssistanceRequest(requestUid),
                  QStringLiteral("assistance.reply"), on, [&](const QSqlDatabase& db) {
                      return CoordinationRepository(db).recordAssistanceReply(requestUid, on, reply.trimmed());
                  });
}

Result<QList<CaseTransfer>> CoordinationService::transfersOf(const QString& caseUid)
{
    auto c = caseFor(caseUid, Permission::ViewCases);
    if (!c.ok())
        return c.error();
    return CoordinationRepository(m_session.database()).transfersOf(c->id);
}

Result<QList<AssistanceRequest>> CoordinationService::assistanceRequestsOf(const QString& caseUid)
{
    auto c = caseFor(caseUid, Permission::ViewCases);
    if (!c.ok())
        return c.error();
    return CoordinationRepository(m_session.database()).assistanceRequestsOf(c->id);
}

Result<AssistanceRequest> CoordinationService::assistanceRequest(const QString& requestUid)
{
    CoordinationRepository repository(m_session.database());
    auto caseId = repository.caseOfAssistanceRequest(requestUid);
    if (!caseId.ok())
        return caseId.error();
    auto c = CaseRepository(m_session.database()).findById(caseId.value());
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, caseTarget(c.value())));
    return repository.assistanceRequest(requestUid);
}

Result<CaseLetter> CoordinationService::assistanceLetter(const QString& requestUid)
{
    auto request = assistanceRequest(requestUid);
    if (!request.ok())
        return request.error();
    auto caseId = CoordinationRepository(m_session.database()).caseOfAssistanceRequest(requestUid);
    if (!caseId.ok())
        return caseId.error();
    auto c = CaseRepository(m_session.database()).findById(caseId.value());
    if (!c.ok())
        return c.error();
    return CaseLetter{QStringLiteral("assistance_request"),
                      c->uid,
                      {{QStringLiteral("recipient"), request->recipient},
                       {QStringLiteral("request_text"), request->request},
                       {QStringLiteral("reply_due"), documents::chineseDate(request->replyDue)}},
                      {},
                      requestUid};
}

Result<QList<AwaitedReply>> CoordinationService::awaitingReplies(const QDate& asOf, int withinDays)
{
    QF_TRY(m_session.require(Permission::ViewDashboard));
    return awaitingRepliesWithin(m_session.database(), m_session.visibility(), asOf, withinDays);
}

Result<QList<AwaitedReply>> CoordinationService::awaitingRepliesWithin(const QSqlDatabase& db,
                                                                       const access::RecordVisibility& visibility,
                                                                       const QDate& asOf, int withinDays)
{
    return CoordinationRepository(db).awaitedBy(asOf.addDays(std::max(0, withinDays)), asOf, visibility);
}

} // namespace qf::cases
