#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <optional>

namespace qf::leads {

struct TransferRow
{
    QString uid;
    QString agency;
    QString materials;
    QDate sentDate;
    QDate feedbackDue;
    QDate feedbackReceived;
    QString feedbackNote;
    QString subject; // the lead number or report summary it concerns
    bool overdue = false;
};

// Transfers out (移送/移交) with a feedback due date; overdue feedback raises an alert on the dashboard.
class TransferService
{
public:
    explicit TransferService(access::Session& session) : m_session(session) {}

    Status recordFeedback(const QString& transferUid, const QDate& received, const QString& note);
    Result<QList<TransferRow>> overdue(const QDate& today = QDate::currentDate());
    // The transfers made for one lead, oldest first; needs sight of the lead.
    Result<QList<TransferRow>> transfersOf(const QString& leadUid, const QDate& today = QDate::currentDate());

    // Inside the caller's transaction; shared by lead reviews and report screening.
    static Result<QString> createWithin(const QSqlDatabase& db, std::optional<qint64> leadId,
                                        std::optional<qint64> reportId, const QString& agency, const QString& materials,
                                        const QDate& sent, const QDate& feedbackDue);

private:
    access::Session& m_session;
};

} // namespace qf::leads
