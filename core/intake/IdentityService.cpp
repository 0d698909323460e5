#include "intake/IdentityService.h"

#include "access/Mutation.h"
#include "people/Masking.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::intake {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::intake::IdentityService", text);
}

constexpr auto kIdentityColumns = "i.id, i.uid, i.kind, r.uid, i.name, i.id_number, i.phone, i.address, i.work_unit";

ProtectedIdentity identityFrom(const QSqlQuery& query)
{
    ProtectedIdentity identity;
    identity.uid = query.value(1).toString();
    identity.kind = query.value(2).toString();
    identity.reportUid = query.value(3).toString();
    identity.name = query.value(4).toString();
    identity.idNumber = query.value(5).toString();
    identity.phone = query.value(6).toString();
    identity.address = query.value(7).toString();
    identity.workUnit = query.value(8).toString();
    return identity;
}

Result<QSqlQuery> selectIdentities(const QSqlDatabase& db, const QString& condition, const QVariantList& values)
{
    return storage::runQuery(db,
                             QStringLiteral("SELECT %1 FROM protected_identity i LEFT JOIN report r ON r.id = "
                                            "i.report_id WHERE %2 ORDER BY i.id")
                                 .arg(QLatin1String(kIdentityColumns), condition),
                             values);
}

} // namespace

ProtectedIdentity masked(ProtectedIdentity identity)
{
    identity.name = people::maskName(identity.name);
    identity.idNumber = people::maskIdNumber(identity.idNumber);
    identity.phone = people::maskPhone(identity.phone);
    identity.address = people::maskFreeText(identity.address);
    identity.workUnit = people::maskFreeText(identity.workUnit);
    identity.revealed = false;
    return identity;
}

Result<QList<ProtectedIdentity>> IdentityService::identitiesOfReport(const QString& reportUid)
{
    QF_TRY(m_session.require(Permission::ViewReports));
    auto query = selectIdentities(m_session.database(), QStringLiteral("r.uid = ?"), {reportUid});
    if (!query.ok())
        return query.error();
    QList<ProtectedIdentity> identities;
    while (query->next())
        identities << masked(identityFrom(query.value()));
    query->finish();
    for (ProtectedIdentity& identity : identities) {
        auto grant = heldGrant(identity.uid);
        if (!grant.ok())
            return grant.error();
        identity.grantHeld = !grant->isEmpty();
    }
    return identities;
}

Result<QString> IdentityService::heldGrant(const QString& identityUid)
{
    auto grant = storage::querySingleValue(
        m_session.database(),
        QStringLiteral("SELECT g.uid FROM identity_grant g JOIN protected_identity i ON i.id = g.identity_id WHERE "
                       "i.uid = ? AND g.requested_by = ? AND g.status = 'approved' AND g.expires_at > ? LIMIT 1"),
        {identityUid, m_session.user().id, audit::nowUtcIso()});
    if (!grant.ok())
        return grant.error();
    return grant->toString();
}

Result<ProtectedIdentity> IdentityService::reveal(const QString& identityUid)
{
    QF_TRY(m_session.require(Permission::RequestIdentityGrant));
    const QSqlDatabase db = m_session.database();
    auto grant = heldGrant(identityUid);
    if (!grant.ok())
        return grant.error();
    if (grant->isEmpty()) {
        (void)m_session.auditStandalone(
            {QStringLiteral("identity.view.denied"), QStringLiteral("identity"), identityUid, tr("no approved grant")});
        return makeError(ErrorCode::PermissionDenied,
                         tr("You hold no approved, unexpired grant for this identity. Request one with a reason."));
    }
    auto query = selectIdentities(db, QStringLiteral("i.uid = ?"), {identityUid});
    if (!query.ok())
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("There is no such identity."));
    ProtectedIdentity identity = identityFrom(query.value());
    identity.revealed = true;
    query->finish();
    auto entry = m_session.auditStandalone({QStringLiteral("identity.view"), QStringLiteral("identity"), identityUid,
                                            tr("viewed under grant %1").arg(grant.value())});
    if (!entry.ok())
        return entry.error(); // no audit, no identity
    return identity;
}

Result<QString> IdentityService::requestGrant(const QString& identityUid, const QString& reason)
{
    if (reason.trimmed().size() < 4)
        return makeError(ErrorCode::Invalid, tr("Explain why you need to see this identity."));
    return access::mutate(m_session, Permission::RequestIdentityGrant, {QStringLiteral("identity"), identityUid},
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
                              auto identityId = storage::querySingleValue(
                                  db, QStringLiteral("SELECT id FROM protected_identity WHERE uid = ?"), {identityUid});
                              if (!identityId.ok())
                                  return identityId.error();
                              if (identityId->isNull())
                                  return makeError(ErrorCode::NotFound, tr("There is no such identity."));
                              const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                              QF_TRY(storage::execute(db,
                                                      QStringLiteral("INSERT INTO identity_grant (uid, identity_id, "
                                                                     "requested_by, reason, requested_at) VALUES (?, "
                                                                     "?, ?, ?, ?)"),
                                                      {uid, identityId.value(), m_session.user().id, reason.trimmed(),
                                                       audit::nowUtcIso()}));
                              note.action = QStringLiteral("identity.grant.request");
                              note.summary = tr("grant %1 requested: %2").arg(uid, reason.trimmed());
                              return uid;
                          });
}

Status IdentityService::decide(const QString& grantUid, bool approve, int validDays, const QString& note)
{
    if (approve && (validDays < 1 || validDays > 90))
        return makeError(ErrorCode::Invalid, tr("A grant is valid for 1 to 90 days."));
    return access::mutate(
        m_session, Permission::ApproveIdentityGrant, {QStringLiteral("identity_grant"), grantUid},
        [&](const QSqlDatabase& db, audit::AuditNote& audit) -> Status {
            auto requester = storage::querySingleValue(
                db, QStringLiteral("SELECT requested_by FROM identity_grant WHERE uid = ? AND status = 'pending'"),
                {grantUid});
            if (!requester.ok())
                return requester.error();
            if (requester->isNull())
                return makeError(ErrorCode::NotFound, tr("There is no pending grant request with that id."));
            if (requester->toLongLong() == m_session.user().id)
                return makeError(ErrorCode::PermissionDenied, tr("You cannot decide on your own request."));
            const QString expires = QDateTime::currentDateTimeUtc().addDays(validDays).toString(Qt::ISODateWithMs);
            QF_TRY(storage::execute(db,
                                    QStringLiteral("UPDATE identity_grant SET status = ?, decided_by = ?, decided_at = "
                                                   "?, decision_note = ?, expires_at = ? WHERE uid = ?"),
                                    {approve ? QStringLiteral("approved") : QStringLiteral("refused"),
                                     m_session.user().id, audit::nowUtcIso(), note,
                                     approve ? QVariant(expires) : QVariant(QMetaType(QMetaType::QString)), grantUid}));
            audit.action = approve ? QStringLiteral("identity.grant.approve") : QStringLiteral("identity.grant.refuse");
            audit.summary = approve ? tr("approved for %1 day(s): %2").arg(validDays).arg(note) : note;
            return {};
        });
}

Status IdentityService::approveGrant(const QString& grantUid, int validDays, const QString& note)
{
    return decide(grantUid, true, validDays, note);
}

Status IdentityService::refuseGrant(const QString& grantUid, const QString& note)
{
    return decide(grantUid, false, 0, note);
}

Result<QList<IdentityGrant>> IdentityService::pendingGrants()
{
    QF_TRY(m_session.require(Permission::ApproveIdentityGrant));
    auto query = storage::runQuery(m_session.database(),
                                   QStringLiteral("SELECT g.uid, i.uid, u.login, g.reason, g.requested_at FROM "
                                                  "identity_grant g JOIN protected_identity i ON i.id = g.identity_id "
                                                  "JOIN app_user u ON u.id = g.requested_by WHERE g.status = 'pending' "
                                                  "ORDER BY g.id"));
    if (!query.ok())
        return query.error();
    QList<IdentityGrant> grants;
    while (query->next()) {
        IdentityGrant grant;
        grant.uid = query->value(0).toString();
        grant.identityUid = query->value(1).toString();
        grant.requestedBy = query->value(2).toString();
        grant.reason = query->value(3).toString();
        grant.requestedAt = query->value(4).toString();
        grants << grant;
    }
    return grants;
}

Result<QList<ReporterReward>> IdentityService::rewardsOf(const QString& identityUid)
{
    QF_TRY(m_session.require(Permission::ViewReports));
    auto rows = storage::runQuery(m_session.database(),
                                  QStringLiteral("SELECT r.amount_cents, r.status, r.note, r.updated_at FROM "
                                                 "reporter_reward r JOIN protected_identity i ON i.id = r.identity_id "
                                                 "WHERE i.uid = ? ORDER BY r.id"),
                                  {identityUid});
    if (!rows.ok())
        return rows.error();
    QList<ReporterReward> rewards;
    while (rows->next())
        rewards << ReporterReward{rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(),
                                  rows->value(3).toString()};
    return rewards;
}

Status IdentityService::setReward(const QString& identityUid, qint64 amountCents, const QString& status,
                                  const QString& note)
{
    if (amountCents < 0 ||
        !QStringList{QStringLiteral("owed"), QStringLiteral("approved"), QStringLiteral("paid")}.contains(status))
        return makeError(ErrorCode::Invalid,
                         tr("A reward has a non-negative amount and a status: owed, approved or paid."));
    return access::mutate(
        m_session, Permission::ApproveSteps, {QStringLiteral("identity"), identityUid},
        [&](const QSqlDatabase& db, audit::AuditNote& audit) -> Status {
            auto identityId = storage::querySingleValue(
                db, QStringLiteral("SELECT id FROM protected_identity WHERE uid = ?"), {identityUid});
            if (!identityId.ok())
                return identityId.error();
            if (identityId->isNull())
                return makeError(ErrorCode::NotFound, tr("There is no such identity."));
            QF_TRY(storage::execute(db,
                                    QStringLiteral("INSERT INTO reporter_reward (uid, identity_id, "
                                                   "amount_cents, status, note, updated_at) VALUES "
                                                   "(?, ?, ?, ?, ?, ?)"),
                                    {QUuid::createUuid().toString(QUuid::WithoutBraces), identityId.value(),
                                     amountCents, status, note, audit::nowUtcIso()}));
            audit.action = QStringLiteral("reporter.reward");
            audit.summary = tr("reward %1 yuan, %2").arg(double(amountCents) / 100.0, 0, 'f', 2).arg(status);
            return {};
        });
}

} // namespace qf::intake
