#pragma once

#include <QByteArray>
#include <QString>

namespace qf::archive {

// The fixed numbers of the archive format (docs/archive-format.md). Every limit here is checked while reading, so
// an archive from anyone cannot make the reader allocate, loop or trust more than this.
namespace format {

inline constexpr char kMagic[8] = {'Q', 'F', 'A', 'R', 'C', 'H', 'V', '\0'};
inline constexpr char kTrailerMagic[8] = {'Q', 'F', 'S', 'I', 'G', '0', '1', '\0'};
inline constexpr quint16 kVersion = 2;
// Version 1 differs only in lacking record runs (kMsgRecords); its archives are still read.
inline constexpr quint16 kOldestReadableVersion = 1;
inline constexpr int kPreambleBytes = 8 + 2 + 4;
inline constexpr int kHeaderSumBytes = 32;
inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSignatureBytes = 64;
inline constexpr int kTrailerBytes = 8 + kPublicKeyBytes + kSignatureBytes;
inline constexpr int kKeyCheckBytes = 16;

inline constexpr qint64 kMaxHeaderBytes = 64 * 1024;
inline constexpr int kMaxRecipients = 64;
inline constexpr qint64 kMaxFramePlain = 1024 * 1024 + 16; // one data chunk plus the message type
inline constexpr qint64 kMaxManifestBytes = 64LL * 1024 * 1024;
inline constexpr qint64 kMaxEntries = 1000000;
inline constexpr qint64 kMaxRecordBytes = 2LL * 1024 * 1024;
inline constexpr qint64 kMaxFieldChars = 1024 * 1024;
inline constexpr int kMaxFields = 64;
inline constexpr qint64 kMaxAttachmentBytes = 8LL * 1024 * 1024 * 1024;
inline constexpr qint64 kMaxTotalBytes = 256LL * 1024 * 1024 * 1024;
inline constexpr qint64 kMaxStringList = 100000;
// Argon2id parameters an archive may ask for; more would let a hostile file exhaust memory or time.
inline constexpr quint64 kMaxKdfOps = 32;
inline constexpr quint64 kMaxKdfMemBytes = 2ULL * 1024 * 1024 * 1024;

// Message types inside the encrypted stream.
inline constexpr char kMsgManifest = 'M';
inline constexpr char kMsgBegin = 'B';
inline constexpr char kMsgData = 'D';
inline constexpr char kMsgRecords = 'R'; // a run of whole records: u32 first index, then (u32 length, bytes)...
inline constexpr char kMsgEnd = 'Z';

inline constexpr int kDataChunkBytes = 1024 * 1024;
// The most record bytes one run carries, lengths and first index included; a larger record goes as B and D.
inline constexpr int kRecordRunBytes = kDataChunkBytes;

QByteArray signedMessage(const QByteArray& headerSum, const QByteArray& manifestBytes);
QByteArray keyCheck(const unsigned char* contentKey);

} // namespace format

// "ab12 cd34 ..." : the first 20 bytes of SHA-256 of an Ed25519 public key, in groups of four hex digits.
QString fingerprintOf(const QByteArray& publicKey);
// The fingerprint without spaces, lower case; accepts what a user typed.
QString normaliseFingerprint(const QString& text);

// The text of a public key file: "qingfeng-workstation-key-v1 <base64>" plus comment lines.
QString publicKeyText(const QByteArray& publicKey, const QString& comment);
// Reads a public key file's text; returns an empty array if it holds no valid key.
QByteArray parsePublicKeyText(const QByteArray& text);

} // namespace qf::archive
