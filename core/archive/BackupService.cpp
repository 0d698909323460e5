#include "archive/BackupService.h"

#include "access/LoginService.h"
#include "access/Mutation.h"
#include "audit/AuditTrail.h"
#include "crypto/Mac.h"
#include "storage/KeySlots.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QScopeGuard>
#include <QUuid>
#include <algorithm>
#include <cstdio>

namespace qf::archive {

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::archive::BackupService)
};

const QString kManifestName = QStringLiteral("backup.json");
const QString kDatabaseName = QStringLiteral("vault.qfv");
const QString kKeysName = QStringLiteral("vault.qfv.keys");
const QString kPrefix = QStringLiteral("qingfeng-backup-");

Result<QByteArray> fileSha256(const QString& path, qint64* size = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileMissing, Messages::tr("Cannot read %1: %2").arg(path, file.errorString()));
    crypto::Sha256Stream hash;
    while (!file.atEnd()) {
        const QByteArray block = file.read(1024 * 1024);
        if (block.isEmpty() && file.error() != QFileDevice::NoError)
            return makeError(ErrorCode::Damaged, Messages::tr("Cannot read %1: %2").arg(path, file.errorString()));
        hash.add(block);
    }
    if (size)
        *size = file.size();
    return hash.finish();
}

Error damagedSet(const QString& dir, const QString& detail)
{
    return makeError(
        ErrorCode::Damaged,
        Messages::tr("The backup %1 is damaged: %2. Use another backup; nothing was changed.").arg(dir, detail));
}

// Opens a database file with a raw key through our driver, checks its integrity and, if asked, the user's role.
Status checkDatabase(const QString& path, const crypto::SecretBytes& masterKey, int pageSize, const QString& login)
{
    const QString name = QStringLiteral("qf-backup-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status outcome;
    {
        storage::SqlCipherDriver::registerDriver();
        auto* driver = new storage::SqlCipherDriver();
        driver->setRawKey(crypto::SecretBytes::copyOf(masterKey.view()));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            outcome = makeError(ErrorCode::Damaged, Messages::tr("the database cannot be opened"));
        } else {
            (void)storage::execute(db, QStringLiteral("PRAGMA cipher_page_size = %1").arg(pageSize));
            auto check = storage::querySingleValue(db, QStringLiteral("PRAGMA integrity_check"));
            if (!check.ok() || check->toString() != QLatin1String("ok")) {
                outcome = makeError(ErrorCode::Damaged, Messages::tr("the database fails its integrity check"));
            } else if (!login.isEmpty()) {
                auto admin = storage::querySingleValue(
                    db,
                    QStringLiteral("SELECT 1 FROM app_user u JOIN user_role r ON r.user_id = u.id WHERE u.login = ? "
                                   "AND r.role = 'admin' AND u.disabled = 0"),
                    {login});
                if (!admin.ok())
                    outcome = makeError(ErrorCode::Damaged, Messages::tr("the database cannot be read"));
                else if (admin->isNull())
                    outcome = makeError(ErrorCode::PermissionDenied,
                                        Messages::tr("Only an administrator of the backed-up vault may restore it."));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

bool renameFile(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

Result<QJsonObject> readManifest(const QString& setDir)
{
    QFile manifestFile(QDir(setDir).filePath(kManifestName));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileMissing,
                         Messages::tr("%1 is not a Qingfeng backup (no %2).").arg(setDir, kManifestName));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.read(64 * 1024)).object();
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1String("qingfeng-backup"))
        return damagedSet(setDir, Messages::tr("its manifest cannot be read"));
    return manifest;
}

// Checks the set's two files, wherever they are now, against the manifest read before: checksums, the key file,
// the user's slot, and the database's integrity. Errors name the set.
Status checkFiles(const QString& setDir, const QJsonObject& manifest, const QString& databasePath,
                  const QString& keysPath, const QString& login, const crypto::SecretBytes& password)
{
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    QStringList seen;
    for (const QJsonValue& value : files) {
        const QJsonObject file = value.toObject();
        const QString name = file.value(QStringLiteral("name")).toString();
        if (name != kDatabaseName && name != kKeysName)
            return damagedSet(setDir, Messages::tr("its manifest lists an unknown file"));
        qint64 size = 0;
        auto hash = fileSha256(name == kDatabaseName ? databasePath : keysPath, &size);
        if (!hash.ok())
            return damagedSet(setDir, Messages::tr("%1 is missing").arg(name));
        if (size != file.value(QStringLiteral("size")).toInteger() ||
            hash->toHex() != file.value(QStringLiteral("sha256")).toString().toLatin1())
            return damagedSet(setDir, Messages::tr("%1 does not match its checksum").arg(name));
        seen << name;
    }
    if (!seen.contains(kDatabaseName) || !seen.contains(kKeysName))
        return damagedSet(setDir, Messages::tr("a file is missing from its manifest"));
    auto slots = storage::KeySlotFile::read(keysPath);
    if (!slots.ok())
        return damagedSet(setDir, slots.message());
    const storage::KeySlot* slot = slots->findUserSlot(login);
    if (!slot)
        return makeError(ErrorCode::WrongPassword,
                         Messages::tr("Wrong user name or password for the backed-up vault."));
    auto masterKey = slots->unlock(*slot, password);
    if (!masterKey)
        return makeError(ErrorCode::WrongPassword,
                         Messages::tr("Wrong user name or password for the backed-up vault."));
    if (!slots->macMatches(*masterKey))
        return damagedSet(setDir, Messages::tr("its key file fails its MAC"));
    // The check opens a scratch copy, so the checked file itself is never written to.
    const QString scratch =
        databasePath + QStringLiteral(".verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QFile::copy(databasePath, scratch))
        return makeError(ErrorCode::Failed,
                         Messages::tr("Cannot make a scratch copy to check the backup (is %1 writable?).")
                             .arg(QFileInfo(databasePath).absolutePath()));
    Status checked = checkDatabase(scratch, *masterKey, slots->cipher().pageSize, login);
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(scratch + suffix);
    if (!checked.ok() && checked.code() == ErrorCode::Damaged)
        return damagedSet(setDir, checked.message());
    return checked;
}

// The files of a vault that live beside its database, in the order they are moved.
const QStringList& vaultFileSuffixes()
{
    static const QStringList suffixes{QString(), QStringLiteral(".keys"), QStringLiteral("-wal"),
                                      QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

// Renames that can be undone: each one done is remembered, and undo() puts them back in reverse order.
class RenameSteps
{
public:
    bool move(const QString& from, const QString& to)
    {
        if (!renameFile(from, to))
            return false;
        m_done.append({from, to});
        return true;
    }
    // True when every rename was put back.
    bool undo()
    {
        bool all = true;
        while (!m_done.isEmpty()) {
            const auto [from, to] = m_done.takeLast();
            all = renameFile(to, from) && all;
        }
        return all;
    }

private:
    QList<std::pair<QString, QString>> m_done;
};

} // namespace

Result<BackupSet> BackupService::backup(access::Session& session, const QString& outDir)
{
    QF_TRY(session.require(access::Permission::ManageKeys));
    const QSqlDatabase db = session.database();
    if (!QDir().mkpath(outDir))
        return makeError(ErrorCode::Failed, Messages::tr("Cannot create the folder %1.").arg(outDir));
    BackupSet set;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    set.createdAt = now.toString(Qt::ISODateWithMs);
    set.vaultUid = session.vault().uid();
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    set.directory = QDir(outDir).absoluteFilePath(kPrefix + stamp);
    const QString partial = set.directory + QStringLiteral(".partial");
    if (QFileInfo::exists(set.directory) || !QDir().mkpath(partial))
        return makeError(ErrorCode::AlreadyExists,
                         Messages::tr("Cannot create the backup folder %1.").arg(set.directory));
    auto fail = [&](const Error& error) -> Error {
        QDir(partial).removeRecursively();
        return error;
    };
    // The copy is written by SQLCipher itself, under the same key, so it is consistent and stays encrypted.
    const QString target = QDir(partial).filePath(kDatabaseName);
    QF_TRY(storage::execute(
        db, QStringLiteral("PRAGMA cipher_default_page_size = %1").arg(session.vault().cipherSettings().pageSize)));
    if (Status created = storage::createAttachTarget(target); !created.ok())
        return fail(created.error());
    auto attached = storage::execute(db, QStringLiteral("ATTACH DATABASE ? AS qfbackup"), {target});
    if (!attached.ok())
        return fail(attached.error());
    auto version = storage::querySingleValue(db, QStringLiteral("PRAGMA main.user_version"));
    auto exported = storage::querySingleValue(db, QStringLiteral("SELECT sqlcipher_export('qfbackup')"));
    Result<int> versioned =
        version.ok() ? storage::execute(db, QStringLiteral("PRAGMA qfbackup.user_version = %1").arg(version->toInt()))
                     : Result<int>(version.error());
    (void)storage::execute(db, QStringLiteral("DETACH DATABASE qfbackup"));
    if (!exported.ok() || !versioned.ok())
        return fail(
            makeError(ErrorCode::Failed, Messages::tr("Writing the backup failed: %1").arg(exported.message())));
    if (!QFile::copy(storage::KeySlotFile::pathFor(session.vault().path()), QDir(partial).filePath(kKeysName)))
        return fail(makeError(ErrorCode::Failed, Messages::tr("Cannot copy the key file into the backup.")));
    QJsonArray files;
    for (const QString& name : {kDatabaseName, kKeysName}) {
        qint64 size = 0;
        auto hash = fileSha256(QDir(partial).filePath(name), &size);
        if (!hash.ok())
            return fail(hash.error());
        set.bytes += size;
        files.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("size"), size},
                                 {QStringLiteral("sha256"), QString::fromLatin1(hash->toHex())}});
    }
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("qingfeng-backup")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("vault_uid"), set.vaultUid},
                               {QStringLiteral("created_at"), set.createdAt},
                               {QStringLiteral("created_by"), session.login()},
                               {QStringLiteral("files"), files}};
    {
        QSaveFile file(QDir(partial).filePath(kManifestName));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) < 0 || !file.commit())
            return fail(makeError(ErrorCode::Failed, Messages::tr("Cannot write the backup manifest.")));
    }
    auto entry = session.auditStandalone({QStringLiteral("backup.create"), QStringLiteral("vault"), set.vaultUid,
                                          QStringLiteral("backup set %1, %2 bytes").arg(set.directory).arg(set.bytes)});
    if (!entry.ok())
        return fail(entry.error());
    if (!renameFile(partial, set.directory))
        return fail(
            makeError(ErrorCode::Failed, Messages::tr("Cannot finish the backup folder %1.").arg(set.directory)));

    // Rotation: the newest N sets of this vault stay.
    if (const int keep = BackupService::keep(db); keep > 0) {
        QStringList sets = QDir(outDir).entryList({kPrefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QStringList mine;
        for (const QString& name : std::as_const(sets)) {
            if (name.endsWith(QLatin1String(".partial")))
                continue;
            QFile file(QDir(outDir).filePath(name + u'/' + kManifestName));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            if (QJsonDocument::fromJson(file.read(64 * 1024)).object().value(QStringLiteral("vault_uid")).toString() ==
                set.vaultUid)
                mine << name;
        }
        while (mine.size() > keep) {
            const QString oldest = QDir(outDir).filePath(mine.takeFirst());
            if (QDir(oldest).removeRecursively())
                set.rotatedAway << oldest;
        }
    }
    return set;
}

int BackupService::keep(const QSqlDatabase& db)
{
    auto text = storage::SettingsRepository(db).value(kBackupKeepSetting, QString::number(kDefaultBackupKeep));
    bool number = false;
    const int keep = text.ok() ? text->toInt(&number) : kDefaultBackupKeep;
    return number && keep >= 0 ? keep : kDefaultBackupKeep;
}

Status BackupService::setKeep(access::Session& session, int keep)
{
    if (keep < 0 || keep > kMaxBackupKeep)
        return makeError(ErrorCode::Invalid,
                         Messages::tr("Keep between 0 (all) and %1 backup sets.").arg(kMaxBackupKeep));
    return access::mutate(
        session, access::Permission::ManageKeys, {QStringLiteral("vault"), session.vault().uid(), {}},
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            const int before = BackupService::keep(db);
            QF_TRY(storage::SettingsRepository(db).setValue(kBackupKeepSetting, QString::number(keep)));
            note.action = QStringLiteral("backup.rotation");
            note.summary = QStringLiteral("backup sets kept: %1 -> %2 (0 = all)").arg(before).arg(keep);
            return {};
        });
}

Status BackupService::verify(const QString& setDir, const QString& login, const crypto::SecretBytes& password)
{
    auto manifest = readManifest(setDir);
    if (!manifest.ok())
        return manifest.error();
    return checkFiles(setDir, manifest.value(), QDir(setDir).filePath(kDatabaseName), QDir(setDir).filePath(kKeysName),
                      login, password);
}

Result<QString> BackupService::restore(const QString& setDir, const QString& vaultPath, const QString& login,
                                       const crypto::SecretBytes& password)
{
    auto manifest = readManifest(setDir);
    if (!manifest.ok())
        return manifest.error();
    const QString vault = QFileInfo(vaultPath).absoluteFilePath();
    QLockFile lock(vault + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return makeError(ErrorCode::AlreadyOpen,
                         Messages::tr("The vault %1 is open in a program. Close it before restoring.").arg(vault));
    // The set is copied next to the vault first and the copies are what is checked and put in place, so a set that
    // changes on its medium after the check cannot slip in. The copies never outlive a failed restore.
    const QString staging = vault + QStringLiteral(".restoring");
    const QString stagingKeys = staging + QStringLiteral(".keys");
    auto dropStaging = qScopeGuard([&] {
        QFile::remove(staging);
        QFile::remove(stagingKeys);
    });
    QFile::remove(staging);
    QFile::remove(stagingKeys);
    if (!QFile::copy(QDir(setDir).filePath(kDatabaseName), staging) ||
        !QFile::copy(QDir(setDir).filePath(kKeysName), stagingKeys))
        return makeError(ErrorCode::Failed, Messages::tr("Cannot copy the backup next to %1.").arg(vault));
    QF_TRY(checkFiles(setDir, manifest.value(), staging, stagingKeys, login, password));

    // Every file of the current vault moves aside, then the copies move in. Any failed step undoes the ones before.
    QString keptAside;
    RenameSteps steps;
    if (QFileInfo::exists(vault) || QFileInfo::exists(storage::KeySlotFile::pathFor(vault))) {
        // A name no earlier restore used: rename() would silently replace a vault kept aside before.
        const QString base = vault + QStringLiteral(".before-restore-") +
                             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
        const auto taken = [](const QString& name) {
            return std::any_of(vaultFileSuffixes().cbegin(), vaultFileSuffixes().cend(),
                               [&](const QString& suffix) { return QFileInfo::exists(name + suffix); });
        };
        keptAside = base;
        for (int n = 2; taken(keptAside); ++n)
            keptAside = base + u'-' + QString::number(n);
        for (const QString& suffix : vaultFileSuffixes()) {
            if (QFileInfo::exists(vault + suffix) && !steps.move(vault + suffix, keptAside + suffix))
                return makeError(ErrorCode::Failed,
                                 steps.undo()
                                     ? Messages::tr("Cannot move the current vault aside; nothing was restored.")
                                     : Messages::tr("Cannot move the current vault aside, nor put back what was "
                                                    "moved. Its files are at %1.")
                                           .arg(keptAside));
        }
    }
    if (!steps.move(staging, vault) || !steps.move(stagingKeys, storage::KeySlotFile::pathFor(vault))) {
        return makeError(ErrorCode::Failed,
                         steps.undo()
                             ? Messages::tr("Cannot put the restored vault in place; the vault was left as it was.")
                             : Messages::tr("Cannot put the restored vault in place, nor put back the previous one. "
                                            "Its files are at %1.")
                                   .arg(keptAside));
    }
    lock.unlock();
    auto session = access::openSession(vault, login, password);
    if (!session.ok())
        return session.error();
    (void)session.value()->auditStandalone(
        {QStringLiteral("backup.restore"), QStringLiteral("vault"), session.value()->vault().uid(),
         QStringLiteral("restored from %1; previous vault kept at %2").arg(setDir, keptAside)});
    return keptAside;
}

} // namespace qf::archive
