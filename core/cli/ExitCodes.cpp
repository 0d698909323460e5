#include "cli/ExitCodes.h"

namespace qf::cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return ExitUsage;
    case ErrorCode::WrongPassword:
    case ErrorCode::Throttled:
        return ExitLogin;
    case ErrorCode::Damaged:
    case ErrorCode::SlotFileTampered:
    case ErrorCode::NotEncrypted:
        return ExitDamaged;
    case ErrorCode::PermissionDenied:
        return ExitPermissionDenied;
    case ErrorCode::VerificationFailed:
        return ExitVerificationFailed;
    case ErrorCode::UntrustedSigner:
        return ExitUntrustedSigner;
    case ErrorCode::Failed:
    case ErrorCode::FileMissing:
    case ErrorCode::ReadOnly:
    case ErrorCode::AlreadyOpen:
    case ErrorCode::AlreadyExists:
    case ErrorCode::NotFound:
    case ErrorCode::Invalid:
    case ErrorCode::Locked:
    case ErrorCode::Cancelled:
    case ErrorCode::Database:
        return ExitFailure;
    }
    return ExitFailure;
}

} // namespace qf::cli
