#include "people/PersonRepository.h"

#include "audit/AuditTrail.h"
#include "people/IdNumber.h"
#include "storage/Sql.h"

#include <QUuid>

namespace qf::people {

using storage::execute;
using storage::runQuery;

namespace {
constexpr auto kColumns = "p.id, p.uid, p.name, p.id_number, p.id_number_valid, p.unit, p.position, p.cadre_level";
constexpr int kColumnCount = 8;

Person personFrom(const QSqlQuery& query)
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.uid = query.value(1).toString();
    person.name = query.value(2).toString();
    person.idNumber = query.value(3).toString();
    person.idNumberValid = query.value(4).toInt() != 0;
    person.unit = query.value(5).toString();
    person.position = query.value(6).toString();
    person.cadreLevel = query.value(7).toString();
    return person;
}
} // namespace

Result<Person> PersonRepository::findOrInsert(const Person& candidate)
{
    Person person = candidate;
    person.name = person.name.trimmed();
    person.unit = person.unit.trimmed();
    person.idNumber = normaliseIdNumber(person.idNumber);
    person.idNumberValid = !person.idNumber.isEmpty() && checkIdNumber(person.idNumber).valid;
    const QString lookup = person.idNumberValid
                               ? QStringLiteral("SELECT %1 FROM person p WHERE p.id_number = ? LIMIT 1")
                               : QStringLiteral("SELECT %1 FROM person p WHERE p.name = ? AND p.unit = ? AND "
                                                "p.id_number = ? LIMIT 1");
    const QVariantList values =
        person.idNumberValid ? QVariantList{person.idNumber} : QVariantList{person.name, person.unit, person.idNumber};
    auto existing = runQuery(m_db, lookup.arg(QLatin1String(kColumns)), values);
    if (!existing.ok())
        return existing.error();
    if (existing->next())
        return personFrom(existing.value());
    person.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto inserted =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO person (uid, name, id_number, id_number_valid, unit, position, "
                                "cadre_level, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {person.uid, person.name, person.idNumber, person.idNumberValid ? 1 : 0, person.unit, person.position,
                  person.cadreLevel, audit::nowUtcIso()});
    if (!inserted.ok())
        return inserted.error();
    person.id = inserted->lastInsertId().toLongLong();
    return person;
}

Result<QList<Person>> PersonRepository::subjectsVia(const QString& table, const QString& column, qint64 id) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT %1 FROM person p JOIN %2 s ON s.person_id = p.id WHERE s.%3 = ? "
                                         "ORDER BY p.id")
                              .arg(QLatin1String(kColumns), table, column),
                          {id});
    if (!query.ok())
        return query.error();
    QList<Person> people;
    while (query->next())
        people << personFrom(query.value());
    return people;
}

Result<QList<Person>> PersonRepository::subjectsOfReport(qint64 reportId) const
{
    return subjectsVia(QStringLiteral("report_subject"), QStringLiteral("report_id"), reportId);
}

Result<QHash<qint64, QList<Person>>> PersonRepository::subjectsOfReports(const QList<qint64>& reportIds) const
{
    QHash<qint64, QList<Person>> byReport;
    if (reportIds.isEmpty())
        return byReport;
    // The ids are the vault's own integers, written into the statement so that any number of them fits.
    QStringList ids;
    ids.reserve(reportIds.size());
    for (qint64 id : reportIds)
        ids << QString::number(id);
    auto query = runQuery(m_db, QStringLiteral("SELECT %1, s.report_id FROM person p JOIN report_subject s ON "
                                               "s.person_id = p.id WHERE s.report_id IN (%2) ORDER BY p.id")
                                    .arg(QLatin1String(kColumns), ids.join(u',')));
    if (!query.ok())
        return query.error();
    while (query->next())
        byReport[query->value(kColumnCount).toLongLong()] << personFrom(query.value());
    return byReport;
}

Result<QList<Person>> PersonRepository::subjectsOfLead(qint64 leadId) const
{
    return subjectsVia(QStringLiteral("lead_subject"), QStringLiteral("lead_id"), leadId);
}

Status PersonRepository::linkToReport(qint64 reportId, qint64 personId)
{
    QF_TRY(execute(m_db, QStringLiteral("INSERT OR IGNORE INTO report_subject (report_id, person_id) VALUES (?, ?)"),
                   {reportId, personId}));
    return {};
}

Status PersonRepository::linkToLead(qint64 leadId, qint64 personId)
{
    QF_TRY(execute(m_db, QStringLiteral("INSERT OR IGNORE INTO lead_subject (lead_id, person_id) VALUES (?, ?)"),
                   {leadId, personId}));
    return {};
}

} // namespace qf::people
