#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace qf::storage {

// Applies the numbered SQL resources in :/migrations (NNNN_name.sql) that are newer than PRAGMA user_version,
// all in one transaction. Running it again is a no-op. Returns how many migrations were applied.
Result<int> applyMigrations(const QSqlDatabase& db);
int latestSchemaVersion();

} // namespace qf::storage
