#include "documents/NumberingService.h"

#include "access/Mutation.h"
#include "documents/NumberingRegistry.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace qf::documents {

using access::Permission;

Result<QList<NumberRecord>> NumberingService::list(int year)
{
    QF_TRY(m_session.require(Permission::PrintDocuments));
    QString sql =
        QStringLiteral("SELECT kind, year, agency, value, text, target_type, target_uid, issued_at, issued_by, "
                       "voided, void_reason FROM number_issued");
    QVariantList values;
    if (year > 0) {
        sql += QStringLiteral(" WHERE year = ?");
        values << year;
    }
    sql += QStringLiteral(" ORDER BY issued_at DESC, id DESC");
    auto rows = storage::runQuery(m_session.database(), sql, values);
    if (!rows.ok())
        return rows.error();
    QList<NumberRecord> records;
    while (rows->next()) {
        NumberRecord record;
        record.kind = rows->value(0).toString();
        record.year = rows->value(1).toInt();
        record.agency = rows->value(2).toString();
        record.value = rows->value(3).toLongLong();
        record.text = rows->value(4).toString();
        record.targetType = rows->value(5).toString();
        record.targetUid = rows->value(6).toString();
        record.issuedAt = rows->value(7).toString();
        record.issuedBy = rows->value(8).toString();
        record.voided = rows->value(9).toInt() == 1;
        record.voidReason = rows->value(10).toString();
        records << record;
    }
    return records;
}

Status NumberingService::voidNumber(const QString& text, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("qf::documents::NumberingService",
                                                                         "Give a reason for voiding a number."));
    const access::AccessTarget target{QStringLiteral("number"), text, access::ConfidentialityLevel::Internal};
    return access::mutate(m_session, Permission::ApproveSteps, target,
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              QF_TRY(NumberingRegistry(db).voidNumber(text, reason.trimmed()));
                              note = {QStringLiteral("number.void"), QStringLiteral("number"), text, reason.trimmed()};
                              return {};
                          });
}

} // namespace qf::documents
