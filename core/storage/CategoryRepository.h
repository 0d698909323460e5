#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace qf::storage {

// One entry of a configurable list (allegation, sector, cadre_level, lead_source, measure, meeting_type, office).
struct Category
{
    QString code;
    QString label;
};

// The entries of one list, in their configured order.
Result<QList<Category>> categories(const QSqlDatabase& db, const QString& kind);
// Adds an entry at the end of its list, or renames the label of an existing code. Codes are never removed: records
// refer to them. Called inside the caller's transaction (settings::VaultSettingsService).
Status saveCategory(const QSqlDatabase& db, const QString& kind, const Category& category);

} // namespace qf::storage
