#include "crypto/Mac.h"

#include "crypto/Sodium.h"

#include <cstring>
#include <openssl/evp.h>
#include <sodium.h>

// SHA-256 comes from OpenSSL's libcrypto (already loaded by SQLCipher), which uses the CPU's SHA extensions; the
// audit chain and attachment hashing spend most of their time here.

namespace qf::crypto {

namespace {

constexpr int kBlockBytes = 64;

// Fetched once: EVP_sha256() would make OpenSSL 3 look the implementation up again on every digest, which costs
// more than hashing a small record.
const EVP_MD* sha256Method()
{
    static const EVP_MD* const method = [] {
        const EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched ? fetched : EVP_sha256();
    }();
    return method;
}

struct DigestContext
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    DigestContext() { EVP_DigestInit_ex(ctx, sha256Method(), nullptr); }
    ~DigestContext() { EVP_MD_CTX_free(ctx); }
    DigestContext(const DigestContext&) = delete;
    DigestContext& operator=(const DigestContext&) = delete;
};

} // namespace

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.data(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &length,
               sha256Method(), nullptr);
    return out;
}

struct Sha256Stream::State
{
    DigestContext digest;
};

Sha256Stream::Sha256Stream() : m_state(std::make_unique<State>())
{
}
Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::add(QByteArrayView data)
{
    EVP_DigestUpdate(m_state->digest.ctx, data.data(), static_cast<size_t>(data.size()));
}

QByteArray Sha256Stream::finish()
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->digest.ctx, reinterpret_cast<unsigned char*>(out.data()), &length);
    return out;
}

QByteArray hmacSha256(const SecretBytes& key, QByteArrayView data)
{
    return HmacSha256(key).compute(data, {});
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    ensureSodium();
    return a.size() == b.size() &&
           (a.isEmpty() || sodium_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0);
}

// HMAC (RFC 2104) over SHA-256, with the inner and outer pads absorbed once.
struct HmacSha256::State
{
    DigestContext inner;
    DigestContext outer;
    DigestContext work;
};

HmacSha256::HmacSha256(const SecretBytes& key) : m_state(std::make_unique<State>())
{
    unsigned char block[kBlockBytes] = {};
    if (key.size() > kBlockBytes) {
        unsigned int length = 0;
        EVP_Digest(key.data(), key.size(), block, &length, sha256Method(), nullptr);
    } else if (key.size() > 0) {
        std::memcpy(block, key.data(), key.size());
    }
    unsigned char pad[kBlockBytes];
    for (int i = 0; i < kBlockBytes; ++i)
        pad[i] = block[i] ^ 0x36;
    EVP_DigestUpdate(m_state->inner.ctx, pad, kBlockBytes);
    for (int i = 0; i < kBlockBytes; ++i)
        pad[i] = block[i] ^ 0x5c;
    EVP_DigestUpdate(m_state->outer.ctx, pad, kBlockBytes);
    OPENSSL_cleanse(block, sizeof block);
    OPENSSL_cleanse(pad, sizeof pad);
}

HmacSha256::~HmacSha256() = default;

void HmacSha256::compute(QByteArrayView part1, QByteArrayView part2, unsigned char* out) const
{
    EVP_MD_CTX* work = m_state->work.ctx;
    unsigned char innerDigest[kHashBytes];
    unsigned int length = 0;
    EVP_MD_CTX_copy_ex(work, m_state->inner.ctx);
    EVP_DigestUpdate(work, part1.data(), static_cast<size_t>(part1.size()));
    if (!part2.isEmpty())
        EVP_DigestUpdate(work, part2.data(), static_cast<size_t>(part2.size()));
    EVP_DigestFinal_ex(work, innerDigest, &length);
    EVP_MD_CTX_copy_ex(work, m_state->outer.ctx);
    EVP_DigestUpdate(work, innerDigest, sizeof innerDigest);
    EVP_DigestFinal_ex(work, out, &length);
}

QByteArray HmacSha256::compute(QByteArrayView part1, QByteArrayView part2) const
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
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
