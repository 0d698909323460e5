#pragma once

#include "ScriptedSession.h"

namespace qf::reliability {

// What a user may be shown: a sentence of ours first, never an empty text or a bare SQL statement.
bool isClearMessage(const QString& message);

// Outputs appear whole under their final names or not at all: no archive unless the export succeeded, no backup set
// unless the backup did, and no temporary or partial file left beside them either way.
void checkOutputs(const SessionRun& run);

} // namespace qf::reliability
