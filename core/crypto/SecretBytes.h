#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <cstddef>

namespace qf::crypto {

// A key or password in locked memory (sodium_malloc: mlocked, guarded) that is zeroed when released.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(QByteArrayView bytes);
    // Takes the bytes of a QByteArray and zeroes the source, so the plaintext copy does not linger.
    static SecretBytes takeFrom(QByteArray& source);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(chars(), static_cast<qsizetype>(m_size)); }

    // Lower-case hex of the bytes, itself kept in locked memory.
    SecretBytes toHex() const;
    bool equals(const SecretBytes& other) const;
    void wipe();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace qf::crypto
