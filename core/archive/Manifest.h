#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

namespace qf::archive {

enum class EntryKind
{
    Record,     // one canonical JSON document
    Attachment, // the bytes of a file; its metadata is the "attachment" record with the same uid
};

struct ManifestEntry
{
    EntryKind kind = EntryKind::Record;
    QString type; // record type (table name); "attachment" for attachment bytes
    QString uid;
    qint64 size = 0;
    QByteArray sha256;
};

// What an archive says about itself. Signed by the source workstation; every entry is checked against it.
struct Manifest
{
    QString archiveId;
    QString createdAt;
    QString creator;
    QString sourceVaultUid;
    QString sourceOrgan;
    QString sourceFingerprint;
    QString scopeKind; // case, cases, leads, vault
    QStringList scopeUids;
    bool identitiesIncluded = false;
    qint64 auditCount = 0;
    QString auditLastHash;
    QString auditLastAt;
    QMap<QString, qint64> counts; // record type -> number of records; "attachment_content" for files
    QList<ManifestEntry> entries;

    QByteArray toJson() const;
    // Strict: unknown shapes, absurd numbers, duplicate uids and counts that do not add up are refused.
    static Result<Manifest> fromJson(const QByteArray& bytes);
};

inline const QString kAttachmentContent = QStringLiteral("attachment_content");

} // namespace qf::archive
