#pragma once

#include "access/Session.h"
#include "common/Result.h"

namespace qf::demo {

// The demo users' own sessions on the demo vault, so each area's records go through its real service under the role
// that may make them: the administrator keeps the staff register, the lead investigator the case coordination,
// recoveries, letters and integrity files, the reviewer the sanction decisions and appeals.
struct DemoRoleSessions
{
    access::Session& admin;
    access::Session& leadInvestigator;
    access::Session& reviewer;
};

struct DemoAreaFigures
{
    int sanctions = 0;
    int appeals = 0;
    int executedSteps = 0;
    int recoveries = 0;
    int externalTransfers = 0;
    int assistanceRequests = 0;
    int recommendationLetters = 0;
    int staffRecords = 0;
    int integrityFiles = 0;
    int anomalyFlags = 0;
    int opinionRequests = 0;
};

// Fills the areas that follow a case (sanctions with their execution and appeals, asset recoveries, external
// transfers, assistance requests, recommendation letters) and the integrity areas (staff register, integrity files,
// an integrity opinion request) on a vault that DemoDataService has filled. Dates are spread over the past two
// years, so some execution steps, replies and rectification feedback are done, some due and some overdue. The same
// seed on the same base data gives the same records.
Result<DemoAreaFigures> generateDemoAreas(const DemoRoleSessions& sessions, int scale, quint32 seed);

} // namespace qf::demo
