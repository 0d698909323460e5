#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <QDate>

namespace qf::cases {

struct Deadline
{
    QString uid;
    QString caseUid;
    QString caseNumber;
    QString kind; // the stage it limits
    QDate startsOn;
    QDate dueOn; // extended date when extended
    int extendableMonths = 0;
    int extendedMonths = 0;
    bool overdue = false;
};

struct SupervisionDue
{
    QString uid;
    QString caseUid;
    QString caseNumber;
    QString level;
    QDate dueOn;
    QDate nextReportDue;
    bool escalated = false;
};

// Stage time limits (FORMS.md §7) and their approved extensions, and supervision of key cases (挂牌督办, R-3.3).
class DeadlineService
{
public:
    explicit DeadlineService(access::Session& session) : m_session(session) {}

    Result<QList<Deadline>> openDeadlines(const QString& caseUid);
    Result<QList<Deadline>> overdue(const QDate& today = QDate::currentDate());
    Result<QString> requestExtension(const QString& deadlineUid, int months, const QString& reason);
    Status decideExtension(const QString& extensionUid, bool approve);

    Result<QString> startSupervision(const QString& caseUid, const QString& level, const QString& requirements,
                                     const QDate& dueOn, int reportEveryDays);
    Status reportProgress(const QString& supervisionUid, const QDate& on, const QString& progress);
    // Supervisions whose due date or next progress report has passed; they are escalated and audited.
    Result<QList<SupervisionDue>> escalateOverdue(const QDate& today = QDate::currentDate());
    Result<QList<SupervisionDue>> supervisionsDue(const QDate& today = QDate::currentDate(), int withinDays = 14);

    static Result<QString> startSupervisionWithin(const QSqlDatabase& db, qint64 caseId, const QString& level,
                                                  const QString& requirements, const QDate& dueOn, int reportEveryDays);

private:
    Result<QList<Deadline>> query(const QString& condition, const QVariantList& values, const QDate& today);
    Result<QList<SupervisionDue>> supervisions(const QString& condition, const QVariantList& values);
    access::Session& m_session;
};

} // namespace qf::cases
