#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "documents/DocumentLayout.h"
#include "people/SanctionLookup.h"
#include "reporting/IntegrityOpinion.h"
#include "reporting/IntegrityOpinionCsv.h"

class QPagedPaintDevice;

namespace qf::reporting {

// Integrity opinion replies (廉政意见回复, R-4.2): the organization department's request is entered or imported from
// CSV; each person is matched to the records and given a computed conclusion; a reviewer confirms or amends each one
// with a reason; the reply is printed with one row per person and signed by whoever checked it.
class IntegrityOpinionService
{
public:
    explicit IntegrityOpinionService(access::Session& session,
                                     const people::SanctionLookup& sanctions = people::defaultSanctionLookup())
        : m_session(session), m_sanctions(sanctions)
    {
    }

    // Stores the request and works out every entry, all in one transaction. Returns the request's uid.
    Result<QString> createRequest(const OpinionRequestDraft& draft, const QDate& asOf = QDate::currentDate());
    // The same from CSV: a file with bad rows stores nothing, and the error lists every bad line.
    Result<QString> importCsv(OpinionRequestDraft draft, const QByteArray& csv,
                              const QDate& asOf = QDate::currentDate());

    Result<OpinionRequest> request(const QString& uid);
    Result<QList<OpinionRequestRow>> requests(int limit = 500);
    Result<QList<OpinionRequestRow>> unanswered(const QDate& today = QDate::currentDate());
    // The days a request has for its reply (kOpinionReplyDaysSetting), for the alerts page.
    static Result<int> replyDaysWithin(const QSqlDatabase& db);

    // Matches and concludes the entries not yet reviewed again, against the records as they are now.
    Status recompute(const QString& uid, const QDate& asOf = QDate::currentDate());
    // Settles an ambiguous match: one of the candidates, or 0 for none of them.
    Status decideMatch(const QString& uid, int seq, qint64 personId, const QDate& asOf = QDate::currentDate());

    Status confirm(const QString& uid, int seq);
    // An amendment needs a reason; an empty detail takes the standard sentence for the new conclusion.
    Status amend(const QString& uid, int seq, OpinionConclusion conclusion, const QString& detail,
                 const QString& reason);

    // The reply as it prints; needs every entry reviewed. The number is given when it is first printed.
    Result<documents::DocumentLayout> replyLayout(const QString& uid);
    Result<int> printReply(const QString& uid, QPagedPaintDevice& device);
    Result<int> printReplyToPdf(const QString& uid, const QString& path);

    // The body of createRequest for a caller that holds a checked transaction (the benchmark): stores the request and
    // works out every entry. Returns the request's uid and fills in the audit note.
    static Result<QString> createWithin(const QSqlDatabase& db, qint64 actorId, const OpinionRequestDraft& draft,
                                        const people::SanctionLookup& sanctions, const QDate& asOf,
                                        audit::AuditNote& note);

private:
    Status review(const QString& uid, int seq, ReviewState state, std::optional<OpinionConclusion> conclusion,
                  const QString& detail, const QString& reason);
    Result<OpinionRequest> reviewedRequest(const QString& uid);
    access::Session& m_session;
    const people::SanctionLookup& m_sanctions;
};

} // namespace qf::reporting
