#include "cases/CaseRecords.h"

#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "storage/Sql.h"

namespace qf::cases {

Result<qint64> CaseRecords::caseId(const QString& caseUid)
{
    auto found = CaseRepository(m_session.database()).findByUid(caseUid);
    if (!found.ok())
        return found.error();
    QF_TRY(m_session.require(access::Permission::ViewCases, caseTarget(found.value())));
    return found->id;
}

Result<QList<RecusalRecord>> CaseRecords::recusals(const QString& caseUid)
{
    auto id = caseId(caseUid);
    if (!id.ok())
        return id.error();
    return storage::readRows<RecusalRecord>(
        m_session.database(),
        QStringLiteral("SELECT r.uid, u.login, r.grounds, q.login, r.status, r.note FROM recusal "
                       "r JOIN app_user u ON u.id = r.user_id JOIN app_user q ON q.id = "
                       "r.requested_by WHERE r.case_id = ? ORDER BY r.id"),
        {id.value()}, [](const QSqlQuery& row) -> RecusalRecord {
            return {row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                    row.value(3).toString(), row.value(4).toString(), row.value(5).toString()};
        });
}

Result<QList<ReviewRecord>> CaseRecords::reviewRecords(const QString& caseUid)
{
    auto id = caseId(caseUid);
    if (!id.ok())
        return id.error();
    return storage::readRows<ReviewRecord>(
        m_session.database(),
        QStringLiteral("SELECT r.kind, r.content, r.held_on, u.login FROM review_record r JOIN "
                       "app_user u ON u.id = r.recorded_by WHERE r.case_id = ? ORDER BY r.id"),
        {id.value()}, [](const QSqlQuery& row) -> ReviewRecord {
            return {row.value(0).toString(), row.value(1).toString(),
                    QDate::fromString(row.value(2).toString(), Qt::ISODate), row.value(3).toString()};
        });
}

Result<QList<SupervisionRecord>> CaseRecords::supervisions(const QString& caseUid)
{
    auto id = caseId(caseUid);
    if (!id.ok())
        return id.error();
    return storage::readRows<SupervisionRecord>(
        m_session.database(),
        QStringLiteral(
            "SELECT s.uid, s.level, s.requirements, s.started_on, s.due_on, s.report_every_days, s.escalated, "
            "(SELECT count(*) FROM supervision_report p WHERE p.supervision_id = s.id), (SELECT "
            "max(reported_on) FROM supervision_report p WHERE p.supervision_id = s.id) FROM supervision s "
            "WHERE s.case_id = ? AND s.ended_on IS NULL ORDER BY s.id"),
        {id.value()}, [](const QSqlQuery& row) {
            SupervisionRecord record;
            record.uid = row.value(0).toString();
            record.level = row.value(1).toString();
            record.requirements = row.value(2).toString();
            record.startedOn = QDate::fromString(row.value(3).toString(), Qt::ISODate);
            record.dueOn = QDate::fromString(row.value(4).toString(), Qt::ISODate);
            record.reportEveryDays = row.value(5).toInt();
            record.escalated = row.value(6).toInt() != 0;
            record.reports = row.value(7).toInt();
            record.lastReportOn = QDate::fromString(row.value(8).toString(), Qt::ISODate);
            return record;
        });
}

Result<QList<ExtensionRecord>> CaseRecords::extensions(const QString& caseUid)
{
    auto id = caseId(caseUid);
    if (!id.ok())
        return id.error();
    return storage::readRows<ExtensionRecord>(
        m_session.database(),
        QStringLiteral("SELECT e.id, d.uid, e.months, e.reason, u.login, e.status FROM "
                       "deadline_extension e JOIN deadline d ON d.id = e.deadline_id JOIN "
                       "app_user u ON u.id = e.requested_by WHERE d.case_id = ? ORDER BY e.id"),
        {id.value()}, [](const QSqlQuery& row) -> ExtensionRecord {
            return {row.value(0).toString(), row.value(1).toString(), row.value(2).toInt(),
                    row.value(3).toString(), row.value(4).toString(), row.value(5).toString()};
        });
}

Result<QList<JointPartnerRecord>> CaseRecords::jointPartners(const QString& caseUid)
{
    auto id = caseId(caseUid);
    if (!id.ok())
        return id.error();
    return storage::readRows<JointPartnerRecord>(
        m_session.database(),
        QStringLiteral("SELECT agency, responsibilities FROM joint_partner WHERE case_id = ? "
                       "ORDER BY id"),
        {id.value()}, [](const QSqlQuery& row) -> JointPartnerRecord {
            return {row.value(0).toString(), row.value(1).toString()};
        });
}

Result<QList<DisputeRecord>> CaseRecords::disputes(const QString& caseUid)
{
    auto id = caseId(caseUid);
    if (!id.ok())
        return id.error();
    return storage::readRows<DisputeRecord>(
        m_session.database(),
        QStringLiteral(
            "SELECT d.uid, d.parties, d.status, d.level, d.outcome, (SELECT u.login FROM dispute_step s JOIN "
            "app_user u ON u.id = s.by_user WHERE s.dispute_id = d.id ORDER BY s.id LIMIT 1), (SELECT s.at "
            "FROM dispute_step s WHERE s.dispute_id = d.id ORDER BY s.id LIMIT 1), (SELECT s.note FROM "
            "dispute_step s WHERE s.dispute_id = d.id ORDER BY s.id DESC LIMIT 1) FROM jurisdiction_dispute "
            "d WHERE d.case_id = ? ORDER BY d.id"),
        {id.value()}, [](const QSqlQuery& row) {
            DisputeRecord record;
            record.uid = row.value(0).toString();
            record.parties = row.value(1).toString();
            record.status = row.value(2).toString();
            record.level = row.value(3).toInt();
            record.outcome = row.value(4).toString();
            record.raisedBy = row.value(5).toString();
            record.raisedAt = row.value(6).toString();
            record.lastNote = row.value(7).toString();
            return record;
        });
}

Result<QList<CaseAccountabilityRecord>> CaseRecords::accountability(const QString& caseUid)
{
    auto id = caseId(caseUid);
    if (!id.ok())
        return id.error();
    QF_TRY(m_session.require(access::Permission::ViewAccountability));
    return storage::readRows<CaseAccountabilityRecord>(
        m_session.database(),
        QStringLiteral("SELECT a.uid, u.login, a.kind, a.description, r.login, a.recorded_at "
                       "FROM accountability_record a JOIN app_user u ON u.id = a.user_id JOIN "
                       "app_user r ON r.id = a.recorded_by WHERE a.case_id = ? ORDER BY a.id "
                       "DESC"),
        {id.value()}, [](const QSqlQuery& row) -> CaseAccountabilityRecord {
            return {row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                    row.value(3).toString(), row.value(4).toString(), row.value(5).toString()};
        });
}

Result<QList<audit::AuditEntry>> CaseRecords::timeline(const QString& caseUid)
{
    auto id = caseId(caseUid);
    if (!id.ok())
        return id.error();
    return audit::readAuditForTarget(m_session.database(), QStringLiteral("case"), caseUid);
}

Result<QList<PendingMeasure>> CaseRecords::pendingMeasures()
{
    QF_TRY(m_session.require(access::Permission::ApproveSteps));
    QString sql = QStringLiteral(
        "SELECT m.uid, c.uid, c.number, c.title, m.kind, coalesce(k.label, m.kind), m.target, m.basis, "
        "m.justification, "
        "u.login, m.requested_at FROM measure m JOIN case_file c ON c.id = m.case_id JOIN app_user u ON u.id = "
        "m.requested_by LEFT JOIN category k ON k.kind = 'measure' AND k.code = m.kind WHERE m.status = 'requested'");
    QVariantList values;
    sql += QStringLiteral(" AND ") + m_session.visibility().caseCondition(QStringLiteral("c"), values);
    sql += QStringLiteral(" ORDER BY m.requested_at, m.id");
    auto rows = storage::runQuery(m_session.database(), sql, values);
    if (!rows.ok())
        return rows.error();
    QList<PendingMeasure> measures;
    while (rows->next()) {
        PendingMeasure m;
        m.uid = rows->value(0).toString();
        m.caseUid = rows->value(1).toString();
        m.caseNumber = rows->value(2).toString();
        m.caseTitle = rows->value(3).toString();
        m.kind = rows->value(4).toString();
        m.kindLabel = rows->value(5).toString();
        m.target = rows->value(6).toString();
        m.basis = rows->value(7).toString();
        m.justification = rows->value(8).toString();
        m.requestedBy = rows->value(9).toString();
        m.requestedAt = rows->value(10).toString();
        measures.append(m);
    }
    return measures;
}

Result<QList<CategoryItem>> CaseRecords::categories(const QString& kind)
{
    QF_TRY(m_session.require(access::Permission::ViewCases));
    auto rows = storage::runQuery(m_session.database(),
                                  QStringLiteral("SELECT code, label FROM category WHERE kind = ? ORDER BY sort, code"),
                                  {kind});
    if (!rows.ok())
        return rows.error();
    QList<CategoryItem> items;
    while (rows->next())
        items.append({rows->value(0).toString(), rows->value(1).toString()});
    return items;
}

} // namespace qf::cases
