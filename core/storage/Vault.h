#pragma once

#include "common/Result.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecretBytes.h"
#include "storage/KeySlots.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <memory>

class QLockFile;

namespace qf::storage {

struct VaultCreateOptions
{
    QString path;
    QString organName;
    QString adminLogin;
    QString adminDisplayName;
    crypto::KdfParams kdf = crypto::KdfParams::production();
};

// The encrypted store: a SQLCipher database plus its key-slot sidecar. While unlocked it holds the master key in
// locked memory and a lock file that keeps other processes out (sessions inside this process share it); lock()
// closes every connection and wipes the key.
class Vault
{
public:
    // Page cache per connection. SQLCipher decrypts and authenticates every page it reads from disk, so keeping the
    // working set in memory is what brings encrypted reads close to plain ones (see tests/bench).
    static constexpr int kPageCacheMib = 64;

    // Creates the database and sidecar. recoveryKey receives the recovery key, to be shown once and printed.
    static Result<std::unique_ptr<Vault>> create(const VaultCreateOptions& options,
                                                 const crypto::SecretBytes& adminPassword, QString* recoveryKey);
    static Result<std::unique_ptr<Vault>> open(const QString& path, const QString& login,
                                               const crypto::SecretBytes& password);
    static Result<std::unique_ptr<Vault>> openWithRecoveryKey(const QString& path, const QString& recoveryKey);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    const QString& path() const { return m_path; }
    QString uid() const { return m_slots.vaultUid(); }
    QString cipherVersion() const
    {
        QMutexLocker guard(&m_mutex);
        return m_cipherVersion;
    }
    const CipherSettings& cipherSettings() const { return m_slots.cipher(); }
    bool isLocked() const { return m_masterKey.isEmpty(); }
    // Who unlocked the vault (empty when opened with the recovery key).
    const QString& unlockedBy() const { return m_unlockedBy; }

    // The main connection, owned by the thread that opened the vault.
    QSqlDatabase database() const;
    // A connection for a worker thread: call from that thread, and close it there when done.
    Result<QSqlDatabase> openConnection(const QString& name);
    void closeConnection(const QString& name);

    void lock();
    Status unlock(const QString& login, const crypto::SecretBytes& password);

    // Subkeys derived from the master key.
    crypto::SecretBytes auditKey() const;

    // Key-slot management. Callers (UserService) check permissions and write the audit entry.
    Status setUserPassword(const QString& login, const crypto::SecretBytes& password,
                           const crypto::KdfParams& kdf = crypto::KdfParams::production());
    Status removeUserSlot(const QString& login);
    bool hasUserSlot(const QString& login) const;
    // True if the password opens the user's slot; does not touch the open database.
    bool checkPassword(const QString& login, const crypto::SecretBytes& password) const;
    Result<QString> rotateRecoveryKey(const crypto::KdfParams& kdf = crypto::KdfParams::production());
    // New master key: re-encrypts the database (sqlcipher_export + atomic rename). Only the acting user's slot can
    // be rewrapped; other users need a password reset afterwards. Returns the new recovery key.
    Result<QString> rekey(const QString& login, const crypto::SecretBytes& password,
                          const crypto::KdfParams& kdf = crypto::KdfParams::production());

    // Removes a vault's files (database, its -wal/-shm/-journal, the key-slot sidecar). Only for a vault that was
    // never finished and is closed: initializeVault calls it when the first transaction fails.
    static void removeFiles(const QString& path);

    static QString generateRecoveryKey();
    static crypto::SecretBytes normaliseRecoveryKey(const QString& text);

private:
    Vault() = default;
    static Result<std::unique_ptr<Vault>> unlockFile(const QString& path, KeySlotFile slots,
                                                     crypto::SecretBytes masterKey, const QString& login);
    Status acquireFileLock();
    Status keepAuditKey();
    QString mainConnectionName() const;
    Result<QSqlDatabase> connect(const QString& name, bool create);
    Result<QSqlDatabase> connectOnce(const QString& name, bool create);
    Status configureConnection(QSqlDatabase& db, bool create);

    QString m_path;
    QString m_unlockedBy;
    QString m_mainConnection;
    QString m_cipherVersion;
    KeySlotFile m_slots;
    crypto::SecretBytes m_masterKey;
    // Shared by every Vault of this process on the same file; another process is refused.
    std::shared_ptr<QLockFile> m_fileLock;
    QStringList m_connections;
    mutable QMutex m_mutex;
};

} // namespace qf::storage
