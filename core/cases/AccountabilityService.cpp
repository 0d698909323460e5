#include "cases/AccountabilityService.h"

#include "access/Mutation.h"
#include "access/UserRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::cases {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("qf::cases::AccountabilityService", text);
}
} // namespace

Result<QString> AccountabilityService::record(const QString& staffLogin, const QString& caseUid, const QString& kind,
                                              const QString& description)
{
    static const QStringList kinds{QStringLiteral("leak"), QStringLiteral("coercion"),
                                   QStringLiteral("procedural_violation"), QStringLiteral("other")};
    if (!kinds.contains(kind) || description.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose the kind of error and describe it."));
    return access::mutate(
        m_session, access::Permission::ApproveSteps, {QStringLiteral("accountability"), {}},
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
            auto staff = access::UserRepository(db).findByLogin(staffLogin);
            if (!staff.ok())
                return staff.error();
            QVariant caseId(QMetaType(QMetaType::LongLong));
            if (!caseUid.isEmpty()) {
                auto found =
                    storage::querySingleValue(db, QStringLiteral("SELECT id FROM case_file WHERE uid = ?"), {caseUid});
                if (!found.ok())
                    return found.error();
                if (found->isNull())
                    return makeError(ErrorCode::NotFound, tr("There is no such case."));
                caseId = found.value();
            }
            const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QF_TRY(storage::execute(
                db,
                QStringLiteral("INSERT INTO accountability_record (uid, user_id, case_id, kind, "
                               "description, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {uid, staff->id, caseId, kind, description.trimmed(), m_session.user().id, audit::nowUtcIso()}));
            note = {QStringLiteral("accountability.record"), QStringLiteral("accountability"), uid,
                    tr("%1 recorded against %2").arg(kind, staffLogin)};
            return uid;
        });
}

Result<QList<AccountabilityRecord>> AccountabilityService::records()
{
    QF_TRY(m_session.require(access::Permission::ViewAccountability));
    auto rows = storage::runQuery(
        m_session.database(), QStringLiteral("SELECT a.uid, u.login, coalesce(c.number, ''), a.kind, a.description, "
                                             "r.login, a.recorded_at FROM accountability_record a JOIN app_user u ON "
                                             "u.id = a.user_id JOIN app_user r ON r.id = a.recorded_by LEFT JOIN "
                                             "case_file c ON c.id = a.case_id ORDER BY a.id DESC"));
    if (!rows.ok())
        return rows.error();
    QList<AccountabilityRecord> records;
    while (rows->next())
        records << AccountabilityRecord{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                                        rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toString(),
                                        rows->value(6).toString()};
    return records;
}

} // namespace qf::cases
