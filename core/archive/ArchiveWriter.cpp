#include "archive/ArchiveWriter.h"

#include "archive/ArchiveFormat.h"
#include "crypto/Mac.h"
#include "storage/FileErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <cstring>
#include <sodium.h>

namespace qf::archive {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::archive::ArchiveWriter", text);
}

crypto_secretstream_xchacha20poly1305_state* stateOf(crypto::SecretBytes& bytes)
{
    return reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(bytes.data());
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

ArchiveWriter::~ArchiveWriter() = default;

Result<std::unique_ptr<ArchiveWriter>> ArchiveWriter::start(QIODevice& out, const ArchiveKeying& keying)
{
    if (!keying.passphrase && keying.recipients.isEmpty())
        return makeError(ErrorCode::Usage, tr("An archive needs a passphrase or at least one recipient key."));
    if (keying.recipients.size() > format::kMaxRecipients)
        return makeError(ErrorCode::Usage,
                         tr("An archive can have at most %1 recipients.").arg(format::kMaxRecipients));
    std::unique_ptr<ArchiveWriter> writer(new ArchiveWriter(out));
    crypto::SecretBytes contentKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    QJsonObject header;
    if (keying.passphrase) {
        const QByteArray salt = crypto::randomSalt();
        auto derived = crypto::deriveKeyFromPassword(*keying.passphrase, salt, keying.kdf);
        if (!derived.ok())
            return derived.error();
        std::memcpy(contentKey.data(), derived->data(), contentKey.size());
        header.insert(QStringLiteral("mode"), QStringLiteral("passphrase"));
        header.insert(QStringLiteral("kdf"), keying.kdf.toJson());
        header.insert(QStringLiteral("salt"), b64(salt));
    } else {
        crypto_secretstream_xchacha20poly1305_keygen(contentKey.data());
        QJsonArray recipients;
        for (const QByteArray& edKey : keying.recipients) {
            if (edKey.size() != format::kPublicKeyBytes)
                return makeError(ErrorCode::Invalid, tr("A recipient key is not a workstation public key."));
            QByteArray curve(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
            if (crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char*>(curve.data()),
                                                     reinterpret_cast<const unsigned char*>(edKey.constData())) != 0)
                return makeError(ErrorCode::Invalid, tr("A recipient key is not a valid workstation public key."));
            QByteArray sealed(crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
            crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), contentKey.data(), contentKey.size(),
                            reinterpret_cast<const unsigned char*>(curve.constData()));
            recipients.append(
                QJsonObject{{QStringLiteral("key"), b64(curve)}, {QStringLiteral("sealed"), b64(sealed)}});
        }
        header.insert(QStringLiteral("mode"), QStringLiteral("recipients"));
        header.insert(QStringLiteral("recipients"), recipients);
    }
    writer->m_state = crypto::SecretBytes(sizeof(crypto_secretstream_xchacha20poly1305_state));
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        stateOf(writer->m_state), reinterpret_cast<unsigned char*>(streamHeader.data()), contentKey.data());
    header.insert(QStringLiteral("stream"), b64(streamHeader));
    header.insert(QStringLiteral("key_check"), b64(format::keyCheck(contentKey.data())));
    const QByteArray headerJson = QJsonDocument(header).toJson(QJsonDocument::Compact);

    QByteArray preamble(format::kMagic, sizeof(format::kMagic));
    char number[4];
    qToLittleEndian<quint16>(format::kVersion, number);
    preamble.append(number, 2);
    qToLittleEndian<quint32>(static_cast<quint32>(headerJson.size()), number);
    preamble.append(number, 4);
    const QByteArray headed = QByteArray(preamble + headerJson);
    writer->m_headerSum = crypto::sha256(headed);
    QF_TRY(writer->writeRaw(headed));
    QF_TRY(writer->writeRaw(writer->m_headerSum));
    return writer;
}

Status ArchiveWriter::writeRaw(QByteArrayView bytes)
{
    if (m_out.write(bytes.data(), bytes.size()) != bytes.size())
        return makeError(ErrorCode::Failed,
                         tr("Writing the archive failed: %1.").arg(storage::fileWriteProblem(m_out)));
    return {};
}

Status ArchiveWriter::push(char type, QByteArrayView body, bool final)
{
    // Both buffers are kept from message to message: an attachment is a long run of one-megabyte messages.
    const qsizetype plainBytes = body.size() + 1;
    if (m_plain.size() < plainBytes)
        m_plain.resize(plainBytes);
    m_plain[0] = type;
    if (!body.isEmpty())
        std::memcpy(m_plain.data() + 1, body.data(), static_cast<size_t>(body.size()));
    return seal(plainBytes, final);
}

Status ArchiveWriter::seal(qsizetype plainBytes, bool final)
{
    if (m_finished)
        return makeError(ErrorCode::Failed, QStringLiteral("archive already finished"));
    const qsizetype frameBytes = 4 + plainBytes + crypto_secretstream_xchacha20poly1305_ABYTES;
    if (m_frame.size() < frameBytes)
        m_frame.resize(frameBytes);
    unsigned long long cipherLength = 0;
    crypto_secretstream_xchacha20poly1305_push(
        stateOf(m_state), reinterpret_cast<unsigned char*>(m_frame.data()) + 4, &cipherLength,
        reinterpret_cast<const unsigned char*>(m_plain.constData()), static_cast<unsigned long long>(plainBytes),
        reinterpret_cast<const unsigned char*>(m_headerSum.constData()),
        static_cast<unsigned long long>(m_headerSum.size()),
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    qToLittleEndian<quint32>(static_cast<quint32>(cipherLength), m_frame.data());
    sodium_memzero(m_plain.data(), static_cast<size_t>(plainBytes));
    return writeRaw(QByteArrayView(m_frame.constData(), static_cast<qsizetype>(cipherLength) + 4));
}

Status ArchiveWriter::writeManifest(const QByteArray& manifestJson)
{
    if (!m_manifestBytes.isNull())
        return makeError(ErrorCode::Failed, QStringLiteral("manifest written twice"));
    if (manifestJson.size() > format::kMaxManifestBytes)
        return makeError(ErrorCode::Invalid, tr("The archive would list too many entries; export a smaller scope."));
    m_manifestBytes = manifestJson;
    return push(format::kMsgManifest, manifestJson, false);
}

Status ArchiveWriter::beginEntry(quint32 index)
{
    char number[4];
    qToLittleEndian<quint32>(index, number);
    return push(format::kMsgBegin, QByteArrayView(number, 4), false);
}

Status ArchiveWriter::writeData(QByteArrayView data)
{
    if (data.size() > format::kDataChunkBytes)
        return makeError(ErrorCode::Failed, QStringLiteral("data chunk too large"));
    return push(format::kMsgData, data, false);
}

qsizetype ArchiveWriter::recordRunBytes(QByteArrayView record)
{
    return 4 + record.size();
}

Status ArchiveWriter::writeRecordRun(quint32 firstIndex, const QList<QByteArrayView>& records)
{
    qsizetype plainBytes = 1 + 4;
    for (QByteArrayView record : records)
        plainBytes += recordRunBytes(record);
    if (records.isEmpty() || plainBytes - 1 > format::kRecordRunBytes)
        return makeError(ErrorCode::Failed, QStringLiteral("record run empty or too large"));
    if (m_plain.size() < plainBytes)
        m_plain.resize(plainBytes);
    char* at = m_plain.data();
    *at++ = format::kMsgRecords;
    qToLittleEndian<quint32>(firstIndex, at);
    at += 4;
    for (QByteArrayView record : records) {
        qToLittleEndian<quint32>(static_cast<quint32>(record.size()), at);
        at += 4;
        if (!record.isEmpty())
            std::memcpy(at, record.data(), static_cast<size_t>(record.size()));
        at += record.size();
    }
    return seal(plainBytes, false);
}

Status ArchiveWriter::writeRecords(quint32 firstIndex, const QList<QByteArray>& records,
                                   const std::function<Status(qsizetype)>& written)
{
    QList<QByteArrayView> run;
    qsizetype runBytes = 4;
    quint32 runStart = firstIndex;
    const auto flush = [&]() -> Status {
        if (run.isEmpty())
            return {};
        QF_TRY(writeRecordRun(runStart, run));
        run.clear();
        runBytes = 4;
        return {};
    };
    quint32 index = firstIndex;
    for (const QByteArray& record : records) {
        const qsizetype need = recordRunBytes(record);
        if (4 + need > format::kRecordRunBytes) {
            QF_TRY(flush());
            QF_TRY(beginEntry(index));
            for (qsizetype at = 0; at < record.size(); at += format::kDataChunkBytes)
                QF_TRY(writeData(QByteArrayView(record).sliced(
                    at, std::min<qsizetype>(format::kDataChunkBytes, record.size() - at))));
        } else {
            if (runBytes + need > format::kRecordRunBytes)
                QF_TRY(flush());
            if (run.isEmpty())
                runStart = index;
            run << record;
            runBytes += need;
        }
        ++index;
        QF_TRY(written(record.size()));
    }
    return flush();
}

Status ArchiveWriter::finish(const crypto::SecretBytes& signingKey, const QByteArray& publicKey)
{
    if (signingKey.size() != crypto_sign_SECRETKEYBYTES || publicKey.size() != format::kPublicKeyBytes)
        return makeError(ErrorCode::Failed, tr("The workstation signing key is not available."));
    QF_TRY(push(format::kMsgEnd, {}, true));
    m_finished = true;
    const QByteArray message = format::signedMessage(m_headerSum, m_manifestBytes);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), signingKey.data());
    QF_TRY(writeRaw(QByteArrayView(format::kTrailerMagic, sizeof(format::kTrailerMagic))));
    QF_TRY(writeRaw(publicKey));
    return writeRaw(signature);
}

} // namespace qf::archive
