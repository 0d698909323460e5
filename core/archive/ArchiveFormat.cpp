#include "archive/ArchiveFormat.h"

#include "crypto/Mac.h"

#include <QList>
#include <sodium.h>

namespace qf::archive {

namespace format {

QByteArray signedMessage(const QByteArray& headerSum, const QByteArray& manifestBytes)
{
    QByteArray message("qingfeng-archive-signature-v1", 29);
    message.append('\0');
    message.append(headerSum);
    message.append(crypto::sha256(manifestBytes));
    return message;
}

QByteArray keyCheck(const unsigned char* contentKey)
{
    static const char label[] = "qingfeng-archive-key-check-v1";
    QByteArray out(kKeyCheckBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kKeyCheckBytes,
                       reinterpret_cast<const unsigned char*>(label), sizeof(label) - 1, contentKey, 32);
    return out;
}

} // namespace format

QString fingerprintOf(const QByteArray& publicKey)
{
    const QString hex = QString::fromLatin1(crypto::sha256(publicKey).left(20).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(u' ');
}

QString normaliseFingerprint(const QString& text)
{
    QString out;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

namespace {
constexpr QLatin1StringView kKeyPrefix("qingfeng-workstation-key-v1 ");
}

QString publicKeyText(const QByteArray& publicKey, const QString& comment)
{
    QString text;
    if (!comment.isEmpty())
        text += QStringLiteral("# ") + QString(comment).replace(u'\n', u' ') + u'\n';
    text += QStringLiteral("# fingerprint: ") + fingerprintOf(publicKey) + u'\n';
    text += kKeyPrefix + QString::fromLatin1(publicKey.toBase64()) + u'\n';
    return text;
}

QByteArray parsePublicKeyText(const QByteArray& text)
{
    if (text.size() > 16 * 1024)
        return {};
    for (const QByteArray& rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (!line.startsWith(QByteArray(kKeyPrefix.data(), kKeyPrefix.size())))
            continue;
        const auto decoded = QByteArray::fromBase64Encoding(line.mid(kKeyPrefix.size()).trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != format::kPublicKeyBytes)
            return {};
        return decoded.decoded;
    }
    return {};
}

} // namespace qf::archive
