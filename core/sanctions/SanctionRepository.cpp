#include "sanctions/SanctionRepository.h"

#include "audit/AuditTrail.h"
#include "storage/Sql.h"

#include <QUuid>

namespace qf::sanctions {

namespace {

QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Result<qint64> SanctionRepository::insert(const SanctionRow& row)
{
    auto query = storage::runQuery(
        m_db,
        QStringLiteral("INSERT INTO sanction (uid, case_id, person_id, category, kind, probation_years, "
                       "decision_number, effective_on, promotion_months, affects_until, cadre_level, executing_unit, "
                       "revoked, supersedes, appeal_id, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {row.uid, row.caseId, row.personId, categoryKey(categoryOf(row.kind)), sanctionKey(row.kind),
         row.probationYears, row.decisionNumber, isoDate(row.effectiveOn), row.promotionMonths,
         isoDate(row.affectsUntil), row.cadreLevel, row.executingUnit, row.revoked ? 1 : 0, optionalId(row.supersedes),
         optionalId(row.appealId), row.reason, row.recordedBy, audit::nowUtcIso()});
    if (!query.ok())
        return query.error();
    return query->lastInsertId().toLongLong();
}

Result<SanctionKey> SanctionRepository::keyOf(const QString& uid) const
{
    auto query = storage::runQuery(
        m_db,
        QStringLiteral("SELECT s.id, s.case_id, s.person_id, NOT EXISTS (SELECT 1 FROM sanction n WHERE "
                       "n.supersedes = s.id) FROM sanction s WHERE s.uid = ?"),
        {uid});
    if (!query.ok())
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no sanction %1").arg(uid));
    return SanctionKey{query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toLongLong(),
                       query->value(3).toInt() == 1};
}

Result<SanctionRecord> SanctionRepository::find(const QString& uid) const
{
    auto found = select(QStringLiteral("s.uid = ?"), {uid});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no sanction %1").arg(uid));
    return found->first();
}

Result<QList<SanctionRecord>> SanctionRepository::ofCase(qint64 caseId) const
{
    return select(QStringLiteral("s.case_id = ?"), {caseId});
}

Result<QList<SanctionRecord>> SanctionRepository::inEffect(const QString& personUid, const QDate& asOf) const
{
    return select(QStringLiteral("p.uid = ? AND s.revoked = 0 AND s.effective_on <= ? AND s.affects_until >= ? AND NOT "
                                 "EXISTS (SELECT 1 FROM sanction n WHERE n.supersedes = s.id)"),
                  {personUid, isoDate(asOf), isoDate(asOf)});
}

Result<QList<SanctionRecord>> SanctionRepository::standingOf(qint64 personId) const
{
    return select(QStringLiteral("s.person_id = ? AND s.revoked = 0 AND NOT EXISTS (SELECT 1 FROM sanction n WHERE "
                                 "n.supersedes = s.id)"),
                  {personId});
}

Result<QList<SanctionRecord>> SanctionRepository::select(const QString& condition, const QVariantList& values) const
{
    auto query = storage::runQuery(
        m_db,
        QStringLiteral("SELECT s.uid, c.uid, c.number, p.uid, p.name, p.unit, p.position, s.kind, s.probation_years, "
                       "s.decision_number, s.effective_on, s.promotion_months, s.affects_until, s.cadre_level, "
                       "s.executing_unit, s.revoked, coalesce(o.uid, ''), coalesce(a.uid, ''), s.reason, u.login, "
                       "s.recorded_at, NOT EXISTS (SELECT 1 FROM sanction n WHERE n.supersedes = s.id) FROM sanction s "
                       "JOIN case_file c ON c.id = s.case_id JOIN person p ON p.id = s.person_id JOIN app_user u ON "
                       "u.id = s.recorded_by LEFT JOIN sanction o ON o.id = s.supersedes LEFT JOIN appeal a ON a.id = "
                       "s.appeal_id WHERE ") +
            condition + QStringLiteral(" ORDER BY s.id"),
        values);
    if (!query.ok())
        return query.error();
    QList<SanctionRecord> records;
    while (query->next()) {
        SanctionRecord record;
        record.uid = query->value(0).toString();
        record.caseUid = query->value(1).toString();
        record.caseNumber = query->value(2).toString();
        record.personUid = query->value(3).toString();
        record.personName = query->value(4).toString();
        record.personUnit = query->value(5).toString();
        record.personPosition = query->value(6).toString();
        record.kind = sanctionFromKey(query->value(7).toString()).value_or(SanctionKind::PartyWarning);
        record.probationYears = query->value(8).toInt();
        record.decisionNumber = query->value(9).toString();
        record.effectiveOn = dateOf(query->value(10));
        record.promotionMonths = query->value(11).toInt();
        record.affectsUntil = dateOf(query->value(12));
        record.cadreLevel = query->value(13).toString();
        record.executingUnit = query->value(14).toString();
        record.revoked = query->value(15).toInt() == 1;
        record.supersedesUid = query->value(16).toString();
        record.appealUid = query->value(17).toString();
        record.reason = query->value(18).toString();
        record.recordedBy = query->value(19).toString();
        record.recordedAt = query->value(20).toString();
        record.current = query->value(21).toInt() == 1;
        records << record;
    }
    return records;
}

Status SanctionRepository::insertStep(qint64 sanctionId, ExecutionStepKind kind, const QDate& dueOn)
{
    QF_TRY(storage::execute(
        m_db, QStringLiteral("INSERT INTO execution_step (uid, sanction_id, kind, due_on) VALUES (?, ?, ?, ?)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), sanctionId, executionStepKey(kind), isoDate(dueOn)}));
    return {};
}

Result<QList<ExecutionStep>> SanctionRepository::stepsOfCase(qint64 caseId) const
{
    auto query = storage::runQuery(
        m_db,
        QStringLiteral("SELECT e.uid, s.uid, e.kind, e.due_on, coalesce(e.done_on, ''), e.feedback FROM execution_step "
                       "e JOIN sanction s ON s.id = e.sanction_id WHERE s.case_id = ? ORDER BY s.id, e.due_on, e.id"),
        {caseId});
    if (!query.ok())
        return query.error();
    QList<ExecutionStep> steps;
    while (query->next())
        steps << ExecutionStep{
            query->value(0).toString(),
            query->value(1).toString(),
            executionStepFromKey(query->value(2).toString()).value_or(ExecutionStepKind::Announcement),
            dateOf(query->value(3)),
            dateOf(query->value(4)),
            query->value(5).toString()};
    return steps;
}

Result<qint64> SanctionRepository::caseOfStep(const QString& stepUid) const
{
    auto found = storage::querySingleValue(
        m_db,
        QStringLiteral(
            "SELECT s.case_id FROM execution_step e JOIN sanction s ON s.id = e.sanction_id WHERE e.uid = ?"),
        {stepUid});
    if (!found.ok())
        return found.error();
    if (found->isNull())
        return makeError(ErrorCode::NotFound, QStringLiteral("no execution step %1").arg(stepUid));
    return found->toLongLong();
}

Result<bool> SanctionRepository::completeStep(const QString& stepUid, const QDate& doneOn, const QString& feedback,
                                              qint64 userId)
{
    auto changed = storage::execute(
        m_db,
        QStringLiteral("UPDATE execution_step SET done_on = ?, feedback = ?, recorded_by = ? WHERE uid = ? AND "
                       "done_on IS NULL AND NOT EXISTS (SELECT 1 FROM sanction n WHERE n.supersedes = "
                       "execution_step.sanction_id)"),
        {isoDate(doneOn), feedback, userId, stepUid});
    if (!changed.ok())
        return changed.error();
    return changed.value() > 0;
}

Result<QList<ExecutionAlert>> SanctionRepository::openStepsDueBy(const QDate& horizon, const QDate& asOf,
                                                                 const access::RecordVisibility& visibility) const
{
    QVariantList values{isoDate(horizon)};
    const QString visible = visibility.caseCondition(QStringLiteral("c"), values);
    auto query = storage::runQuery(
        m_db,
        QStringLiteral(
            "SELECT e.uid, s.uid, c.uid, c.number, p.name, s.kind, e.kind, s.executing_unit, e.due_on FROM "
            "execution_step e JOIN sanction s ON s.id = e.sanction_id JOIN case_file c ON c.id = s.case_id "
            "JOIN person p ON p.id = s.person_id WHERE e.done_on IS NULL AND e.due_on <= ? AND s.revoked = "
            "0 AND NOT EXISTS (SELECT 1 FROM sanction n WHERE n.supersedes = s.id) AND %1 ORDER BY e.due_on, e.id")
            .arg(visible),
        values);
    if (!query.ok())
        return query.error();
    QList<ExecutionAlert> alerts;
    while (query->next()) {
        ExecutionAlert alert;
        alert.stepUid = query->value(0).toString();
        alert.sanctionUid = query->value(1).toString();
        alert.caseUid = query->value(2).toString();
        alert.caseNumber = query->value(3).toString();
        alert.personName = query->value(4).toString();
        alert.sanction = sanctionFromKey(query->value(5).toString()).value_or(SanctionKind::PartyWarning);
        alert.step = executionStepFromKey(query->value(6).toString()).value_or(ExecutionStepKind::Announcement);
        alert.executingUnit = query->value(7).toString();
        alert.dueOn = dateOf(query->value(8));
        alert.overdue = alert.dueOn < asOf;
        alerts << alert;
    }
    return alerts;
}

Status SanctionRepository::insertRecovery(const QString& uid, qint64 caseId, qint64 amountCents,
                                          const QString& currency, const QDate& recoveredOn, const QString& source,
                                          qint64 userId)
{
    QF_TRY(storage::execute(
        m_db,
        QStringLiteral("INSERT INTO asset_recovery (uid, case_id, amount_cents, currency, "
                       "recovered_on, source, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {uid, caseId, amountCents, currency, isoDate(recoveredOn), source, userId, audit::nowUtcIso()}));
    return {};
}

Result<QList<AssetRecovery>> SanctionRepository::recoveriesOf(qint64 caseId) const
{
    auto query = storage::runQuery(m_db,
                                   QStringLiteral("SELECT r.uid, r.amount_cents, r.currency, r.recovered_on, r.source, "
                                                  "u.login FROM asset_recovery r JOIN app_user u ON u.id = "
                                                  "r.recorded_by WHERE r.case_id = ? ORDER BY r.recovered_on, r.id"),
                                   {caseId});
    if (!query.ok())
        return query.error();
    QList<AssetRecovery> recoveries;
    while (query->next())
        recoveries << AssetRecovery{query->value(0).toString(), query->value(1).toLongLong(),
                                    query->value(2).toString(), dateOf(query->value(3)),
                                    query->value(4).toString(), query->value(5).toString()};
    return recoveries;
}

} // namespace qf::sanctions
