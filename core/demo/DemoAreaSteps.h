#pragma once

#include "demo/DemoAreas.h"
#include "demo/SyntheticPeople.h"
#include "people/Person.h"

#include <QDate>
#include <QList>

namespace qf::demo {

// What the steps of generateDemoAreas share: the sessions, one seeded source of randomness and the figures so far.
struct DemoAreaContext
{
    const DemoRoleSessions& sessions;
    SyntheticPeople& people;
    int scale = 1;
    QDate today;
    DemoAreaFigures figures;
    QList<people::Person> sanctionedPeople; // for integrity opinion requests that find a sanction

    // A date `minDays` to `maxDays` days before today.
    QDate daysAgo(int minDays, int maxDays)
    {
        const auto span = static_cast<quint32>(std::max(0, maxDays - minDays) + 1);
        return today.addDays(-minDays - static_cast<qint64>(people.random().bounded(span)));
    }
    // Not later than today.
    QDate capped(const QDate& date) const { return std::min(date, today); }
};

// Sanctions with execution and appeals, recoveries, transfers, assistance requests and recommendation letters.
Status addCaseOutcomes(DemoAreaContext& context);
// The staff register, integrity files with personal-matters reports and flags, and integrity opinion requests.
Status addIntegrityData(DemoAreaContext& context);

} // namespace qf::demo
