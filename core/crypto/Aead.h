#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <optional>

namespace qf::crypto {

constexpr int kKeyBytes = 32;

// XChaCha20-Poly1305 with a random nonce; the output is nonce || ciphertext || tag.
QByteArray sealBytes(const SecretBytes& key, QByteArrayView plaintext, QByteArrayView associatedData);
std::optional<QByteArray> openBytes(const SecretBytes& key, QByteArrayView sealed, QByteArrayView associatedData);

// Wraps and unwraps a key; the unwrapped key never leaves locked memory.
QByteArray wrapKey(const SecretBytes& kek, const SecretBytes& key, QByteArrayView associatedData);
std::optional<SecretBytes> unwrapKey(const SecretBytes& kek, QByteArrayView wrapped, QByteArrayView associatedData);

} // namespace qf::crypto
