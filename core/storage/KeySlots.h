#pragma once

#include "common/Result.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecretBytes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace qf::storage {

// The SQLCipher settings a vault was created with; applied on every open so SQLCipher 4 reads a 3.x vault.
struct CipherSettings
{
    QString createdWith; // cipher_version at creation
    int pageSize = 4096;
    int compatibility = 3; // SQLCipher major format version

    QJsonObject toJson() const;
    static CipherSettings fromJson(const QJsonObject& json);
};

enum class SlotKind
{
    User,
    Recovery,
};

// One password-wrapped copy of the vault's master key (as in LUKS).
struct KeySlot
{
    QString id;
    SlotKind kind = SlotKind::User;
    QString login; // empty for the recovery slot
    crypto::KdfParams kdf;
    QByteArray salt;
    QByteArray wrappedKey;
};

// The key-slot sidecar beside the database: slots, cipher settings and a MAC keyed from the master key.
class KeySlotFile
{
public:
    static QString pathFor(const QString& vaultPath) { return vaultPath + QStringLiteral(".keys"); }

    // Reads and parses the file; the MAC can only be checked once a slot has yielded the master key.
    static Result<KeySlotFile> read(const QString& path);
    // Writes atomically (temporary file + rename), with a fresh MAC.
    Status write(const QString& path, const crypto::SecretBytes& masterKey) const;
    bool macMatches(const crypto::SecretBytes& masterKey) const;

    const QString& vaultUid() const { return m_vaultUid; }
    void setVaultUid(const QString& uid) { m_vaultUid = uid; }
    const CipherSettings& cipher() const { return m_cipher; }
    void setCipher(const CipherSettings& cipher) { m_cipher = cipher; }
    const QList<KeySlot>& slots() const { return m_slots; }

    const KeySlot* findUserSlot(const QString& login) const;
    const KeySlot* recoverySlot() const;

    // Wraps the master key under a key derived from the password and replaces any slot of the same login/kind.
    Status putSlot(SlotKind kind, const QString& login, const crypto::SecretBytes& secret,
                   const crypto::SecretBytes& masterKey, const crypto::KdfParams& params);
    bool removeUserSlot(const QString& login);
    void removeAllUserSlotsExcept(const QString& login);
    // Returns the master key if the secret opens the slot.
    std::optional<crypto::SecretBytes> unlock(const KeySlot& slot, const crypto::SecretBytes& secret) const;

private:
    QJsonObject toJsonWithoutMac() const;
    QByteArray associatedData(const KeySlot& slot) const;

    QString m_vaultUid;
    CipherSettings m_cipher;
    QList<KeySlot> m_slots;
    QByteArray m_mac;
};

} // namespace qf::storage
