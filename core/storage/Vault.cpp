#include "storage/Vault.h"

#include "common/Log.h"
#include "crypto/Aead.h"
#include "crypto/Mac.h"
#include "storage/Migrations.h"
#include "storage/RawStatement.h"
#include "storage/Sql.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqliteApi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QThread>
#include <QUuid>
#include <sodium.h>

namespace qf::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::storage::Vault", text);
}

constexpr auto kRecoveryAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
constexpr int kRecoveryChars = 30;
constexpr int kRecoveryGroup = 5;

bool looksLikePlainSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool isWritableFile(const QString& path)
{
    const QFileInfo info(path);
    // Root passes access(2) for any file, so look at the owner's write bit as well.
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

QString sidecarNames(const QString& path)
{
    return QStringList{path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}.join(QStringLiteral(", "));
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

Error wrongPassword()
{
    return makeError(ErrorCode::WrongPassword,
                     tr("Wrong user name or password. Check the keyboard layout and Caps Lock, then try again."));
}

} // namespace

void Vault::removeFiles(const QString& path)
{
    removeDatabaseFiles(path);
    QFile::remove(KeySlotFile::pathFor(path));
}

QString Vault::generateRecoveryKey()
{
    crypto::SecretBytes raw = crypto::SecretBytes::random(kRecoveryChars);
    QString key;
    for (int i = 0; i < kRecoveryChars; ++i) {
        if (i > 0 && i % kRecoveryGroup == 0)
            key += u'-';
        key += QLatin1Char(kRecoveryAlphabet[raw.data()[i] % 32]);
    }
    return key;
}

crypto::SecretBytes Vault::normaliseRecoveryKey(const QString& text)
{
    QByteArray cleaned;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            cleaned.append(c.toUpper().toLatin1());
    return crypto::SecretBytes::takeFrom(cleaned);
}

QString Vault::mainConnectionName() const
{
    // Unique per Vault object: two sessions of this process on one file must not share a connection.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("qf-main-%1-%2").arg(uid()).arg(++counter);
}

Vault::~Vault()
{
    lock();
}

namespace {

// One lock file per vault path and process: sessions in this process share it, other processes are kept out.
QMutex lockRegistryMutex;
QHash<QString, std::weak_ptr<QLockFile>>& lockRegistry()
{
    static QHash<QString, std::weak_ptr<QLockFile>> registry;
    return registry;
}

} // namespace

Status Vault::acquireFileLock()
{
    if (m_fileLock && m_fileLock->isLocked())
        return {};
    QMutexLocker guard(&lockRegistryMutex);
    if (auto shared = lockRegistry().value(m_path).lock()) {
        m_fileLock = shared;
        return {};
    }
    auto fileLock = std::make_shared<QLockFile>(m_path + QStringLiteral(".lock"));
    fileLock->setStaleLockTime(0); // only a dead owner makes the lock stale
    if (!fileLock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        fileLock->getLockInfo(&pid, &host, &app);
        return makeError(ErrorCode::AlreadyOpen,
                         tr("The vault %1 is already open in another program (process %2 on %3). Close it there "
                            "first.")
                             .arg(m_path)
                             .arg(pid)
                             .arg(host));
    }
    lockRegistry().insert(m_path, fileLock);
    m_fileLock = fileLock;
    return {};
}

Result<std::unique_ptr<Vault>> Vault::create(const VaultCreateOptions& options,
                                             const crypto::SecretBytes& adminPassword, QString* recoveryKey)
{
    if (options.path.isEmpty() || options.adminLogin.isEmpty())
        return makeError(ErrorCode::Usage, tr("A vault needs a file name and an administrator."));
    if (adminPassword.size() < 8)
        return makeError(ErrorCode::Invalid, tr("The password must have at least 8 characters."));
    const QString sidecar = KeySlotFile::pathFor(options.path);
    if (QFileInfo::exists(options.path) || QFileInfo::exists(sidecar))
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already exists. Choose another file name; an existing vault is never overwritten.")
                             .arg(options.path));
    const QFileInfo info(options.path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Failed, tr("Cannot create the folder %1.").arg(info.absolutePath()));

    std::unique_ptr<Vault> vault(new Vault());
    vault->m_path = info.absoluteFilePath();
    vault->m_masterKey = crypto::SecretBytes::random(crypto::kKeyBytes);
    vault->m_slots.setVaultUid(QUuid::createUuid().toString(QUuid::WithoutBraces));
    vault->m_unlockedBy = options.adminLogin;

    auto fail = [&](const Error& error) -> Error {
        vault->lock();
        removeFiles(vault->m_path);
        return error;
    };
    if (Status locked = vault->acquireFileLock(); !locked.ok())
        return locked.error();
    auto db = vault->connect(vault->mainConnectionName(), true);
    if (!db.ok())
        return fail(db.error());
    vault->m_mainConnection = db->connectionName();
    auto migrated = applyMigrations(db.value());
    if (!migrated.ok())
        return fail(migrated.error());
    if (looksLikePlainSqlite(vault->m_path))
        return fail(makeError(ErrorCode::NotEncrypted, tr("The new vault file is not encrypted; it was removed.")));

    const QString recovery = generateRecoveryKey();
    if (Status s =
            vault->m_slots.putSlot(SlotKind::User, options.adminLogin, adminPassword, vault->m_masterKey, options.kdf);
        !s.ok())
        return fail(s.error());
    if (Status s = vault->m_slots.putSlot(SlotKind::Recovery, {}, normaliseRecoveryKey(recovery), vault->m_masterKey,
                                          options.kdf);
        !s.ok())
        return fail(s.error());
    if (Status s = vault->m_slots.write(sidecar, vault->m_masterKey); !s.ok())
        return fail(s.error());
    if (recoveryKey)
        *recoveryKey = recovery;
    qCInfo(lcStorage) << "created vault" << vault->uid();
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const QString& login,
                                           const crypto::SecretBytes& password)
{
    std::unique_ptr<Vault> vault(new Vault());
    vault->m_path = QFileInfo(path).absoluteFilePath();
    QF_TRY(vault->unlock(login, password));
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::openWithRecoveryKey(const QString& path, const QString& recoveryKey)
{
    std::unique_ptr<Vault> vault(new Vault());
    vault->m_path = QFileInfo(path).absoluteFilePath();
    QF_TRY(vault->unlock(QString(), normaliseRecoveryKey(recoveryKey)));
    return vault;
}

Status Vault::unlock(const QString& login, const crypto::SecretBytes& password)
{
    if (!isLocked())
        return {};
    if (!QFileInfo::exists(m_path))
        return makeError(ErrorCode::FileMissing,
                         tr("The vault %1 does not exist. Check the path, or restore it from a backup.").arg(m_path));
    if (looksLikePlainSqlite(m_path))
        return makeError(ErrorCode::NotEncrypted,
                         tr("%1 is an unencrypted SQLite file, not a Qingfeng vault. It was not opened.").arg(m_path));
    if (!isWritableFile(m_path))
        return makeError(
            ErrorCode::ReadOnly,
            tr("The vault %1 is read-only. Copy it to a writable folder or fix its permissions.").arg(m_path));
    auto slots = KeySlotFile::read(KeySlotFile::pathFor(m_path));
    if (!slots.ok())
        return slots.error();
    const KeySlot* slot = login.isEmpty() ? slots->recoverySlot() : slots->findUserSlot(login);
    if (!slot)
        return wrongPassword();
    auto masterKey = slots->unlock(*slot, password);
    if (!masterKey)
        return login.isEmpty() ? makeError(ErrorCode::WrongPassword, tr("The recovery key is not correct."))
                               : wrongPassword();
    if (!slots->macMatches(*masterKey))
        return makeError(ErrorCode::SlotFileTampered,
                         tr("The key file %1 has been altered: its slots no longer match their signature. Restore "
                            "it from a backup; the vault was not changed.")
                             .arg(KeySlotFile::pathFor(m_path)));

    m_slots = std::move(slots.value());
    m_masterKey = std::move(*masterKey);
    m_unlockedBy = login;
    if (Status locked = acquireFileLock(); !locked.ok()) {
        lock();
        return locked;
    }
    auto db = connect(mainConnectionName(), false);
    if (!db.ok()) {
        lock();
        return db.error();
    }
    m_mainConnection = db->connectionName();
    auto migrated = applyMigrations(db.value());
    if (!migrated.ok()) {
        lock();
        return migrated.error();
    }
    return {};
}

Result<QSqlDatabase> Vault::connect(const QString& name, bool create)
{
    auto db = connectOnce(name, create);
    // SQLCipher derives the page keys from the salt at the head of the file. If reading it failed, every page then
    // looks damaged on this connection; a new connection reads the salt again, so a passing disk error is not taken
    // for damage.
    if (!db.ok() && db.code() == ErrorCode::Damaged && !create)
        db = connectOnce(name, create);
    return db;
}

Result<QSqlDatabase> Vault::connectOnce(const QString& name, bool create)
{
    if (isLocked())
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    SqlCipherDriver::registerDriver();
    auto* driver = new SqlCipherDriver();
    driver->setRawKey(crypto::SecretBytes::copyOf(m_masterKey.view()));
    Status configured;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(create ? QStringLiteral("QF_CREATE") : QString());
        if (!db.open()) {
            configured = makeError(ErrorCode::Failed, sqlError(db, tr("Cannot open the vault %1").arg(m_path)).message);
        } else {
            configured = configureConnection(db, create);
            if (configured.ok()) {
                QMutexLocker guard(&m_mutex);
                m_connections << name;
                return db;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return configured.error();
}

Status Vault::configureConnection(QSqlDatabase& db, bool create)
{
    auto version = querySingleValue(db, QStringLiteral("PRAGMA cipher_version"));
    if (!version.ok() || version->toString().isEmpty())
        return makeError(ErrorCode::NotEncrypted,
                         tr("The SQLite library in use has no encryption (cipher_version is empty). Refusing to "
                            "store data unencrypted."));
    {
        QMutexLocker guard(&m_mutex); // worker threads open their own connections through here
        m_cipherVersion = version->toString();
    }
    const int runningMajor = version->toString().section(u'.', 0, 0).toInt();
    CipherSettings settings = m_slots.cipher();
    if (create) {
        settings.createdWith = version->toString();
        settings.compatibility = runningMajor;
        settings.pageSize = 4096;
        m_slots.setCipher(settings);
    }
    if (runningMajor >= 4)
        QF_TRY(execute(db, QStringLiteral("PRAGMA cipher_compatibility = %1").arg(settings.compatibility)));
    QF_TRY(execute(db, QStringLiteral("PRAGMA cipher_page_size = %1").arg(settings.pageSize)));
    if (!create) {
        auto probe = querySingleValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        // A disk or lock failure is said as such; only a page that does not decrypt means the file is damaged.
        if (!probe.ok() && probe.code() != ErrorCode::Damaged)
            return probe.error();
        if (!probe.ok())
            return makeError(ErrorCode::Damaged,
                             tr("The password is right, but the vault %1 cannot be read: the file is damaged. It was "
                                "not changed. Restore it from a backup (detail: %2).")
                                 .arg(m_path, probe.message()));
    }
    auto mode = querySingleValue(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode.ok())
        return mode.error();
    if (mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Failed, tr("Cannot switch the vault to write-ahead logging."));
    QF_TRY(execute(db, QStringLiteral("PRAGMA synchronous = FULL")));
    QF_TRY(execute(db, QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(kPageCacheMib) * 1024)));
    QF_TRY(execute(db, QStringLiteral("PRAGMA foreign_keys = ON")));
    auto foreignKeys = querySingleValue(db, QStringLiteral("PRAGMA foreign_keys"));
    if (!foreignKeys.ok() || foreignKeys->toInt() != 1)
        return makeError(ErrorCode::Failed, tr("Cannot enable foreign keys on the vault."));
    return {};
}

QSqlDatabase Vault::database() const
{
    return QSqlDatabase::database(m_mainConnection, false);
}

Result<QSqlDatabase> Vault::openConnection(const QString& name)
{
    return connect(name, false);
}

void Vault::closeConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker guard(&m_mutex);
    m_connections.removeAll(name);
}

void Vault::lock()
{
    QStringList names;
    {
        QMutexLocker guard(&m_mutex);
        names = m_connections;
    }
    for (const QString& name : std::as_const(names))
        closeConnection(name);
    m_mainConnection.clear();
    m_masterKey.wipe();
    QMutexLocker guard(&lockRegistryMutex);
    m_fileLock.reset(); // the last holder in this process releases the file
}

// The audit chain's key: derived from the master key until the first rekey, which keeps it inside the vault
// (table audit_key) so that entries written before the rekey still verify.
crypto::SecretBytes Vault::auditKey() const
{
    RawStatement stored(database(), "SELECT key FROM audit_key WHERE id = 1");
    if (stored.isValid() && stored.step())
        return crypto::SecretBytes::copyOf(stored.blob(0));
    return crypto::deriveSubKey(m_masterKey, 2, "QFAUDIT_");
}

Status Vault::keepAuditKey()
{
    const crypto::SecretBytes key = auditKey();
    RawStatement keep(database(), "INSERT OR IGNORE INTO audit_key (id, key) VALUES (1, ?1)");
    if (keep.isValid())
        keep.bindBlob(1, key.view());
    if (!keep.isValid() || !keep.run())
        return makeError(
            ErrorCode::Failed,
            tr("Cannot keep the audit key before re-encrypting; the vault is unchanged. %1").arg(keep.errorMessage()));
    return {};
}

bool Vault::hasUserSlot(const QString& login) const
{
    return m_slots.findUserSlot(login) != nullptr;
}

bool Vault::checkPassword(const QString& login, const crypto::SecretBytes& password) const
{
    const KeySlot* slot = m_slots.findUserSlot(login);
    return slot && m_slots.unlock(*slot, password).has_value();
}

Status Vault::setUserPassword(const QString& login, const crypto::SecretBytes& password, const crypto::KdfParams& kdf)
{
    if (isLocked())
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    if (password.size() < 8)
        return makeError(ErrorCode::Invalid, tr("The password must have at least 8 characters."));
    KeySlotFile updated = m_slots;
    QF_TRY(updated.putSlot(SlotKind::User, login, password, m_masterKey, kdf));
    QF_TRY(updated.write(KeySlotFile::pathFor(m_path), m_masterKey));
    m_slots = std::move(updated);
    return {};
}

Status Vault::removeUserSlot(const QString& login)
{
    if (isLocked())
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    KeySlotFile updated = m_slots;
    if (!updated.removeUserSlot(login))
        return {};
    QF_TRY(updated.write(KeySlotFile::pathFor(m_path), m_masterKey));
    m_slots = std::move(updated);
    return {};
}

Result<QString> Vault::rotateRecoveryKey(const crypto::KdfParams& kdf)
{
    if (isLocked())
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    const QString recovery = generateRecoveryKey();
    KeySlotFile updated = m_slots;
    QF_TRY(updated.putSlot(SlotKind::Recovery, {}, normaliseRecoveryKey(recovery), m_masterKey, kdf));
    QF_TRY(updated.write(KeySlotFile::pathFor(m_path), m_masterKey));
    m_slots = std::move(updated);
    return recovery;
}

Result<QString> Vault::rekey(const QString& login, const crypto::SecretBytes& password, const crypto::KdfParams& kdf)
{
    if (isLocked())
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    const KeySlot* slot = m_slots.findUserSlot(login);
    if (!slot || !m_slots.unlock(*slot, password))
        return wrongPassword();
    {
        QMutexLocker guard(&m_mutex);
        if (m_connections.size() > 1 || m_fileLock.use_count() > 1)
            return makeError(ErrorCode::Failed, tr("Close the other windows and background tasks before rekeying."));
    }
    QF_TRY(keepAuditKey());
    const QString temporary = m_path + QStringLiteral(".rekey");
    removeDatabaseFiles(temporary);
    QF_TRY(createAttachTarget(temporary));
    crypto::SecretBytes newKey = crypto::SecretBytes::random(crypto::kKeyBytes);
    {
        QSqlDatabase db = database();
        auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
        sqlite3* handle = driver->connection();
        const crypto::SecretBytes hex = newKey.toHex();
        QByteArray keyLiteral = QByteArrayLiteral("x'") + QByteArray(hex.chars(), static_cast<qsizetype>(hex.size())) +
                                QByteArrayLiteral("'");
        QF_TRY(execute(db, QStringLiteral("PRAGMA cipher_default_page_size = %1").arg(cipherSettings().pageSize)));
        sqlite3_stmt* attach = nullptr;
        sqlite3_prepare_v2(handle, "ATTACH DATABASE ?1 AS rekeyed KEY ?2", -1, &attach, nullptr);
        const QByteArray target = temporary.toUtf8();
        sqlite3_bind_text(attach, 1, target.constData(), static_cast<int>(target.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(attach, 2, keyLiteral.constData(), static_cast<int>(keyLiteral.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(attach);
        sqlite3_finalize(attach);
        sodium_memzero(keyLiteral.data(), static_cast<size_t>(keyLiteral.size()));
        if (rc != SQLITE_DONE)
            return makeError(
                ErrorCode::Failed,
                tr("Cannot create the re-encrypted copy: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        auto schema = querySingleValue(db, QStringLiteral("PRAGMA main.user_version"));
        auto exported = querySingleValue(db, QStringLiteral("SELECT sqlcipher_export('rekeyed')"));
        Result<int> versioned =
            schema.ok() ? execute(db, QStringLiteral("PRAGMA rekeyed.user_version = %1").arg(schema->toInt()))
                        : Result<int>(schema.error());
        (void)execute(db, QStringLiteral("DETACH DATABASE rekeyed"));
        if (!exported.ok() || !versioned.ok()) {
            removeDatabaseFiles(temporary);
            return makeError(ErrorCode::Failed,
                             tr("Re-encrypting the vault failed; the vault is unchanged. %1").arg(exported.message()));
        }
    }
    KeySlotFile updated = m_slots;
    updated.removeAllUserSlotsExcept(login);
    QF_TRY(updated.putSlot(SlotKind::User, login, password, newKey, kdf));
    const QString recovery = generateRecoveryKey();
    QF_TRY(updated.putSlot(SlotKind::Recovery, {}, normaliseRecoveryKey(recovery), newKey, kdf));
    const QString nextSidecar = KeySlotFile::pathFor(m_path) + QStringLiteral(".next");
    QF_TRY(updated.write(nextSidecar, newKey));

    closeConnection(m_mainConnection);
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_path).constData()) != 0 ||
        ::rename(QFile::encodeName(nextSidecar).constData(),
                 QFile::encodeName(KeySlotFile::pathFor(m_path)).constData()) != 0)
        return makeError(ErrorCode::Failed, tr("Cannot replace the vault file with the re-encrypted copy."));
    m_slots = std::move(updated);
    m_masterKey = std::move(newKey);
    auto db = connect(mainConnectionName(), false);
    if (!db.ok())
        return db.error();
    m_mainConnection = db->connectionName();
    qCInfo(lcStorage) << "vault rekeyed" << uid() << "files:" << sidecarNames(m_path);
    return recovery;
}

} // namespace qf::storage
