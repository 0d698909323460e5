#include "crypto/PasswordKdf.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <sodium.h>

namespace qf::crypto {

KdfParams KdfParams::production()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::fastForTesting()
{
    return {crypto_pwhash_OPSLIMIT_MIN, 64 * 1024};
}

QJsonObject KdfParams::toJson() const
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                       {QStringLiteral("ops"), QString::number(opsLimit)},
                       {QStringLiteral("mem"), QString::number(memLimitBytes)}};
}

Result<KdfParams> KdfParams::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("alg")).toString() != QStringLiteral("argon2id13"))
        return makeError(ErrorCode::SlotFileTampered, QStringLiteral("unknown key derivation algorithm"));
    bool okOps = false;
    bool okMem = false;
    KdfParams params{json.value(QStringLiteral("ops")).toString().toULongLong(&okOps),
                     json.value(QStringLiteral("mem")).toString().toULongLong(&okMem)};
    if (!okOps || !okMem || params.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        params.opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE * 4 || params.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN ||
        params.memLimitBytes > crypto_pwhash_MEMLIMIT_SENSITIVE * 4ULL)
        return makeError(ErrorCode::SlotFileTampered, QStringLiteral("key derivation parameters out of range"));
    return params;
}

QByteArray randomSalt()
{
    ensureSodium();
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    return salt;
}

Result<SecretBytes> deriveKeyFromPassword(const SecretBytes& password, const QByteArray& salt, const KdfParams& params)
{
    static_assert(kSaltBytes == crypto_pwhash_SALTBYTES);
    if (!ensureSodium())
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("qf::crypto", "The crypto library failed to start."));
    if (salt.size() != kSaltBytes)
        return makeError(ErrorCode::SlotFileTampered, QStringLiteral("bad salt length"));
    SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), password.chars(), password.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                      static_cast<size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(
            ErrorCode::Failed,
            QCoreApplication::translate("qf::crypto", "Not enough memory to derive the key from the password."));
    return key;
}

} // namespace qf::crypto
