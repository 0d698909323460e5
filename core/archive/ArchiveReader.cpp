#include "archive/ArchiveReader.h"

#include "archive/ArchiveFormat.h"
#include "crypto/Mac.h"
#include "crypto/PasswordKdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <cstring>
#include <sodium.h>

namespace qf::archive {

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::archive::ArchiveReader)
};

using StreamState = crypto_secretstream_xchacha20poly1305_state;

class Reading
{
public:
    Reading(const QString& path, const ArchiveKeys& keys, ArchiveVisitor& visitor, const ReadProgress& progress,
            const std::atomic_bool* cancel)
        : m_path(path), m_file(path), m_keys(keys), m_visitor(visitor), m_progress(progress), m_cancel(cancel)
    {
    }

    Status run();

private:
    Error damaged(const QString& detail) const
    {
        return makeError(ErrorCode::Damaged,
                         Messages::tr("The archive %1 is damaged or incomplete: %2. Nothing was imported; "
                                      "ask the sender for a new copy.")
                             .arg(m_path, detail));
    }
    Status readExact(char* into, qint64 count, const QString& what);
    Status openHeader(const QJsonObject& header, crypto::SecretBytes& contentKey);
    // Reads and opens the next message; its plaintext may be at most maxPlain bytes (the manifest may be larger
    // than every other message).
    Status pullMessage(QByteArray& plain, bool& final, qint64 maxPlain = format::kMaxFramePlain);
    Status finishEntry();
    Error entryMismatch(const ManifestEntry& entry) const;
    Error outOfOrder() const;
    Status checkRecord(const ManifestEntry& entry, QByteArrayView bytes);
    Status readRecordRun(QByteArrayView body, qint64& nextIndex);

    QString m_path;
    QFile m_file;
    const ArchiveKeys& m_keys;
    ArchiveVisitor& m_visitor;
    const ReadProgress& m_progress;
    const std::atomic_bool* m_cancel;
    qint64 m_payloadEnd = 0;
    QByteArray m_headerSum;
    crypto::SecretBytes m_state;
    Manifest m_manifest;
    // The entry being read.
    qint64 m_entryIndex = -1;
    qint64 m_entryBytes = 0;
    QByteArray m_recordBytes; // a record is whole in memory (at most 2 MiB) and hashed at its end
    std::unique_ptr<crypto::Sha256Stream> m_entryHash; // an attachment is hashed as it streams
    QByteArray m_cipher;                               // the frame being read, kept from frame to frame
};

Status Reading::readExact(char* into, qint64 count, const QString& what)
{
    if (m_file.pos() + count > m_payloadEnd)
        return damaged(Messages::tr("it ends inside the %1").arg(what));
    if (m_file.read(into, count) != count)
        return damaged(Messages::tr("the %1 cannot be read").arg(what));
    return {};
}

Status Reading::openHeader(const QJsonObject& header, crypto::SecretBytes& contentKey)
{
    const QString mode = header.value(QStringLiteral("mode")).toString();
    const auto decode = [](const QJsonValue& value) {
        return QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto check = decode(header.value(QStringLiteral("key_check")));
    if (!check || check.decoded.size() != format::kKeyCheckBytes)
        return damaged(Messages::tr("the header has no key check"));
    ArchiveHeaderInfo info;
    info.mode = mode;
    info.fileSize = m_file.size();
    contentKey = crypto::SecretBytes(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (mode == QLatin1String("passphrase")) {
        auto kdf = crypto::KdfParams::fromJson(header.value(QStringLiteral("kdf")).toObject());
        if (!kdf.ok())
            return damaged(Messages::tr("the key derivation parameters cannot be read"));
        if (kdf->opsLimit > format::kMaxKdfOps || kdf->memLimitBytes > format::kMaxKdfMemBytes)
            return makeError(ErrorCode::Invalid,
                             Messages::tr("The archive %1 asks for an absurd amount of work to derive its "
                                          "key (%2 passes, %3 MiB); it was refused.")
                                 .arg(m_path)
                                 .arg(kdf->opsLimit)
                                 .arg(kdf->memLimitBytes / (1024 * 1024)));
        const auto salt = decode(header.value(QStringLiteral("salt")));
        if (!salt || salt.decoded.size() != crypto::kSaltBytes)
            return damaged(Messages::tr("the salt cannot be read"));
        QF_TRY(m_visitor.header(info));
        if (!m_keys.passphrase)
            return makeError(
                ErrorCode::Usage,
                Messages::tr("The archive %1 is protected by a passphrase. Give the passphrase.").arg(m_path));
        auto derived = crypto::deriveKeyFromPassword(*m_keys.passphrase, salt.decoded, kdf.value());
        if (!derived.ok())
            return derived.error();
        std::memcpy(contentKey.data(), derived->data(), contentKey.size());
        if (!crypto::constantTimeEquals(format::keyCheck(contentKey.data()), check.decoded))
            return makeError(
                ErrorCode::WrongPassword,
                Messages::tr("The passphrase does not open the archive %1. Check it with the sender.").arg(m_path));
        return {};
    }
    if (mode != QLatin1String("recipients"))
        return damaged(Messages::tr("the header names no known protection"));
    const QJsonArray recipients = header.value(QStringLiteral("recipients")).toArray();
    if (recipients.isEmpty() || recipients.size() > format::kMaxRecipients)
        return damaged(Messages::tr("the recipient list is empty or too long"));
    info.recipients = static_cast<int>(recipients.size());
    QF_TRY(m_visitor.header(info));
    if (!m_keys.workstationSecret || m_keys.workstationSecret->size() != crypto_sign_SECRETKEYBYTES)
        return makeError(ErrorCode::WrongPassword,
                         Messages::tr("The archive %1 is not addressed to this workstation: it opens "
                                      "only with the vault of a workstation it was exported for.")
                             .arg(m_path));
    QByteArray curvePublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto::SecretBytes curveSecret(crypto_box_SECRETKEYBYTES);
    if (crypto_sign_ed25519_pk_to_curve25519(
            reinterpret_cast<unsigned char*>(curvePublic.data()),
            reinterpret_cast<const unsigned char*>(m_keys.workstationPublic.constData())) != 0 ||
        crypto_sign_ed25519_sk_to_curve25519(curveSecret.data(), m_keys.workstationSecret->data()) != 0)
        return makeError(ErrorCode::Failed, Messages::tr("This workstation's key cannot be used for decryption."));
    for (const QJsonValue& value : recipients) {
        const QJsonObject recipient = value.toObject();
        const auto key = decode(recipient.value(QStringLiteral("key")));
        const auto sealed = decode(recipient.value(QStringLiteral("sealed")));
        if (!key || !sealed || sealed.decoded.size() != qsizetype(crypto_box_SEALBYTES + contentKey.size()))
            return damaged(Messages::tr("a recipient entry cannot be read"));
        if (key.decoded != curvePublic)
            continue;
        if (crypto_box_seal_open(contentKey.data(), reinterpret_cast<const unsigned char*>(sealed.decoded.constData()),
                                 static_cast<unsigned long long>(sealed.decoded.size()),
                                 reinterpret_cast<const unsigned char*>(curvePublic.constData()),
                                 curveSecret.data()) == 0 &&
            crypto::constantTimeEquals(format::keyCheck(contentKey.data()), check.decoded))
            return {};
    }
    return makeError(
        ErrorCode::WrongPassword,
        Messages::tr("The archive %1 is not addressed to this workstation's key (fingerprint %2). Ask the sender to "
                     "export it again for this workstation.")
            .arg(m_path, fingerprintOf(m_keys.workstationPublic)));
}

Status Reading::pullMessage(QByteArray& plain, bool& final, qint64 maxPlain)
{
    if (m_cancel && m_cancel->load())
        return makeError(ErrorCode::Cancelled, Messages::tr("Cancelled; nothing was changed."));
    char lengthBytes[4];
    if (m_file.pos() + 4 > m_payloadEnd)
        return damaged(Messages::tr("it ends before the end of the encrypted data (truncated)"));
    QF_TRY(readExact(lengthBytes, 4, Messages::tr("frame length")));
    const quint32 length = qFromLittleEndian<quint32>(lengthBytes);
    const qint64 maxCipher = maxPlain + crypto_secretstream_xchacha20poly1305_ABYTES;
    if (length < crypto_secretstream_xchacha20poly1305_ABYTES + 1 || length > maxCipher)
        return damaged(Messages::tr("a frame has an impossible length at offset %1").arg(m_file.pos() - 4));
    const qint64 frameAt = m_file.pos() - 4;
    if (m_cipher.size() < qsizetype(length))
        m_cipher.resize(length);
    QByteArray& cipher = m_cipher;
    QF_TRY(readExact(cipher.data(), length, Messages::tr("encrypted data (truncated)")));
    plain.resize(length - crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned long long plainLength = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(reinterpret_cast<StreamState*>(m_state.data()),
                                                   reinterpret_cast<unsigned char*>(plain.data()), &plainLength, &tag,
                                                   reinterpret_cast<const unsigned char*>(cipher.constData()), length,
                                                   reinterpret_cast<const unsigned char*>(m_headerSum.constData()),
                                                   static_cast<unsigned long long>(m_headerSum.size())) != 0)
        return damaged(
            Messages::tr("the encrypted data fails its authentication at offset %1 (altered, reordered or cut)")
                .arg(frameAt));
    plain.resize(static_cast<qsizetype>(plainLength));
    final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    if (m_progress)
        m_progress(m_file.pos(), m_file.size());
    return {};
}

Error Reading::entryMismatch(const ManifestEntry& entry) const
{
    return makeError(
        ErrorCode::VerificationFailed,
        Messages::tr("Entry %1 (%2) of the archive %3 does not match the SHA-256 or size in its signed manifest. "
                     "The archive was altered before it was signed or made by a faulty program; nothing was "
                     "imported.")
            .arg(entry.uid, entry.type, m_path));
}

Error Reading::outOfOrder() const
{
    return makeError(
        ErrorCode::VerificationFailed,
        Messages::tr("The entries of the archive %1 are out of order or not in its manifest.").arg(m_path));
}

Status Reading::checkRecord(const ManifestEntry& entry, QByteArrayView bytes)
{
    if (bytes.size() != entry.size || !crypto::constantTimeEquals(crypto::sha256(bytes), entry.sha256))
        return entryMismatch(entry);
    // The visitor reads the bytes during the call only, so they are lent, not copied.
    return m_visitor.record(entry, QByteArray::fromRawData(bytes.data(), bytes.size()));
}

Status Reading::finishEntry()
{
    if (m_entryIndex < 0)
        return {};
    const ManifestEntry& entry = m_manifest.entries.at(m_entryIndex);
    if (entry.kind == EntryKind::Record) {
        QF_TRY(checkRecord(entry, m_recordBytes));
    } else {
        if (m_entryBytes != entry.size || !crypto::constantTimeEquals(m_entryHash->finish(), entry.sha256))
            return entryMismatch(entry);
        QF_TRY(m_visitor.attachmentEnd(entry));
    }
    m_recordBytes.resize(0);
    m_entryIndex = -1;
    return {};
}

Status Reading::readRecordRun(QByteArrayView body, qint64& nextIndex)
{
    if (body.size() < 4 || qFromLittleEndian<quint32>(body.data()) != nextIndex)
        return outOfOrder();
    qsizetype at = 4;
    if (at == body.size())
        return damaged(Messages::tr("an empty run of records"));
    while (at < body.size()) {
        if (nextIndex >= m_manifest.entries.size())
            return outOfOrder();
        const ManifestEntry& entry = m_manifest.entries.at(nextIndex);
        if (entry.kind != EntryKind::Record)
            return outOfOrder();
        if (body.size() - at < 4)
            return damaged(Messages::tr("a run of records ends inside a length"));
        const quint32 length = qFromLittleEndian<quint32>(body.data() + at);
        at += 4;
        if (qint64(length) > body.size() - at)
            return damaged(Messages::tr("a record in a run is longer than the run"));
        QF_TRY(checkRecord(entry, body.sliced(at, length)));
        at += length;
        ++nextIndex;
    }
    return {};
}

Status Reading::run()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileMissing,
                         Messages::tr("Cannot open the archive %1: %2").arg(m_path, m_file.errorString()));
    const qint64 size = m_file.size();
    m_payloadEnd = size;
    char preamble[format::kPreambleBytes];
    if (size < format::kPreambleBytes || m_file.read(preamble, format::kPreambleBytes) != format::kPreambleBytes ||
        std::memcmp(preamble, format::kMagic, sizeof(format::kMagic)) != 0)
        return damaged(Messages::tr("it is not a Qingfeng archive (wrong magic)"));
    const quint16 version = qFromLittleEndian<quint16>(preamble + 8);
    if (version < format::kOldestReadableVersion || version > format::kVersion)
        return makeError(ErrorCode::Failed,
                         Messages::tr("The archive %1 has format version %2; this program reads version %3. "
                                      "Update Qingfeng.")
                             .arg(m_path)
                             .arg(version)
                             .arg(format::kVersion));
    const quint32 headerLength = qFromLittleEndian<quint32>(preamble + 10);
    if (headerLength == 0 || headerLength > format::kMaxHeaderBytes)
        return damaged(Messages::tr("the header length is impossible"));
    if (size < format::kPreambleBytes + qint64(headerLength) + format::kHeaderSumBytes + format::kTrailerBytes)
        return damaged(Messages::tr("it is too short (truncated)"));
    // The trailer first: it holds the signer's key and signature.
    m_payloadEnd = size - format::kTrailerBytes;
    QByteArray trailer;
    {
        const qint64 at = m_file.pos();
        m_file.seek(m_payloadEnd);
        trailer = m_file.read(format::kTrailerBytes);
        m_file.seek(at);
    }
    QByteArray header(headerLength, Qt::Uninitialized);
    QF_TRY(readExact(header.data(), headerLength, Messages::tr("header")));
    QByteArray headerSum(format::kHeaderSumBytes, Qt::Uninitialized);
    QF_TRY(readExact(headerSum.data(), format::kHeaderSumBytes, Messages::tr("header checksum")));
    m_headerSum = crypto::sha256(QByteArray(QByteArray(preamble, format::kPreambleBytes) + header));
    if (!crypto::constantTimeEquals(m_headerSum, headerSum))
        return damaged(Messages::tr("the header does not match its checksum"));
    if (trailer.size() != format::kTrailerBytes ||
        std::memcmp(trailer.constData(), format::kTrailerMagic, sizeof(format::kTrailerMagic)) != 0)
        return damaged(Messages::tr("the signature block at its end is missing (the file was cut short)"));
    QJsonParseError parseError;
    const QJsonDocument headerDocument = QJsonDocument::fromJson(header, &parseError);
    if (parseError.error != QJsonParseError::NoError || !headerDocument.isObject())
        return damaged(Messages::tr("the header is not readable"));
    const auto streamHeader =
        QByteArray::fromBase64Encoding(headerDocument.object().value(QStringLiteral("stream")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!streamHeader || streamHeader.decoded.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        return damaged(Messages::tr("the stream header cannot be read"));
    crypto::SecretBytes contentKey;
    QF_TRY(openHeader(headerDocument.object(), contentKey));
    m_state = crypto::SecretBytes(sizeof(StreamState));
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            reinterpret_cast<StreamState*>(m_state.data()),
            reinterpret_cast<const unsigned char*>(streamHeader.decoded.constData()), contentKey.data()) != 0)
        return damaged(Messages::tr("the stream header is invalid"));
    contentKey.wipe();

    QByteArray plain;
    bool final = false;
    QF_TRY(pullMessage(plain, final, format::kMaxManifestBytes + 1));
    if (final || plain.isEmpty() || plain.at(0) != format::kMsgManifest)
        return damaged(Messages::tr("the manifest is missing"));
    const QByteArray manifestBytes = plain.mid(1);
    SignerInfo signer;
    signer.publicKey = trailer.mid(sizeof(format::kTrailerMagic), format::kPublicKeyBytes);
    signer.fingerprint = fingerprintOf(signer.publicKey);
    const QByteArray signature = trailer.right(format::kSignatureBytes);
    const QByteArray message = format::signedMessage(m_headerSum, manifestBytes);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                    reinterpret_cast<const unsigned char*>(message.constData()),
                                    static_cast<unsigned long long>(message.size()),
                                    reinterpret_cast<const unsigned char*>(signer.publicKey.constData())) != 0)
        return makeError(
            ErrorCode::VerificationFailed,
            Messages::tr("The signature of the archive %1 is not valid for its manifest (claimed signer %2). The "
                         "archive was altered after it was signed; do not use it.")
                .arg(m_path, signer.fingerprint));
    auto manifest = Manifest::fromJson(manifestBytes);
    if (!manifest.ok())
        return manifest.error();
    m_manifest = std::move(manifest.value());
    // The signer must be the workstation the manifest names: otherwise someone who could open the archive signed it
    // again under their own key, and its source, organ and creator are only their word.
    if (normaliseFingerprint(m_manifest.sourceFingerprint) != normaliseFingerprint(signer.fingerprint))
        return makeError(
            ErrorCode::VerificationFailed,
            Messages::tr("The archive %1 names the workstation %2 as its source, but it was signed by %3. It was "
                         "signed again by someone else; do not use it.")
                .arg(m_path, m_manifest.sourceFingerprint, signer.fingerprint));
    QF_TRY(m_visitor.manifest(m_manifest, signer));

    qint64 nextIndex = 0;
    while (true) {
        QF_TRY(pullMessage(plain, final));
        if (plain.isEmpty())
            return damaged(Messages::tr("an empty message"));
        const char type = plain.at(0);
        if (final != (type == format::kMsgEnd))
            return damaged(Messages::tr("the end marker is misplaced"));
        if (type == format::kMsgEnd) {
            QF_TRY(finishEntry());
            if (nextIndex != m_manifest.entries.size())
                return makeError(ErrorCode::VerificationFailed,
                                 Messages::tr("The archive %1 holds %2 of the %3 entries its manifest lists.")
                                     .arg(m_path)
                                     .arg(nextIndex)
                                     .arg(m_manifest.entries.size()));
            if (m_file.pos() != m_payloadEnd)
                return damaged(Messages::tr("there is data after the end marker"));
            return {};
        }
        if (type == format::kMsgBegin) {
            QF_TRY(finishEntry());
            if (plain.size() != 5 || qFromLittleEndian<quint32>(plain.constData() + 1) != nextIndex ||
                nextIndex >= m_manifest.entries.size())
                return outOfOrder();
            m_entryIndex = nextIndex++;
            m_entryBytes = 0;
            const ManifestEntry& entry = m_manifest.entries.at(m_entryIndex);
            if (entry.kind == EntryKind::Attachment) {
                m_entryHash = std::make_unique<crypto::Sha256Stream>();
                QF_TRY(m_visitor.attachmentBegin(entry));
            }
            continue;
        }
        if (type == format::kMsgRecords && version >= 2) {
            QF_TRY(finishEntry());
            QF_TRY(readRecordRun(QByteArrayView(plain).sliced(1), nextIndex));
            continue;
        }
        if (type != format::kMsgData || m_entryIndex < 0)
            return damaged(Messages::tr("an unknown message type"));
        const ManifestEntry& entry = m_manifest.entries.at(m_entryIndex);
        const QByteArrayView data(plain.constData() + 1, plain.size() - 1);
        m_entryBytes += data.size();
        if (m_entryBytes > entry.size)
            return makeError(
                ErrorCode::VerificationFailed,
                Messages::tr("Entry %1 of the archive %2 is larger than its manifest says.").arg(entry.uid, m_path));
        if (entry.kind == EntryKind::Record) {
            m_recordBytes.append(data.data(), data.size());
        } else {
            m_entryHash->add(data);
            QF_TRY(m_visitor.attachmentData(entry, data));
        }
    }
}

} // namespace

Status readArchive(const QString& path, const ArchiveKeys& keys, ArchiveVisitor& visitor, const ReadProgress& progress,
                   const std::atomic_bool* cancel)
{
    Reading reading(path, keys, visitor, progress, cancel);
    return reading.run();
}

} // namespace qf::archive
