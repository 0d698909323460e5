#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace qf::documents {

// A talk held under a talk measure, as a talk or inquiry record prints it.
struct TalkSheet
{
    QString uid;
    QString venue;
    QDateTime startedAt;
    QDateTime endedAt;
    QString interviewee;
    QStringList staff;
    QString content;
    int session = 1; // 第N次: the talks with the same person in this case, in order
};

struct RecusalSheet
{
    QString uid;
    QString person;    // the staff member recused
    QString applicant; // who asked for it
    QString grounds;
    QString status; // pending, recused, rejected
    QString note;
    QDate decidedOn;
};

struct AppealSheet
{
    QString uid;
    QString appellant;
    QString grounds;
    QDate lodgedOn;
    QString status;  // lodged, decided
    QString outcome; // maintain, change, revoke
    QString findings;
    QDate decidedOn;
};

// A record of a case that a document can be about, for choosing it.
struct ItemChoice
{
    QString uid;
    QString label;
};

// Reads the records of a case that templates bind beyond the case itself. The only SQL of the binder.
class BindingRepository
{
public:
    explicit BindingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<TalkSheet> talk(qint64 caseId, const QString& uid) const;
    Result<RecusalSheet> recusal(qint64 caseId, const QString& uid) const;
    Result<AppealSheet> appeal(qint64 caseId, const QString& uid) const;
    Result<QList<ItemChoice>> choices(qint64 caseId, const QString& item) const;
    // The latest review record of a kind (report, hearing, defence); empty when there is none.
    Result<QString> latestReview(qint64 caseId, const QString& kind) const;

private:
    QSqlDatabase m_db;
};

} // namespace qf::documents
