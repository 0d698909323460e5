#pragma once

#include "access/Session.h"
#include "common/Result.h"

namespace qf::archive {

struct BackupSet
{
    QString directory;
    QString createdAt;
    QString vaultUid;
    qint64 bytes = 0;
    QStringList rotatedAway; // older sets removed by rotation
};

inline const QString kBackupKeepSetting = QStringLiteral("backup_keep");
constexpr int kDefaultBackupKeep = 10;
constexpr int kMaxBackupKeep = 1000;

// Whole-vault backup sets: the database re-written by sqlcipher_export (same key, so the copied key-slot file opens
// it) plus that key-slot file, with a SHA-256 manifest. Restore checks the whole set first, then swaps the files.
class BackupService
{
public:
    // Writes DIR/qingfeng-backup-<time>/ and then keeps only the newest `backup_keep` sets of this vault in DIR
    // (0 keeps all). Needs ManageKeys; audited.
    static Result<BackupSet> backup(access::Session& session, const QString& outDir);
    // The rotation setting: how many sets of this vault a backup keeps (0 keeps all).
    static int keep(const QSqlDatabase& db);
    // Changes it; needs ManageKeys; audited.
    static Status setKeep(access::Session& session, int keep);
    // Checks a set without changing anything: checksums, the key file, the user's slot, and the database's
    // integrity. The user must be an administrator in the backup.
    static Status verify(const QString& setDir, const QString& login, const crypto::SecretBytes& password);
    // Copies the set next to the vault and verifies the copies, moves the current vault aside (never deleted), and
    // puts the copies in its place; a failed step undoes the ones before it. The vault must not be open anywhere.
    // The restore is audited in the restored vault.
    static Result<QString> restore(const QString& setDir, const QString& vaultPath, const QString& login,
                                   const crypto::SecretBytes& password);
};

} // namespace qf::archive
