#include "sanctions/AssetRecoveryService.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "property/Money.h"
#include "sanctions/SanctionRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace qf::sanctions {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("qf::sanctions::AssetRecoveryService", text);
}
} // namespace

Result<QString> AssetRecoveryService::record(const QString& caseUid, qint64 amountCents, const QString& currency,
                                             const QDate& recoveredOn, const QString& source)
{
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (amountCents <= 0)
        return makeError(ErrorCode::Invalid, tr("The amount recovered must be more than zero."));
    if (!currencyCode.match(currency).hasMatch())
        return makeError(ErrorCode::Invalid, tr("Give the currency as a three-letter code such as CNY."));
    if (!recoveredOn.isValid() || recoveredOn > QDate::currentDate() || source.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Say where the amount came from and when it was recovered; the date cannot be in the "
                            "future."));
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, access::Permission::ManageCases, cases::caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
                              const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                              QF_TRY(SanctionRepository(db).insertRecovery(uid, c->id, amountCents, currency,
                                                                           recoveredOn, source.trimmed(),
                                                                           m_session.user().id));
                              note.action = QStringLiteral("recovery.record");
                              note.summary = property::formatAmount(amountCents, currency);
                              return uid;
                          });
}

Result<QList<AssetRecovery>> AssetRecoveryService::recoveriesOf(const QString& caseUid)
{
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(access::Permission::ViewCases, cases::caseTarget(c.value())));
    return SanctionRepository(m_session.database()).recoveriesOf(c->id);
}

} // namespace qf::sanctions
