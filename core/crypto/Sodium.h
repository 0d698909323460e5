#pragma once

namespace qf::crypto {

// Initialises libsodium once; safe to call from any thread. Returns false if the library cannot start.
bool ensureSodium();

// Disables core dumps for this process so that keys never land in a dump file.
void disableCoreDumps();

} // namespace qf::crypto
