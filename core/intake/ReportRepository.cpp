#include "intake/ReportRepository.h"

#include "audit/AuditTrail.h"
#include "people/PersonRepository.h"
#include "storage/Sql.h"
#include "storage/SubstringIndex.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::intake {

using storage::execute;
using storage::runQuery;

namespace {

constexpr auto kColumns = "r.id, r.uid, r.channel, r.received_date, r.real_name, r.allegations, r.sector, r.summary, "
                          "u.login, r.registered_at, r.screening, r.screening_reason, l.uid";

Report reportFrom(const QSqlQuery& query)
{
    Report report;
    report.id = query.value(0).toLongLong();
    report.uid = query.value(1).toString();
    report.channel = channelFromKey(query.value(2).toString()).value_or(Channel::Other);
    report.receivedDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    report.realName = query.value(4).toInt() != 0;
    report.allegations = query.value(5).toString().split(u',', Qt::SkipEmptyParts);
    report.sector = query.value(6).toString();
    report.summary = query.value(7).toString();
    report.registeredBy = query.value(8).toString();
    report.registeredAt = query.value(9).toString();
    report.screening = screeningFromKey(query.value(10).toString()).value_or(Screening::Pending);
    report.screeningReason = query.value(11).toString();
    report.leadUid = query.value(12).toString();
    return report;
}

QString selectReports()
{
    return QStringLiteral("SELECT %1 FROM report r JOIN app_user u ON u.id = r.registered_by LEFT JOIN lead l ON "
                          "l.id = r.lead_id")
        .arg(QLatin1String(kColumns));
}

} // namespace

Result<Report> ReportRepository::insert(const ReportDraft& draft, qint64 registeredBy)
{
    Report report;
    report.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.channel = draft.channel;
    report.receivedDate = draft.receivedDate;
    report.realName = draft.realName;
    report.allegations = draft.allegations;
    report.sector = draft.sector;
    report.summary = draft.summary.trimmed();
    report.registeredAt = audit::nowUtcIso();
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT INTO report (uid, channel, received_date, real_name, allegations, "
                                         "sector, summary, registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?)"),
                          {report.uid, channelKey(draft.channel), draft.receivedDate.toString(Qt::ISODate),
                           draft.realName ? 1 : 0, draft.allegations.join(u','), draft.sector, report.summary,
                           registeredBy, report.registeredAt});
    if (!query.ok())
        return query.error();
    report.id = query->lastInsertId().toLongLong();
    people::PersonRepository persons(m_db);
    for (const people::Person& subject : draft.subjects) {
        auto stored = persons.findOrInsert(subject);
        if (!stored.ok())
            return stored.error();
        QF_TRY(persons.linkToReport(report.id, stored->id));
        report.subjects << stored.value();
    }
    QF_TRY(storage::SubstringIndex(m_db, QStringLiteral("report_search")).put(report.id, report.summary));
    return report;
}

Result<qint64> ReportRepository::insertIdentity(qint64 reportId, const QString& kind, const IdentityDraft& identity)
{
    auto query =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO protected_identity (uid, kind, report_id, name, id_number, phone, "
                                "address, work_unit, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {QUuid::createUuid().toString(QUuid::WithoutBraces), kind, reportId, identity.name.trimmed(),
                  identity.idNumber.trimmed().toUpper(), identity.phone.trimmed(), identity.address.trimmed(),
                  identity.workUnit.trimmed(), audit::nowUtcIso()});
    if (!query.ok())
        return query.error();
    return query->lastInsertId().toLongLong();
}

Result<Report> ReportRepository::findByUid(const QString& uid) const
{
    auto query = runQuery(m_db, selectReports() + QStringLiteral(" WHERE r.uid = ?"), {uid});
    if (!query.ok())
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("qf::intake", "There is no such report."));
    Report report = reportFrom(query.value());
    query->finish();
    auto subjects = people::PersonRepository(m_db).subjectsOfReport(report.id);
    if (!subjects.ok())
        return subjects.error();
    report.subjects = subjects.value();
    return report;
}

Status ReportRepository::setScreening(qint64 reportId, Screening screening, const QString& reason, qint64 userId,
                                      std::optional<qint64> leadId)
{
    QF_TRY(execute(m_db,
                   QStringLiteral("UPDATE report SET screening = ?, screening_reason = ?, screened_by = ?, "
                                  "screened_at = ?, lead_id = coalesce(?, lead_id) WHERE id = ?"),
                   {screeningKey(screening), reason, userId, audit::nowUtcIso(),
                    leadId ? QVariant(*leadId) : QVariant(QMetaType(QMetaType::LongLong)), reportId}));
    return {};
}

Result<QList<Report>> ReportRepository::list(const ReportFilter& filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.screening) {
        conditions << QStringLiteral("r.screening = ?");
        values << screeningKey(*filter.screening);
    }
    if (filter.channel) {
        conditions << QStringLiteral("r.channel = ?");
        values << channelKey(*filter.channel);
    }
    if (filter.receivedFrom.isValid()) {
        conditions << QStringLiteral("r.received_date >= ?");
        values << filter.receivedFrom.toString(Qt::ISODate);
    }
    if (filter.receivedTo.isValid()) {
        conditions << QStringLiteral("r.received_date <= ?");
        values << filter.receivedTo.toString(Qt::ISODate);
    }
    if (!filter.text.trimmed().isEmpty()) {
        auto search = storage::SubstringIndex::condition(m_db, QStringLiteral("report_search"), QStringLiteral("r.id"),
                                                         QStringLiteral("r.summary"), filter.text);
        if (!search.ok())
            return search.error();
        conditions << search->sql;
        values << search->values;
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    values << filter.limit << filter.offset;
    auto query = runQuery(
        m_db, selectReports() + where + QStringLiteral(" ORDER BY r.received_date DESC, r.id DESC LIMIT ? OFFSET ?"),
        values);
    if (!query.ok())
        return query.error();
    QList<Report> reports;
    QList<qint64> ids;
    while (query->next()) {
        reports << reportFrom(query.value());
        ids << reports.constLast().id;
    }
    query->finish();
    // Each row carries its subjects, as findByUid gives them: the list shows them and screening starts from them.
    auto subjects = people::PersonRepository(m_db).subjectsOfReports(ids);
    if (!subjects.ok())
        return subjects.error();
    for (Report& report : reports)
        report.subjects = subjects->value(report.id);
    return reports;
}

} // namespace qf::intake
