#include "crypto/Mac.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace qf::crypto {

namespace {
const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}
} // namespace

QByteArray sha256(QByteArrayView data)
{
    ensureSodium();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()), bytes(data),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

QByteArray hmacSha256(const SecretBytes& key, QByteArrayView data)
{
    return HmacSha256(key).compute(data, {});
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || sodium_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0);
}

struct HmacSha256::State
{
    crypto_auth_hmacsha256_state keyed;
};

HmacSha256::HmacSha256(const SecretBytes& key) : m_state(std::make_unique<State>())
{
    ensureSodium();
    crypto_auth_hmacsha256_init(&m_state->keyed, key.data(), key.size());
}

HmacSha256::~HmacSha256()
{
    sodium_memzero(m_state.get(), sizeof(State));
}

void HmacSha256::compute(QByteArrayView part1, QByteArrayView part2, unsigned char* out) const
{
    crypto_auth_hmacsha256_state state = m_state->keyed;
    crypto_auth_hmacsha256_update(&state, bytes(part1), static_cast<unsigned long long>(part1.size()));
    if (!part2.isEmpty())
        crypto_auth_hmacsha256_update(&state, bytes(part2), static_cast<unsigned long long>(part2.size()));
    crypto_auth_hmacsha256_final(&state, out);
    sodium_memzero(&state, sizeof state);
}

QByteArray HmacSha256::compute(QByteArrayView part1, QByteArrayView part2) const
{
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    compute(part1, part2, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

SecretBytes deriveSubKey(const SecretBytes& masterKey, quint64 subKeyId, const char (&context)[9])
{
    ensureSodium();
    SecretBytes subKey(crypto_kdf_KEYBYTES);
    crypto_kdf_derive_from_key(subKey.data(), subKey.size(), subKeyId, context, masterKey.data());
    return subKey;
}

} // namespace qf::crypto
