#include "archive/WorkstationKey.h"

#include "archive/ArchiveFormat.h"
#include "audit/AuditTrail.h"
#include "storage/RawStatement.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <sodium.h>

namespace qf::archive {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("qf::archive::WorkstationKey", text);
}
} // namespace

QString WorkstationKeyPair::fingerprint() const
{
    return fingerprintOf(publicKey);
}

Result<WorkstationKeyPair> WorkstationKey::load(const QSqlDatabase& db)
{
    // Read straight from SQLite's row into wiped memory: a QVariant copy of the seed would stay behind in the
    // query's row cache, unwiped, after every archive operation.
    storage::RawStatement query(db, "SELECT public_key, secret_key FROM workstation_key WHERE id = 1");
    if (!query.step()) {
        if (query.failed())
            return makeError(ErrorCode::Database, query.errorMessage());
        return makeError(ErrorCode::NotFound, tr("This vault has no workstation key yet."));
    }
    WorkstationKeyPair pair;
    pair.publicKey = query.blob(0).toByteArray();
    const QByteArrayView storedSeed = query.blob(1);
    if (pair.publicKey.size() != crypto_sign_PUBLICKEYBYTES || storedSeed.size() != crypto_sign_SEEDBYTES)
        return makeError(ErrorCode::Damaged, tr("The workstation key stored in this vault is damaged."));
    const crypto::SecretBytes seed = crypto::SecretBytes::copyOf(storedSeed);
    query.reset();
    pair.secretKey = crypto::SecretBytes(crypto_sign_SECRETKEYBYTES);
    QByteArray derivedPublic(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(derivedPublic.data()), pair.secretKey.data(),
                             seed.data());
    if (derivedPublic != pair.publicKey)
        return makeError(ErrorCode::Damaged, tr("The workstation key stored in this vault is damaged."));
    return pair;
}

Result<WorkstationKeyPair> WorkstationKey::ensure(const QSqlDatabase& db, bool* created)
{
    if (created)
        *created = false;
    auto existing = load(db);
    if (existing.ok() || existing.code() != ErrorCode::NotFound)
        return existing;
    crypto::SecretBytes seed = crypto::SecretBytes::random(crypto_sign_SEEDBYTES);
    crypto::SecretBytes secret(crypto_sign_SECRETKEYBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secret.data(), seed.data());
    QByteArray seedBytes(seed.chars(), static_cast<qsizetype>(seed.size()));
    auto inserted = storage::execute(
        db, QStringLiteral("INSERT INTO workstation_key (id, public_key, secret_key, created_at) VALUES (1, ?, ?, ?)"),
        {publicKey, seedBytes, audit::nowUtcIso()});
    sodium_memzero(seedBytes.data(), static_cast<size_t>(seedBytes.size()));
    if (!inserted.ok())
        return inserted.error();
    if (created)
        *created = true;
    WorkstationKeyPair pair;
    pair.publicKey = publicKey;
    pair.secretKey = std::move(secret);
    return pair;
}

Result<QByteArray> WorkstationKey::publicKey(access::Session& session)
{
    const QSqlDatabase db = session.database();
    auto existing = load(db);
    if (existing.ok())
        return existing->publicKey;
    if (existing.code() != ErrorCode::NotFound)
        return existing.error();
    // Every user may see (and so create) the key: it is part of the vault, not of one person's role.
    QF_TRY(session.require(access::Permission::ViewDashboard));
    auto transaction = storage::Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    bool created = false;
    auto pair = ensure(db, &created);
    if (!pair.ok())
        return pair.error();
    if (created) {
        auto entry = session.auditTrail().append(
            db, session.login(),
            {QStringLiteral("workstation.key_create"), QStringLiteral("workstation"), pair->fingerprint(),
             QStringLiteral("workstation key created, fingerprint %1").arg(pair->fingerprint())});
        if (!entry.ok())
            return entry.error();
    }
    QF_TRY(transaction->commit());
    return pair->publicKey;
}

Result<QString> WorkstationKey::publicKeyFileText(access::Session& session)
{
    auto key = publicKey(session);
    if (!key.ok())
        return key.error();
    auto organ = storage::SettingsRepository(session.database()).value(storage::settingkeys::organName);
    return publicKeyText(key.value(), organ.ok() ? organ.value() : QString());
}

Result<QByteArray> WorkstationKey::readPublicKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileMissing, tr("Cannot read the key file %1.").arg(path));
    const QByteArray key = parsePublicKeyText(file.read(32 * 1024));
    if (key.isEmpty())
        return makeError(ErrorCode::Invalid, tr("%1 holds no workstation public key. Ask the sender for the public "
                                                "key file their workstation wrote.")
                                                 .arg(path));
    return key;
}

} // namespace qf::archive
