#include "leads/TransferService.h"

#include "access/Mutation.h"
#include "leads/LeadRepository.h"
#include "leads/LeadService.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::leads {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("qf::leads::TransferService", text);
}

QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

// A transfer from a query whose first columns are its uid, agency, materials, date sent and feedback due date.
TransferRow transferRow(const QSqlQuery& query)
{
    TransferRow row;
    row.uid = query.value(0).toString();
    row.agency = query.value(1).toString();
    row.materials = query.value(2).toString();
    row.sentDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    row.feedbackDue = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    return row;
}
} // namespace

Result<QString> TransferService::createWithin(const QSqlDatabase& db, std::optional<qint64> leadId,
                                              std::optional<qint64> reportId, const QString& agency,
                                              const QString& materials, const QDate& sent, const QDate& feedbackDue)
{
    if (agency.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the agency that receives the transfer."));
    if (!sent.isValid() || !feedbackDue.isValid() || feedbackDue < sent)
        return makeError(ErrorCode::Invalid, tr("The feedback due date must not be before the date sent."));
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QF_TRY(storage::execute(db,
                            QStringLiteral("INSERT INTO transfer_out (uid, lead_id, report_id, agency, materials, "
                                           "sent_date, feedback_due) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {uid, optionalId(leadId), optionalId(reportId), agency.trimmed(), materials,
                             sent.toString(Qt::ISODate), feedbackDue.toString(Qt::ISODate)}));
    return uid;
}

Status TransferService::recordFeedback(const QString& transferUid, const QDate& received, const QString& note)
{
    return access::mutate(
        m_session, access::Permission::ManageLeads, {QStringLiteral("transfer"), transferUid},
        [&](const QSqlDatabase& db, audit::AuditNote& audit) -> Status {
            auto changed =
                storage::execute(db,
                                 QStringLiteral("UPDATE transfer_out SET feedback_received = ?, feedback_note = ? "
                                                "WHERE uid = ? AND feedback_received IS NULL AND sent_date <= ?"),
                                 {received.toString(Qt::ISODate), note, transferUid, received.toString(Qt::ISODate)});
            if (!changed.ok())
                return changed.error();
            if (changed.value() == 0)
                return makeError(ErrorCode::Invalid, tr("No open transfer with that id, or the feedback date is before "
                                                        "the date sent."));
            audit.action = QStringLiteral("transfer.feedback");
            audit.summary = tr("feedback received on %1").arg(received.toString(Qt::ISODate));
            return {};
        });
}

Result<QList<TransferRow>> TransferService::overdue(const QDate& today)
{
    QF_TRY(m_session.require(access::Permission::ViewLeads));
    return storage::readRows<TransferRow>(
        m_session.database(),
        QStringLiteral("SELECT t.uid, t.agency, t.materials, t.sent_date, t.feedback_due, "
                       "coalesce(l.number, substr(r.summary, 1, 30)) FROM transfer_out t "
                       "LEFT JOIN lead l ON l.id = t.lead_id LEFT JOIN report r ON r.id = t.report_id "
                       "WHERE t.feedback_received IS NULL AND t.feedback_due < ? ORDER BY t.feedback_due"),
        {today.toString(Qt::ISODate)}, [](const QSqlQuery& query) {
            TransferRow row = transferRow(query);
            row.subject = query.value(5).toString();
            row.overdue = true;
            return row;
        });
}

Result<QList<TransferRow>> TransferService::transfersOf(const QString& leadUid, const QDate& today)
{
    auto lead = LeadRepository(m_session.database()).findByUid(leadUid);
    if (!lead.ok())
        return lead.error();
    QF_TRY(m_session.require(access::Permission::ViewLeads, leadTarget(lead.value())));
    return storage::readRows<TransferRow>(
        m_session.database(),
        QStringLiteral("SELECT uid, agency, materials, sent_date, feedback_due, coalesce(feedback_received, ''), "
                       "feedback_note FROM transfer_out WHERE lead_id = ? ORDER BY sent_date, id"),
        {lead->id}, [&](const QSqlQuery& query) {
            TransferRow row = transferRow(query);
            row.feedbackReceived = QDate::fromString(query.value(5).toString(), Qt::ISODate);
            row.feedbackNote = query.value(6).toString();
            row.subject = lead->number;
            row.overdue = !row.feedbackReceived.isValid() && row.feedbackDue < today;
            return row;
        });
}

} // namespace qf::leads
