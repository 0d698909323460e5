#include "archive/Manifest.h"

#include "archive/ArchiveFormat.h"
#include "archive/CompactJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace qf::archive {

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::archive::Manifest)
};

Error invalid(const QString& detail)
{
    return makeError(
        ErrorCode::Invalid,
        Messages::tr("The archive's manifest is not acceptable: %1. Nothing was imported; ask the sender for a new "
                     "archive.")
            .arg(detail));
}

bool plainText(const QJsonValue& value, qint64 maxChars)
{
    return value.isString() && value.toString().size() <= maxChars;
}

// Checked character by character: a manifest can list a million of them.
bool isUidText(const QString& uid)
{
    if (uid.isEmpty() || uid.size() > 80)
        return false;
    for (const QChar c : uid) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' ||
              u == u'.' || u == u':' || u == u'-'))
            return false;
    }
    return true;
}

const QJsonValue kRecordKind(QLatin1StringView("record"));
const QJsonValue kAttachmentKind(QLatin1StringView("attachment"));

// 64 hex digits, either case, to 32 bytes; anything else gives an empty array.
QByteArray sha256FromHex(const QString& hex)
{
    if (hex.size() != 64)
        return {};
    const auto nibble = [](char16_t c) -> int {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    };
    QByteArray bytes(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i) {
        const int high = nibble(hex.at(2 * i).unicode());
        const int low = nibble(hex.at(2 * i + 1).unicode());
        if (high < 0 || low < 0)
            return {};
        bytes[i] = static_cast<char>(high * 16 + low);
    }
    return bytes;
}

bool isTypeName(const QString& type)
{
    if (type.isEmpty() || type.size() > 40)
        return false;
    for (const QChar c : type)
        if (!((c.unicode() >= u'a' && c.unicode() <= u'z') || c.unicode() == u'_'))
            return false;
    return true;
}

} // namespace

namespace {

// The members of a compact JSON object, without the braces.
QByteArray membersOf(const QJsonObject& object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

} // namespace

QByteArray Manifest::toJson() const
{
    // The same bytes as one QJsonDocument of the whole manifest (keys sorted), but the entries, which can number a
    // million, are written directly rather than built as JSON objects first.
    QJsonObject countObject;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countObject.insert(it.key(), it.value());
    const QJsonObject before{
        {QStringLiteral("archive_id"), archiveId},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("creator"), creator},
        {QStringLiteral("audit_head"), QJsonObject{{QStringLiteral("count"), auditCount},
                                                   {QStringLiteral("last_hash"), auditLastHash},
                                                   {QStringLiteral("last_at"), auditLastAt}}},
        {QStringLiteral("counts"), countObject},
    };
    const QJsonObject after{
        {QStringLiteral("format"), QStringLiteral("qingfeng-archive")},
        {QStringLiteral("version"), format::kVersion},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("vault_uid"), sourceVaultUid},
                                               {QStringLiteral("organ"), sourceOrgan},
                                               {QStringLiteral("workstation"), sourceFingerprint}}},
        {QStringLiteral("scope"), QJsonObject{{QStringLiteral("kind"), scopeKind},
                                              {QStringLiteral("uids"), QJsonArray::fromStringList(scopeUids)}}},
        {QStringLiteral("identities_included"), identitiesIncluded},
    };
    QByteArray out;
    out.reserve(256 + entries.size() * 160);
    out.append('{');
    out.append(membersOf(before));
    out.append(",\"entries\":[");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ManifestEntry& entry = entries.at(i);
        if (i > 0)
            out.append(',');
        out.append(entry.kind == EntryKind::Record ? QByteArrayView("{\"kind\":\"record\",\"sha256\":\"")
                                                   : QByteArrayView("{\"kind\":\"attachment\",\"sha256\":\""));
        out.append(entry.sha256.toHex());
        out.append("\",\"size\":");
        out.append(QByteArray::number(entry.size));
        out.append(",\"type\":");
        compactjson::appendString(out, entry.type);
        out.append(",\"uid\":");
        compactjson::appendString(out, entry.uid);
        out.append('}');
    }
    out.append("],");
    out.append(membersOf(after));
    out.append('}');
    return out;
}

Result<Manifest> Manifest::fromJson(const QByteArray& bytes)
{
    if (bytes.size() > format::kMaxManifestBytes)
        return invalid(Messages::tr("it is larger than %1 MiB").arg(format::kMaxManifestBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(Messages::tr("it is not well-formed JSON (%1)").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("qingfeng-archive") ||
        root.value(QStringLiteral("version")).toInt(-1) < format::kOldestReadableVersion ||
        root.value(QStringLiteral("version")).toInt(-1) > format::kVersion)
        return invalid(Messages::tr("unknown format or version"));
    Manifest m;
    const QJsonObject source = root.value(QStringLiteral("source")).toObject();
    const QJsonObject scope = root.value(QStringLiteral("scope")).toObject();
    const QJsonObject head = root.value(QStringLiteral("audit_head")).toObject();
    for (const QJsonValue& value : {root.value(QStringLiteral("archive_id")), root.value(QStringLiteral("created_at")),
                                    root.value(QStringLiteral("creator")), source.value(QStringLiteral("vault_uid")),
                                    source.value(QStringLiteral("organ")), source.value(QStringLiteral("workstation")),
                                    scope.value(QStringLiteral("kind")), head.value(QStringLiteral("last_hash")),
                                    head.value(QStringLiteral("last_at"))})
        if (!plainText(value, 512))
            return invalid(Messages::tr("a required text field is missing or too long"));
    m.archiveId = root.value(QStringLiteral("archive_id")).toString();
    if (!isUidText(m.archiveId))
        return invalid(Messages::tr("the archive id is not valid"));
    m.createdAt = root.value(QStringLiteral("created_at")).toString();
    m.creator = root.value(QStringLiteral("creator")).toString();
    m.sourceVaultUid = source.value(QStringLiteral("vault_uid")).toString();
    m.sourceOrgan = source.value(QStringLiteral("organ")).toString();
    m.sourceFingerprint = source.value(QStringLiteral("workstation")).toString();
    m.scopeKind = scope.value(QStringLiteral("kind")).toString();
    if (!QStringList{QStringLiteral("case"), QStringLiteral("cases"), QStringLiteral("leads"), QStringLiteral("vault")}
             .contains(m.scopeKind))
        return invalid(Messages::tr("unknown scope \"%1\"").arg(m.scopeKind.left(40)));
    const QJsonArray scopeUids = scope.value(QStringLiteral("uids")).toArray();
    if (scopeUids.size() > format::kMaxStringList)
        return invalid(Messages::tr("too many scope entries"));
    for (const QJsonValue& uid : scopeUids) {
        if (!uid.isString() || !isUidText(uid.toString()))
            return invalid(Messages::tr("a scope uid is not valid"));
        m.scopeUids << uid.toString();
    }
    const QJsonValue identities = root.value(QStringLiteral("identities_included"));
    if (!identities.isBool())
        return invalid(Messages::tr("identities_included is missing"));
    m.identitiesIncluded = identities.toBool();
    const QJsonValue auditCount = head.value(QStringLiteral("count"));
    if (!auditCount.isDouble() || auditCount.toDouble() < 0 || auditCount.toDouble() > 1e15)
        return invalid(Messages::tr("the audit head count is not valid"));
    m.auditCount = auditCount.toInteger();
    m.auditLastHash = head.value(QStringLiteral("last_hash")).toString();
    m.auditLastAt = head.value(QStringLiteral("last_at")).toString();

    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    if (counts.size() > 100)
        return invalid(Messages::tr("too many record types"));
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const double count = it.value().toDouble(-1);
        if (!it.value().isDouble() || count < 0 || count > double(format::kMaxEntries) || !isTypeName(it.key()))
            return invalid(Messages::tr("the count for \"%1\" is absurd").arg(it.key().left(40)));
        m.counts.insert(it.key(), it.value().toInteger());
    }
    const QJsonValue entriesValue = root.value(QStringLiteral("entries"));
    if (!entriesValue.isArray())
        return invalid(Messages::tr("the entry list is missing"));
    const QJsonArray entries = entriesValue.toArray();
    if (entries.size() > format::kMaxEntries)
        return invalid(Messages::tr("it lists %1 entries, more than the limit of %2")
                           .arg(entries.size())
                           .arg(format::kMaxEntries));
    // Each (kind, type, uid) once: the uids seen so far per kind and type. The type names are few.
    QHash<QString, QSet<QString>> seenRecords;
    QSet<QString> seenContents;
    m.entries.reserve(entries.size());
    QMap<QString, qint64> tally;
    qint64 total = 0;
    for (const QJsonValue& value : entries) {
        const QJsonObject object = value.toObject();
        if (object.size() != 5)
            return invalid(Messages::tr("an entry does not have exactly kind, sha256, size, type and uid"));
        ManifestEntry entry;
        const QJsonValue kind = object.value(QLatin1StringView("kind"));
        if (kind == kRecordKind)
            entry.kind = EntryKind::Record;
        else if (kind == kAttachmentKind)
            entry.kind = EntryKind::Attachment;
        else
            return invalid(Messages::tr("an entry has an unknown kind"));
        entry.type = object.value(QLatin1StringView("type")).toString();
        entry.uid = object.value(QLatin1StringView("uid")).toString();
        if (!isTypeName(entry.type) || !isUidText(entry.uid))
            return invalid(Messages::tr("an entry has an invalid type or uid"));
        if (entry.kind == EntryKind::Attachment && entry.type != QLatin1String("attachment"))
            return invalid(Messages::tr("attachment bytes must have the type \"attachment\""));
        const QJsonValue size = object.value(QLatin1StringView("size"));
        const qint64 limit = entry.kind == EntryKind::Record ? format::kMaxRecordBytes : format::kMaxAttachmentBytes;
        if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() > double(limit))
            return invalid(Messages::tr("entry %1 has an absurd size").arg(entry.uid));
        entry.size = size.toInteger();
        total += entry.size;
        if (total > format::kMaxTotalBytes)
            return invalid(Messages::tr("the entries add up to more than the size limit"));
        entry.sha256 = sha256FromHex(object.value(QLatin1StringView("sha256")).toString());
        if (entry.sha256.isEmpty())
            return invalid(Messages::tr("entry %1 has no valid SHA-256").arg(entry.uid));
        QSet<QString>& seen = entry.kind == EntryKind::Record ? seenRecords[entry.type] : seenContents;
        const qsizetype before = seen.size();
        seen.insert(entry.uid);
        if (seen.size() == before)
            return invalid(Messages::tr("the uid %1 appears twice (type %2)").arg(entry.uid, entry.type));
        tally[entry.kind == EntryKind::Record ? entry.type : kAttachmentContent] += 1;
        m.entries << std::move(entry);
    }
    if (tally != m.counts)
        return makeError(
            ErrorCode::VerificationFailed,
            Messages::tr("The archive's manifest counts do not match its entry list; the archive was altered or "
                         "made by a faulty program. Nothing was imported."));
    return m;
}

} // namespace qf::archive
