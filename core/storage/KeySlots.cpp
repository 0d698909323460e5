#include "storage/KeySlots.h"

#include "crypto/Aead.h"
#include "crypto/Mac.h"
#include "storage/FileErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace qf::storage {

namespace {

constexpr auto kFormat = "qingfeng-keyslots";
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxSlotFileBytes = 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::storage::KeySlotFile", text);
}

QString kindName(SlotKind kind)
{
    return kind == SlotKind::Recovery ? QStringLiteral("recovery") : QStringLiteral("user");
}

crypto::SecretBytes slotMacKey(const crypto::SecretBytes& masterKey)
{
    return crypto::deriveSubKey(masterKey, 1, "QFSLOTS_");
}

Error tampered(const QString& path, const QString& detail)
{
    return makeError(ErrorCode::SlotFileTampered,
                     tr("The key file %1 is damaged or has been altered (%2). Restore it from a backup; the vault "
                        "was not changed.")
                         .arg(path, detail));
}

} // namespace

QJsonObject CipherSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("created_with"), createdWith},
                       {QStringLiteral("page_size"), pageSize},
                       {QStringLiteral("compatibility"), compatibility}};
}

CipherSettings CipherSettings::fromJson(const QJsonObject& json)
{
    CipherSettings settings;
    settings.createdWith = json.value(QStringLiteral("created_with")).toString();
    settings.pageSize = json.value(QStringLiteral("page_size")).toInt(4096);
    settings.compatibility = json.value(QStringLiteral("compatibility")).toInt(3);
    return settings;
}

Result<KeySlotFile> KeySlotFile::read(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(
            ErrorCode::FileMissing,
            tr("The key file %1 is missing. It must sit beside the vault; restore it from a backup.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Failed, tr("Cannot read the key file %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxSlotFileBytes)
        return tampered(path, tr("too large"));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return tampered(path, tr("not valid JSON"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat) ||
        root.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return tampered(path, tr("unknown format"));

    KeySlotFile slotFile;
    slotFile.m_vaultUid = root.value(QStringLiteral("vault_uid")).toString();
    slotFile.m_cipher = CipherSettings::fromJson(root.value(QStringLiteral("cipher")).toObject());
    slotFile.m_mac = QByteArray::fromBase64(root.value(QStringLiteral("mac")).toString().toLatin1());
    const QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    for (const QJsonValue& value : slots) {
        const QJsonObject object = value.toObject();
        KeySlot slot;
        slot.id = object.value(QStringLiteral("id")).toString();
        slot.kind = object.value(QStringLiteral("kind")).toString() == QLatin1String("recovery") ? SlotKind::Recovery
                                                                                                 : SlotKind::User;
        slot.login = object.value(QStringLiteral("login")).toString();
        auto kdf = crypto::KdfParams::fromJson(object.value(QStringLiteral("kdf")).toObject());
        if (!kdf.ok())
            return tampered(path, kdf.message());
        slot.kdf = kdf.value();
        slot.salt = QByteArray::fromBase64(object.value(QStringLiteral("salt")).toString().toLatin1());
        slot.wrappedKey = QByteArray::fromBase64(object.value(QStringLiteral("wrapped")).toString().toLatin1());
        if (slot.id.isEmpty() || slot.salt.size() != crypto::kSaltBytes || slot.wrappedKey.isEmpty())
            return tampered(path, tr("incomplete slot"));
        slotFile.m_slots.append(slot);
    }
    if (slotFile.m_vaultUid.isEmpty() || slotFile.m_mac.size() != crypto::kHashBytes)
        return tampered(path, tr("missing fields"));
    return slotFile;
}

QJsonObject KeySlotFile::toJsonWithoutMac() const
{
    QJsonArray slots;
    for (const KeySlot& slot : m_slots) {
        slots.append(QJsonObject{{QStringLiteral("id"), slot.id},
                                 {QStringLiteral("kind"), kindName(slot.kind)},
                                 {QStringLiteral("login"), slot.login},
                                 {QStringLiteral("kdf"), slot.kdf.toJson()},
                                 {QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64())},
                                 {QStringLiteral("wrapped"), QString::fromLatin1(slot.wrappedKey.toBase64())}});
    }
    return QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                       {QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("vault_uid"), m_vaultUid},
                       {QStringLiteral("cipher"), m_cipher.toJson()},
                       {QStringLiteral("slots"), slots}};
}

bool KeySlotFile::macMatches(const crypto::SecretBytes& masterKey) const
{
    const QByteArray canonical = QJsonDocument(toJsonWithoutMac()).toJson(QJsonDocument::Compact);
    return crypto::constantTimeEquals(crypto::hmacSha256(slotMacKey(masterKey), canonical), m_mac);
}

Status KeySlotFile::write(const QString& path, const crypto::SecretBytes& masterKey) const
{
    QJsonObject root = toJsonWithoutMac();
    const QByteArray canonical = QJsonDocument(root).toJson(QJsonDocument::Compact);
    root.insert(QStringLiteral("mac"),
                QString::fromLatin1(crypto::hmacSha256(slotMacKey(masterKey), canonical).toBase64()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Failed, tr("Cannot write the key file %1: %2").arg(path, fileWriteProblem(file)));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(ErrorCode::Failed, tr("Cannot save the key file %1: %2").arg(path, fileWriteProblem(file)));
    return {};
}

const KeySlot* KeySlotFile::findUserSlot(const QString& login) const
{
    for (const KeySlot& slot : m_slots)
        if (slot.kind == SlotKind::User && slot.login.compare(login, Qt::CaseInsensitive) == 0)
            return &slot;
    return nullptr;
}

const KeySlot* KeySlotFile::recoverySlot() const
{
    for (const KeySlot& slot : m_slots)
        if (slot.kind == SlotKind::Recovery)
            return &slot;
    return nullptr;
}

QByteArray KeySlotFile::associatedData(const KeySlot& slot) const
{
    return QStringLiteral("qingfeng-slot|%1|%2|%3|%4")
        .arg(m_vaultUid, slot.id, kindName(slot.kind), slot.login.toLower())
        .toUtf8();
}

Status KeySlotFile::putSlot(SlotKind kind, const QString& login, const crypto::SecretBytes& secret,
                            const crypto::SecretBytes& masterKey, const crypto::KdfParams& params)
{
    KeySlot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.kind = kind;
    slot.login = kind == SlotKind::Recovery ? QString() : login;
    slot.kdf = params;
    slot.salt = crypto::randomSalt();
    auto kek = crypto::deriveKeyFromPassword(secret, slot.salt, params);
    if (!kek.ok())
        return kek.error();
    slot.wrappedKey = crypto::wrapKey(kek.value(), masterKey, associatedData(slot));
    if (slot.wrappedKey.isEmpty())
        return makeError(ErrorCode::Failed, tr("Cannot wrap the vault key."));
    m_slots.removeIf([&](const KeySlot& existing) {
        return existing.kind == kind &&
               (kind == SlotKind::Recovery || existing.login.compare(login, Qt::CaseInsensitive) == 0);
    });
    m_slots.append(slot);
    return {};
}

bool KeySlotFile::removeUserSlot(const QString& login)
{
    return m_slots.removeIf([&](const KeySlot& slot) {
        return slot.kind == SlotKind::User && slot.login.compare(login, Qt::CaseInsensitive) == 0;
    }) > 0;
}

void KeySlotFile::removeAllUserSlotsExcept(const QString& login)
{
    m_slots.removeIf([&](const KeySlot& slot) {
        return slot.kind == SlotKind::User && slot.login.compare(login, Qt::CaseInsensitive) != 0;
    });
}

std::optional<crypto::SecretBytes> KeySlotFile::unlock(const KeySlot& slot, const crypto::SecretBytes& secret) const
{
    auto kek = crypto::deriveKeyFromPassword(secret, slot.salt, slot.kdf);
    if (!kek.ok())
        return std::nullopt;
    return crypto::unwrapKey(kek.value(), slot.wrappedKey, associatedData(slot));
}

} // namespace qf::storage
