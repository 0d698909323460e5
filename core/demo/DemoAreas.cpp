#include "demo/DemoAreas.h"

#include "demo/DemoAreaSteps.h"

namespace qf::demo {

Result<DemoAreaFigures> generateDemoAreas(const DemoRoleSessions& sessions, int scale, quint32 seed)
{
    // A stream of its own, so the base data of the same seed stays as it was.
    SyntheticPeople people(seed ^ 0x5a17c0deU);
    DemoAreaContext context{sessions, people, scale, QDate::currentDate(), {}, {}};
    QF_TRY(addCaseOutcomes(context));
    QF_TRY(addIntegrityData(context));
    return context.figures;
}

} // namespace qf::demo
