#pragma once

#include "common/Result.h"
#include "people/Person.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace qf::people {

// SQL for the person table. Callers own the transaction.
class PersonRepository
{
public:
    explicit PersonRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Reuses the person with the same valid ID number, or the same name and unit; otherwise inserts.
    Result<Person> findOrInsert(const Person& person);
    Result<QList<Person>> subjectsOfReport(qint64 reportId) const;
    // The subjects of many reports in one query, by report id; a report without subjects has no entry.
    Result<QHash<qint64, QList<Person>>> subjectsOfReports(const QList<qint64>& reportIds) const;
    Result<QList<Person>> subjectsOfLead(qint64 leadId) const;
    Status linkToReport(qint64 reportId, qint64 personId);
    Status linkToLead(qint64 leadId, qint64 personId);

private:
    Result<QList<Person>> subjectsVia(const QString& table, const QString& column, qint64 id) const;
    QSqlDatabase m_db;
};

} // namespace qf::people
