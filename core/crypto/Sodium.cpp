#include "crypto/Sodium.h"

#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace qf::crypto {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void disableCoreDumps()
{
    rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace qf::crypto
