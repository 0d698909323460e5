#pragma once

#include "CaseFixture.h"
#include "people/Person.h"
#include "people/SanctionLookup.h"

#include <QMap>

namespace qf::test {

// Sanctions the test records by person, standing in for the sanctions module behind the SanctionLookup seam.
class RecordedSanctions final : public people::SanctionLookup
{
public:
    void add(qint64 personId, const people::SanctionPeriod& period) { m_periods[personId] << period; }
    Result<QList<people::SanctionPeriod>> sanctionsOf(const QSqlDatabase&, qint64 personId) const override
    {
        return m_periods.value(personId);
    }

private:
    QMap<qint64, QList<people::SanctionPeriod>> m_periods;
};

// A case fixture (users clerk, lead, inv, boss, rev1 ...; a case subject 郑国强 of 某市交通运输局) plus helpers that
// put people on record in each state an integrity opinion tells apart.
class IntegrityFixture : public CaseFixture
{
public:
    static QString idNumber(int sequence); // a valid ID number, distinct per sequence
    static people::Person person(const QString& name, const QString& unit, const QString& idNumber = {});

    // A report naming the person, left waiting for screening.
    void pendingReport(const people::Person& subject);
    // A lead about the person, disposed of by the approver; returns the lead uid.
    QString leadWith(const people::Person& subject, std::optional<int> disposition);
    // A lead filed as a case (stage verification); returns the case uid.
    QString openCase(const people::Person& subject);
    // The person's id in the vault (by ID number, or name and unit).
    qint64 personId(const people::Person& subject);
};

} // namespace qf::test
