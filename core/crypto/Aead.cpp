#include "crypto/Aead.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace qf::crypto {

namespace {

constexpr auto kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr auto kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

bool sealInto(unsigned char* out, const SecretBytes& key, QByteArrayView plaintext, QByteArrayView ad)
{
    randombytes_buf(out, kNonceBytes);
    unsigned long long written = 0;
    return crypto_aead_xchacha20poly1305_ietf_encrypt(
               out + kNonceBytes, &written, bytes(plaintext), static_cast<unsigned long long>(plaintext.size()),
               bytes(ad), static_cast<unsigned long long>(ad.size()), nullptr, out, key.data()) == 0;
}

bool openInto(unsigned char* out, const SecretBytes& key, QByteArrayView sealed, QByteArrayView ad)
{
    unsigned long long written = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(out, &written, nullptr, bytes(sealed) + kNonceBytes,
                                                      static_cast<unsigned long long>(sealed.size()) - kNonceBytes,
                                                      bytes(ad), static_cast<unsigned long long>(ad.size()),
                                                      bytes(sealed), key.data()) == 0;
}

bool plausible(const SecretBytes& key, QByteArrayView sealed)
{
    return key.size() == kKeyBytes && sealed.size() >= static_cast<qsizetype>(kNonceBytes + kTagBytes);
}

} // namespace

QByteArray sealBytes(const SecretBytes& key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    ensureSodium();
    QByteArray out(static_cast<qsizetype>(kNonceBytes + kTagBytes) + plaintext.size(), Qt::Uninitialized);
    if (key.size() != kKeyBytes ||
        !sealInto(reinterpret_cast<unsigned char*>(out.data()), key, plaintext, associatedData))
        return {};
    return out;
}

std::optional<QByteArray> openBytes(const SecretBytes& key, QByteArrayView sealed, QByteArrayView associatedData)
{
    ensureSodium();
    if (!plausible(key, sealed))
        return std::nullopt;
    QByteArray out(sealed.size() - static_cast<qsizetype>(kNonceBytes + kTagBytes), Qt::Uninitialized);
    if (!openInto(reinterpret_cast<unsigned char*>(out.data()), key, sealed, associatedData))
        return std::nullopt;
    return out;
}

QByteArray wrapKey(const SecretBytes& kek, const SecretBytes& key, QByteArrayView associatedData)
{
    return sealBytes(kek, key.view(), associatedData);
}

std::optional<SecretBytes> unwrapKey(const SecretBytes& kek, QByteArrayView wrapped, QByteArrayView associatedData)
{
    ensureSodium();
    if (!plausible(kek, wrapped))
        return std::nullopt;
    SecretBytes out(static_cast<std::size_t>(wrapped.size()) - kNonceBytes - kTagBytes);
    if (!openInto(out.data(), kek, wrapped, associatedData))
        return std::nullopt;
    return out;
}

} // namespace qf::crypto
