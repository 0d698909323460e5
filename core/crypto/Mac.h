#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <memory>

namespace qf::crypto {

constexpr int kHashBytes = 32;

QByteArray sha256(QByteArrayView data);
QByteArray hmacSha256(const SecretBytes& key, QByteArrayView data);
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// Incremental SHA-256 of a stream (attachments).
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;
    void add(QByteArrayView bytes);
    QByteArray finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// HMAC-SHA256 with the keyed state computed once, for hashing many short messages (the audit chain).
class HmacSha256
{
public:
    explicit HmacSha256(const SecretBytes& key);
    ~HmacSha256();
    HmacSha256(const HmacSha256&) = delete;
    HmacSha256& operator=(const HmacSha256&) = delete;

    // Writes 32 bytes to out: HMAC(key, part1 || part2).
    void compute(QByteArrayView part1, QByteArrayView part2, unsigned char* out) const;
    QByteArray compute(QByteArrayView part1, QByteArrayView part2) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Derives an independent 32-byte subkey from a master key (libsodium crypto_kdf, BLAKE2b).
// The context is exactly 8 characters and names the purpose, e.g. "QFAUDIT_".
SecretBytes deriveSubKey(const SecretBytes& masterKey, quint64 subKeyId, const char (&context)[9]);

} // namespace qf::crypto
