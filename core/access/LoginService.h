#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "storage/Vault.h"

#include <memory>

namespace qf::access {

// Creates a vault with its first administrator. recoveryKey receives the key to show once and print.
Result<std::unique_ptr<Session>> initializeVault(const storage::VaultCreateOptions& options,
                                                 const crypto::SecretBytes& adminPassword, QString* recoveryKey);

// Logs in: throttling, the key slot, the user record, then the queued failed logins go to the audit trail.
Result<std::unique_ptr<Session>> openSession(const QString& vaultPath, const QString& login,
                                             const crypto::SecretBytes& password);

// Writes the failed logins queued beside the vault (while it could not be written) to the audit trail.
void auditQueuedLoginFailures(Session& session);

// Sets a new password for a user by opening the vault with the recovery key (for a forgotten password).
Status resetPasswordWithRecoveryKey(const QString& vaultPath, const QString& recoveryKey, const QString& login,
                                    const crypto::SecretBytes& newPassword,
                                    const crypto::KdfParams& kdf = crypto::KdfParams::production());

} // namespace qf::access
