#pragma once

#include "access/Session.h"
#include "access/User.h"
#include "common/Result.h"

namespace qf::access {

// Users and their key slots. Every call checks the session's permission and writes its audit entry.
class UserService
{
public:
    explicit UserService(Session& session, crypto::KdfParams kdf = crypto::KdfParams::production())
        : m_session(session), m_kdf(kdf)
    {
    }

    Result<QList<User>> listUsers() const;
    Result<User> addUser(const QString& login, const QString& displayName, const QList<Role>& roles,
                         const crypto::SecretBytes& password);
    // Disabling deletes the user's key slot: the account can no longer open the vault.
    Status disableUser(const QString& login);
    // An administrator sets a new password for someone else (for example after a rekey).
    Status setPassword(const QString& login, const crypto::SecretBytes& newPassword);
    Status changeOwnPassword(const crypto::SecretBytes& currentPassword, const crypto::SecretBytes& newPassword);
    // Re-encrypts the vault under a new master key. Returns the new recovery key.
    Result<QString> rekeyVault(const crypto::SecretBytes& password);
    Result<QString> rotateRecoveryKey();

private:
    Session& m_session;
    crypto::KdfParams m_kdf;
};

} // namespace qf::access
