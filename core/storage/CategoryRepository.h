#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace qf::storage {

// One entry of a configurable list (allegation, sector, cadre_level, lead_source, measure, meeting_type).
struct Category
{
    QString code;
    QString label;
};

// The entries of one list, in their configured order. Read-only; lists are edited in the vault itself.
Result<QList<Category>> categories(const QSqlDatabase& db, const QString& kind);

} // namespace qf::storage
