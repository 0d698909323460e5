#include "leads/LeadRepository.h"

#include "access/RecordVisibility.h"
#include "audit/AuditTrail.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "storage/Sql.h"
#include "storage/SubstringIndex.h"

#include <QCoreApplication>

namespace qf::leads {

using storage::execute;
using storage::runQuery;

namespace {

constexpr auto kRowColumns = "l.uid, l.number, l.status, l.disposition, l.source, l.sector, "
                             "(SELECT group_concat(p.name, '、') FROM lead_subject s JOIN person p ON p.id = "
                             "s.person_id WHERE s.lead_id = l.id), "
                             "substr(l.summary, 1, 120), l.created_at, l.next_review_date, l.confidentiality";

LeadRow rowFrom(const QSqlQuery& query, const QDate& today)
{
    LeadRow row;
    row.uid = query.value(0).toString();
    row.number = query.value(1).toString();
    row.status = leadStatusFromKey(query.value(2).toString()).value_or(LeadStatus::Registered);
    row.disposition = query.value(3).toString();
    row.source = query.value(4).toString();
    row.sector = query.value(5).toString();
    row.subjects = query.value(6).toString();
    row.summary = query.value(7).toString();
    row.createdAt = query.value(8).toString();
    row.nextReviewDate = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    row.confidentiality = static_cast<access::ConfidentialityLevel>(query.value(10).toInt());
    row.overdue = row.status != LeadStatus::Closed && row.disposition != QLatin1String("file_case") &&
                  row.nextReviewDate.isValid() && row.nextReviewDate < today;
    return row;
}

// Builds the WHERE clause and its values for a filter; visibility of confidential leads is always part of it.
// The unary + keeps SQLite from answering a broad filter through its own index and sorting every match: walking
// lead_created newest first and stopping at the page size is what keeps the first page fast (tests/bench).
Result<QString> whereClause(const QSqlDatabase& db, const LeadFilter& filter, qint64 userId, bool seeAll,
                            const QDate& today, QVariantList& values)
{
    QStringList conditions;
    conditions << access::RecordVisibility{userId, seeAll}.leadCondition(QStringLiteral("l"), values);
    if (!filter.number.isEmpty()) {
        conditions << QStringLiteral("l.number LIKE ? ESCAPE '\\'");
        values << QString(QString(filter.number).replace(u'%', QLatin1String("\\%")) + u'%');
    }
    if (!filter.subject.isEmpty()) {
        const bool looksLikeId = filter.subject.size() >= 15 && filter.subject.at(0).isDigit();
        conditions << (looksLikeId ? QStringLiteral("l.id IN (SELECT s.lead_id FROM lead_subject s JOIN person p ON "
                                                    "p.id = s.person_id WHERE p.id_number = ?)")
                                   : QStringLiteral("l.id IN (SELECT s.lead_id FROM lead_subject s JOIN person p ON "
                                                    "p.id = s.person_id WHERE p.name = ?)"));
        values << (looksLikeId ? people::normaliseIdNumber(filter.subject) : filter.subject.trimmed());
    }
    if (!filter.unit.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM lead_subject s JOIN person p ON p.id = s.person_id WHERE "
                                     "s.lead_id = l.id AND instr(p.unit, ?) > 0)");
        values << filter.unit.trimmed();
    }
    if (filter.status) {
        conditions << QStringLiteral("+l.status = ?");
        values << leadStatusKey(*filter.status);
    }
    if (!filter.source.isEmpty()) {
        conditions << QStringLiteral("+l.source = ?");
        values << filter.source;
    }
    if (!filter.sector.isEmpty()) {
        conditions << QStringLiteral("+l.sector = ?");
        values << filter.sector;
    }
    if (filter.createdFrom.isValid()) {
        conditions << QStringLiteral("l.created_at >= ?");
        values << filter.createdFrom.toString(Qt::ISODate);
    }
    if (filter.createdTo.isValid()) {
        conditions << QStringLiteral("l.created_at < ?");
        values << filter.createdTo.addDays(1).toString(Qt::ISODate);
    }
    if (filter.overdueOnly) {
        conditions << QStringLiteral(
            "l.status <> 'closed' AND l.disposition <> 'file_case' AND l.next_review_date < ?");
        values << today.toString(Qt::ISODate);
    }
    if (!filter.text.trimmed().isEmpty()) {
        auto search = storage::SubstringIndex::condition(db, QStringLiteral("lead_search"), QStringLiteral("l.id"),
                                                         QStringLiteral("l.summary"), filter.text);
        if (!search.ok())
            return search.error();
        conditions << search->sql;
        values << search->values;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<Lead> LeadRepository::insert(const Lead& candidate, qint64 createdBy)
{
    Lead lead = candidate;
    const QString now = audit::nowUtcIso();
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT INTO lead (uid, number, source, allegation, sector, cadre_level, "
                                         "confidentiality, summary, status, disposition, next_review_date, "
                                         "found_in_case, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                         "?, ?, ?, '', ?, ?, ?, ?, ?)"),
                          {lead.uid, lead.number, lead.source, lead.allegation, lead.sector, lead.cadreLevel,
                           static_cast<int>(lead.confidentiality), lead.summary, leadStatusKey(lead.status),
                           lead.nextReviewDate.toString(Qt::ISODate), lead.foundInCaseUid, createdBy, now, now});
    if (!query.ok())
        return query.error();
    lead.id = query->lastInsertId().toLongLong();
    lead.createdAt = now;
    people::PersonRepository persons(m_db);
    for (people::Person& subject : lead.subjects) {
        auto stored = persons.findOrInsert(subject);
        if (!stored.ok())
            return stored.error();
        subject = stored.value();
        QF_TRY(persons.linkToLead(lead.id, subject.id));
    }
    QF_TRY(storage::SubstringIndex(m_db, QStringLiteral("lead_search")).put(lead.id, lead.summary));
    return lead;
}

Result<Lead> LeadRepository::findByUid(const QString& uid) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT id, uid, number, source, allegation, sector, cadre_level, "
                                         "confidentiality, summary, status, disposition, next_review_date, "
                                         "found_in_case, created_at FROM lead WHERE uid = ?"),
                          {uid});
    if (!query.ok())
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("qf::leads", "There is no such lead."));
    Lead lead;
    lead.id = query->value(0).toLongLong();
    lead.uid = query->value(1).toString();
    lead.number = query->value(2).toString();
    lead.source = query->value(3).toString();
    lead.allegation = query->value(4).toString();
    lead.sector = query->value(5).toString();
    lead.cadreLevel = query->value(6).toString();
    lead.confidentiality = static_cast<access::ConfidentialityLevel>(query->value(7).toInt());
    lead.summary = query->value(8).toString();
    lead.status = leadStatusFromKey(query->value(9).toString()).value_or(LeadStatus::Registered);
    lead.disposition = dispositionFromKey(query->value(10).toString());
    lead.nextReviewDate = QDate::fromString(query->value(11).toString(), Qt::ISODate);
    lead.foundInCaseUid = query->value(12).toString();
    lead.createdAt = query->value(13).toString();
    query->finish();
    auto subjects = people::PersonRepository(m_db).subjectsOfLead(lead.id);
    if (!subjects.ok())
        return subjects.error();
    lead.subjects = subjects.value();
    auto reports = runQuery(m_db, QStringLiteral("SELECT uid FROM report WHERE lead_id = ? ORDER BY id"), {lead.id});
    if (!reports.ok())
        return reports.error();
    while (reports->next())
        lead.reportUids << reports->value(0).toString();
    return lead;
}

Status LeadRepository::linkReport(qint64 leadId, qint64 reportId)
{
    QF_TRY(execute(m_db, QStringLiteral("UPDATE report SET lead_id = ? WHERE id = ?"), {leadId, reportId}));
    QF_TRY(execute(m_db,
                   QStringLiteral("INSERT OR IGNORE INTO lead_subject (lead_id, person_id) SELECT ?, person_id FROM "
                                  "report_subject WHERE report_id = ?"),
                   {leadId, reportId}));
    return {};
}

Status LeadRepository::recordDisposition(qint64 leadId, std::optional<qint64> meetingId, Disposition disposition,
                                         const QString& reason, const QDate& decidedOn, const QString& approvedBy)
{
    QF_TRY(execute(m_db,
                   QStringLiteral("INSERT INTO lead_disposition (lead_id, meeting_id, disposition, reason, decided_on, "
                                  "approved_by) VALUES (?, ?, ?, ?, ?, ?)"),
                   {leadId, meetingId ? QVariant(*meetingId) : QVariant(QMetaType(QMetaType::LongLong)),
                    dispositionKey(disposition), reason, decidedOn.toString(Qt::ISODate), approvedBy}));
    return {};
}

Status LeadRepository::setState(qint64 leadId, LeadStatus status, std::optional<Disposition> disposition,
                                const QDate& nextReview)
{
    QF_TRY(execute(m_db,
                   QStringLiteral("UPDATE lead SET status = ?, disposition = ?, next_review_date = ?, updated_at = ? "
                                  "WHERE id = ?"),
                   {leadStatusKey(status), disposition ? dispositionKey(*disposition) : QString(),
                    nextReview.toString(Qt::ISODate), audit::nowUtcIso(), leadId}));
    return {};
}

Result<QList<LeadRow>> LeadRepository::list(const LeadFilter& filter, qint64 userId, bool seeAll,
                                            const QDate& today) const
{
    QVariantList values;
    auto where = whereClause(m_db, filter, userId, seeAll, today, values);
    if (!where.ok())
        return where.error();
    values << filter.limit << filter.offset;
    return selectRows(where.value() + QStringLiteral(" ORDER BY l.created_at DESC, l.id DESC LIMIT ? OFFSET ?"), values,
                      today);
}

Result<QList<LeadRow>> LeadRepository::selectRows(const QString& tail, const QVariantList& values,
                                                  const QDate& today) const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT %1 FROM lead l").arg(QString::fromUtf8(kRowColumns)) + tail, values);
    if (!query.ok())
        return query.error();
    QList<LeadRow> rows;
    while (query->next())
        rows << rowFrom(query.value(), today);
    return rows;
}

Result<int> LeadRepository::count(const LeadFilter& filter, qint64 userId, bool seeAll, const QDate& today) const
{
    QVariantList values;
    auto where = whereClause(m_db, filter, userId, seeAll, today, values);
    if (!where.ok())
        return where.error();
    auto total = storage::querySingleValue(m_db, QStringLiteral("SELECT count(*) FROM lead l") + where.value(), values);
    if (!total.ok())
        return total.error();
    return total->toInt();
}

Result<QList<LeadRow>> LeadRepository::agenda(const QDate& asOf, qint64 userId, bool seeAll) const
{
    QVariantList values;
    LeadFilter none;
    auto clause = whereClause(m_db, none, userId, seeAll, asOf, values);
    if (!clause.ok())
        return clause.error();
    QString where = clause.value();
    where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
             QStringLiteral("l.status <> 'closed' AND l.disposition <> 'file_case' AND l.next_review_date <= ?");
    values << asOf.toString(Qt::ISODate);
    return selectRows(where + QStringLiteral(" ORDER BY l.next_review_date, l.id"), values, asOf);
}

} // namespace qf::leads
