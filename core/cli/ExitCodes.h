#pragma once

#include "common/Result.h"

namespace qf::cli {

// The exit codes of shared/docs/CLI.md. Scripts depend on them: extend, never renumber.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // anything else; the message says what
    ExitUsage = 2,   // wrong arguments, no password source
    ExitLogin = 3,   // wrong password, unknown or disabled user, too many failed logins
    ExitDamaged = 4, // vault, key file or another file damaged
    ExitPermissionDenied = 5,
    ExitVerificationFailed = 6, // audit chain broken, archive hash or signature mismatch
    ExitUntrustedSigner = 7,
};

// The one mapping from core error codes to exit codes.
// Throttled maps to 3: it is a refused login, and the remedy (wait, then use the right password) is the same.
int exitCodeFor(ErrorCode code);

} // namespace qf::cli
