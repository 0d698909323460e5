#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace qf::workflow {

struct GuardContext
{
    QSqlDatabase db;
    qint64 caseId = 0;
    QJsonObject params;
};

using GuardCheck = std::function<Status(const GuardContext&)>;

// The guards a case workflow definition may name. Each says, when it fails, what is missing.
GuardCheck caseGuard(const QString& name);
QStringList caseGuardNames();

} // namespace qf::workflow
