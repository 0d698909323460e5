#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace qf::storage {

// Applies the numbered SQL resources in :/migrations (NNNN_name.sql) that the vault has not taken yet, in order and
// all in one transaction, and records each in schema_migration; a migration numbered below one already applied (from
// work merged later) still runs. PRAGMA user_version holds the highest number. Running it again is a no-op. Returns
// how many migrations were applied.
Result<int> applyMigrations(const QSqlDatabase& db);
int latestSchemaVersion();

} // namespace qf::storage
