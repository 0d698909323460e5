#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <QDateTime>
#include <QStringList>

namespace qf::cases {

struct MeasureRequest
{
    QString caseUid;
    QString kind; // category code, kind 'measure': talk, seizure, exit_restriction, ...
    QString basis;
    QString justification;
    QString target;
};

struct Measure
{
    QString uid;
    QString kind;
    QString basis;
    QString justification;
    QString target;
    QString status; // requested, approved, refused, executed, ended
    QString requestedBy;
    QDateTime validFrom;
    QDateTime validUntil;
    QString executedAt;
    QString result;
};

// 谈话笔录: a talk held under an approved talk measure.
struct TalkRecordDraft
{
    QString caseUid;
    QString measureUid;
    QString venue;
    QDateTime startedAt;
    QDateTime endedAt;
    QString interviewee;
    QStringList staff; // at least two
    QString content;   // questions and answers
};

// Investigative measures: requested with a basis, approved before use, limited in time, and logged
// when executed. Talks are recorded against an approved talk measure.
class MeasureService
{
public:
    explicit MeasureService(access::Session& session) : m_session(session) {}

    Result<QString> request(const MeasureRequest& request);
    Status approve(const QString& measureUid, const QDateTime& validFrom, const QDateTime& validUntil);
    Status refuse(const QString& measureUid, const QString& note);
    Status recordExecution(const QString& measureUid, const QDateTime& executedAt, const QString& execution,
                           const QString& result);
    Status end(const QString& measureUid, const QString& note);
    Result<QList<Measure>> measuresOf(const QString& caseUid);
    Result<QString> recordTalk(const TalkRecordDraft& draft);

    // An approved measure, inserted inside the caller's transaction (demo data).
    static Result<QString> insertApprovedWithin(const QSqlDatabase& db, qint64 caseId, const MeasureRequest& request,
                                                qint64 requestedBy, qint64 approvedBy, const QDateTime& validFrom,
                                                const QDateTime& validUntil);

private:
    Status changeStatus(const QString& measureUid, access::Permission permission, const QString& from,
                        const QString& action, const std::function<Status(const QSqlDatabase&, qint64)>& body);
    access::Session& m_session;
};

} // namespace qf::cases
