#pragma once

#include "access/Permission.h"
#include "common/Result.h"
#include "reporting/Alert.h"

#include <QSqlDatabase>
#include <functional>

namespace qf::reporting {

// One kind of alert on the alerts page. An area adds its alerts (execution, coordination feedback,
// recommendation replies, integrity requests, ...) by adding a source to alertSources().
struct AlertSource
{
    QString id;
    QString title;                 // translated
    access::Permission permission; // a user without it does not get this source's alerts
    std::function<Result<QList<Alert>>(const QSqlDatabase&, const AlertQuery&)> collect;
};

QList<AlertSource> alertSources();

} // namespace qf::reporting
