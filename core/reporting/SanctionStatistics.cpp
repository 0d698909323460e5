#include "reporting/SanctionStatistics.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace qf::reporting {

namespace {

Status checkRange(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("qf::reporting::SanctionStatistics",
                                                                         "The end of the period is before its start."));
    return {};
}

} // namespace

Result<QList<SanctionCount>> sanctionsByKindAndLevel(access::Session& session, const QDate& from, const QDate& to)
{
    QF_TRY(session.require(access::Permission::ViewCases));
    return sanctionsByKindAndLevelWithin(session.database(), from, to);
}

Result<QList<SanctionCount>> sanctionsByKindAndLevelWithin(const QSqlDatabase& db, const QDate& from, const QDate& to)
{
    QF_TRY(checkRange(from, to));
    auto query = storage::runQuery(
        db,
        QStringLiteral("SELECT s.kind, s.cadre_level, count(*) FROM sanction s WHERE s.revoked = 0 AND s.effective_on "
                       "BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM sanction n WHERE n.supersedes = s.id) GROUP BY "
                       "s.kind, s.cadre_level ORDER BY s.kind, s.cadre_level"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!query.ok())
        return query.error();
    QList<SanctionCount> counts;
    while (query->next()) {
        const auto kind = sanctions::sanctionFromKey(query->value(0).toString());
        if (kind)
            counts << SanctionCount{*kind, query->value(1).toString(), query->value(2).toInt()};
    }
    return counts;
}

Result<QList<RecoveredTotal>> amountsRecovered(access::Session& session, const QDate& from, const QDate& to)
{
    QF_TRY(session.require(access::Permission::ViewCases));
    return amountsRecoveredWithin(session.database(), from, to);
}

Result<QList<RecoveredTotal>> amountsRecoveredWithin(const QSqlDatabase& db, const QDate& from, const QDate& to)
{
    QF_TRY(checkRange(from, to));
    auto query = storage::runQuery(db,
                                   QStringLiteral("SELECT currency, sum(amount_cents), count(*) FROM asset_recovery "
                                                  "WHERE recovered_on BETWEEN ? AND ? GROUP BY currency ORDER BY "
                                                  "currency"),
                                   {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!query.ok())
        return query.error();
    QList<RecoveredTotal> totals;
    while (query->next())
        totals << RecoveredTotal{query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toInt()};
    return totals;
}

} // namespace qf::reporting
