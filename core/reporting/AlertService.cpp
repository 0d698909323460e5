#include "reporting/AlertService.h"

#include "reporting/AlertSource.h"

#include <QCoreApplication>
#include <algorithm>

namespace qf::reporting {

Result<AlertList> AlertService::alerts(const QDate& today, int horizonDays)
{
    QF_TRY(m_session.require(access::Permission::ViewDashboard));
    if (horizonDays < 0 || horizonDays > 366)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("qf::reporting::AlertService",
                                                                         "Look ahead between 0 and 366 days."));
    AlertQuery query;
    query.today = today;
    query.horizonDays = horizonDays;
    query.userId = m_session.user().id;
    query.seeAll = m_session.can(access::Permission::ViewAllConfidential);
    return alertsWithin(m_session.database(), query,
                        [this](access::Permission permission) { return m_session.can(permission); });
}

Result<AlertList> AlertService::alertsWithin(const QSqlDatabase& db, const AlertQuery& query,
                                             const std::function<bool(access::Permission)>& allowed)
{
    auto soonestFirst = [](const Alert& a, const Alert& b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.recordNumber < b.recordNumber;
    };
    AlertList list;
    for (const AlertSource& source : alertSources()) {
        if (allowed && !allowed(source.permission))
            continue;
        auto alerts = source.collect(db, query);
        if (!alerts.ok())
            return alerts.error();
        std::stable_sort(alerts->begin(), alerts->end(), soonestFirst);
        if (alerts->size() > query.limitPerSource) {
            alerts->resize(query.limitPerSource);
            list.cutShort << source.title;
        }
        for (Alert& alert : alerts.value()) {
            alert.source = source.id;
            alert.sourceTitle = source.title;
        }
        list.alerts += alerts.value();
    }
    std::stable_sort(list.alerts.begin(), list.alerts.end(), soonestFirst);
    return list;
}

} // namespace qf::reporting
