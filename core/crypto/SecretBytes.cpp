#include "crypto/SecretBytes.h"

#include "crypto/Sodium.h"

#include <cstring>
#include <new>
#include <sodium.h>
#include <utility>

namespace qf::crypto {

SecretBytes::SecretBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes bytes(size);
    if (size)
        randombytes_buf(bytes.data(), size);
    return bytes;
}

SecretBytes SecretBytes::copyOf(QByteArrayView source)
{
    SecretBytes bytes(static_cast<std::size_t>(source.size()));
    if (!source.isEmpty())
        std::memcpy(bytes.data(), source.data(), bytes.size());
    return bytes;
}

SecretBytes SecretBytes::takeFrom(QByteArray& source)
{
    SecretBytes bytes = copyOf(source);
    if (!source.isEmpty())
        sodium_memzero(source.data(), static_cast<std::size_t>(source.size()));
    source.clear();
    return bytes;
}

SecretBytes SecretBytes::toHex() const
{
    SecretBytes hex(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), m_data, m_size);
    // Drop the terminating NUL from the visible size while keeping it inside the locked buffer.
    hex.m_size = m_size * 2;
    return hex;
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecretBytes::wipe()
{
    if (m_data)
        sodium_free(m_data); // zeroes before releasing
    m_data = nullptr;
    m_size = 0;
}

} // namespace qf::crypto
