#include "archive/ArchiveExporter.h"

#include "archive/ArchiveFormat.h"
#include "archive/WorkstationKey.h"
#include "audit/AuditTrail.h"
#include "crypto/Mac.h"
#include "storage/AttachmentStore.h"
#include "storage/FileErrors.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace qf::archive {

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::archive::ArchiveExporter)
};

// Receives attachment bytes from the store and writes them as data messages of exactly one chunk each.
class FrameSink final : public QIODevice
{
public:
    FrameSink(ArchiveWriter& writer, const std::function<void(qint64)>& onBytes) : m_writer(writer), m_onBytes(onBytes)
    {
        open(QIODevice::WriteOnly);
    }
    Status flushAll()
    {
        if (!m_buffer.isEmpty())
            QF_TRY(m_writer.writeData(m_buffer));
        m_buffer.clear();
        return m_status;
    }
    Status status() const { return m_status; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        if (!m_status.ok())
            return -1;
        for (qint64 at = 0; at < length;) {
            const qint64 take = std::min<qint64>(length - at, format::kDataChunkBytes - m_buffer.size());
            Status written;
            if (m_buffer.isEmpty() && take == format::kDataChunkBytes) {
                // A whole chunk goes straight to the writer, without a copy here.
                written = m_writer.writeData(QByteArrayView(data + at, take));
            } else {
                m_buffer.append(data + at, take);
                if (m_buffer.size() == format::kDataChunkBytes) {
                    written = m_writer.writeData(m_buffer);
                    m_buffer.resize(0);
                }
            }
            if (!written.ok()) {
                m_status = written;
                return -1;
            }
            at += take;
        }
        m_onBytes(length);
        return length;
    }

private:
    ArchiveWriter& m_writer;
    const std::function<void(qint64)>& m_onBytes;
    QByteArray m_buffer;
    Status m_status;
};

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, Messages::tr("The export was cancelled; no archive was written."));
}

} // namespace

Result<ExportResult> ArchiveExporter::exportArchive(const ExportOptions& options)
{
    auto permit = authorize(options.scope);
    if (!permit.ok())
        return permit.error();
    return exportArchive(options, permit.value(), m_session.database());
}

Result<ExportPermit> ArchiveExporter::authorize(const ExportScope& scope)
{
    if (scope.kind != ExportScope::Kind::Vault && scope.uids.isEmpty())
        return makeError(ErrorCode::Usage, Messages::tr("Choose the cases or leads to export."));
    if (scope.kind == ExportScope::Kind::Case && scope.uids.size() != 1)
        return makeError(ErrorCode::Usage, Messages::tr("A case archive holds exactly one case."));
    const QSqlDatabase db = m_session.database();
    // The role, and each case or lead in the scope as a target.
    QF_TRY(m_session.require(access::Permission::ExportArchive));
    if (scope.kind != ExportScope::Kind::Vault) {
        const QString table =
            scope.kind == ExportScope::Kind::Leads ? QStringLiteral("lead") : QStringLiteral("case_file");
        const QString type = scope.kind == ExportScope::Kind::Leads ? QStringLiteral("lead") : QStringLiteral("case");
        for (const QString& uid : scope.uids) {
            auto level = storage::querySingleValue(
                db, QStringLiteral("SELECT confidentiality FROM %1 WHERE uid = ?").arg(table), {uid});
            if (!level.ok())
                return level.error();
            if (level->isNull())
                return makeError(ErrorCode::NotFound, Messages::tr("There is no %1 with the uid %2.").arg(type, uid));
            QF_TRY(m_session.require(access::Permission::ExportArchive,
                                     {type, uid, static_cast<access::ConfidentialityLevel>(level->toInt())}));
        }
    }
    return ExportPermit(scope);
}

Result<ExportResult> ArchiveExporter::exportArchive(const ExportOptions& options, const ExportPermit& permit,
                                                    const QSqlDatabase& db)
{
    if (options.scope.kind != permit.scope().kind || options.scope.uids != permit.scope().uids)
        return makeError(ErrorCode::PermissionDenied,
                         Messages::tr("The export's scope is not the one that was authorised."));
    if (options.outputPath.isEmpty())
        return makeError(ErrorCode::Usage, Messages::tr("Choose where to write the archive."));
    if (QFileInfo::exists(options.outputPath))
        return makeError(ErrorCode::AlreadyExists,
                         Messages::tr("%1 already exists; an archive never overwrites a file. Choose another name.")
                             .arg(options.outputPath));

    // 1. One transaction: a consistent snapshot, the key created if needed, and the audit entry.
    auto transaction = storage::Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    bool keyCreated = false;
    auto key = WorkstationKey::ensure(db, &keyCreated);
    if (!key.ok())
        return key.error();
    RecordCatalog catalog(db);
    QF_TRY(catalog.load());
    auto collected = catalog.collect(options.scope);
    if (!collected.ok())
        return collected.error();

    ExportResult result;
    result.archiveId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    result.signerFingerprint = key->fingerprint();

    // Protected identities: only with the explicit choice and an approved, unexpired grant held by the exporter.
    QList<qint64>& identities = (*collected)[QStringLiteral("protected_identity")];
    QList<qint64> allowed;
    for (qint64 id : std::as_const(identities)) {
        bool granted = false;
        if (options.includeIdentities) {
            auto grant = storage::querySingleValue(
                db,
                QStringLiteral("SELECT 1 FROM identity_grant WHERE identity_id = ? AND requested_by = ? AND status = "
                               "'approved' AND expires_at > ? LIMIT 1"),
                {id, m_session.user().id, audit::nowUtcIso()});
            if (!grant.ok())
                return grant.error();
            granted = !grant->isNull();
        }
        if (granted)
            allowed << id;
        else
            ++result.identitiesWithheld;
    }
    identities = allowed;
    result.identitiesIncluded = static_cast<int>(allowed.size());

    // 2. The records' canonical bytes, users first, then the attachments' bytes.
    QList<QPair<QString, EncodedRecord>> records; // type, then uid and bytes
    QSet<qint64> users;
    QList<QPair<QString, qint64>> attachments; // uid, size
    QList<QByteArray> attachmentHashes;
    for (const QString& type : RecordCatalog::importOrder()) {
        if (type == QLatin1String(RecordCatalog::kUserType))
            continue;
        if (options.cancel && options.cancel->load())
            return cancelled();
        if (type == QLatin1String("attachment")) {
            // The exporter needs an attachment's size and hash as well as its bytes: read it as a document.
            auto typeDocs = catalog.docsForRows(type, collected->value(type), &users);
            if (!typeDocs.ok())
                return typeDocs.error();
            for (const RecordDoc& doc : std::as_const(typeDocs.value())) {
                attachments.append({doc.uid, doc.fields.value(QStringLiteral("size")).toInteger()});
                attachmentHashes << QByteArray::fromHex(
                    doc.fields.value(QStringLiteral("sha256")).toString().toLatin1());
                records.append({type, EncodedRecord{doc.uid, doc.canonical()}});
            }
            continue;
        }
        auto encoded = catalog.encodedRows(type, collected->value(type), &users);
        if (!encoded.ok())
            return encoded.error();
        for (EncodedRecord& record : encoded.value())
            records.append({type, std::move(record)});
    }
    QList<qint64> userIds(users.cbegin(), users.cend());
    std::sort(userIds.begin(), userIds.end());
    QList<QPair<QString, EncodedRecord>> userRecords;
    for (qint64 userId : std::as_const(userIds)) {
        auto doc = catalog.userDoc(userId);
        if (!doc.ok())
            return doc.error();
        userRecords.append({doc->type, EncodedRecord{doc->uid, doc->canonical()}});
    }
    records = userRecords + records;

    Manifest manifest;
    manifest.archiveId = result.archiveId;
    manifest.createdAt = audit::nowUtcIso();
    manifest.creator = m_session.login();
    manifest.sourceVaultUid = catalog.vaultUid();
    auto organ = storage::SettingsRepository(db).value(storage::settingkeys::organName);
    manifest.sourceOrgan = organ.ok() ? organ.value() : QString();
    manifest.sourceFingerprint = key->fingerprint();
    manifest.scopeKind = options.scope.kindName();
    manifest.scopeUids = options.scope.uids;
    manifest.identitiesIncluded = result.identitiesIncluded > 0;
    auto head = audit::AuditTrail::head(db);
    if (!head.ok())
        return head.error();
    manifest.auditCount = head->count;
    manifest.auditLastHash = QString::fromLatin1(head->lastHash.toHex());
    manifest.auditLastAt = head->lastAtUtc;
    QList<QByteArray> docBytes;
    docBytes.reserve(records.size());
    qint64 total = 0;
    for (auto& [type, record] : records) {
        manifest.entries << ManifestEntry{EntryKind::Record, type, record.uid, record.bytes.size(),
                                          crypto::sha256(record.bytes)};
        manifest.counts[type] += 1;
        total += record.bytes.size();
        docBytes << std::move(record.bytes);
    }
    records.clear();
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        manifest.entries << ManifestEntry{EntryKind::Attachment, QStringLiteral("attachment"), attachments.at(i).first,
                                          attachments.at(i).second, attachmentHashes.at(i)};
        manifest.counts[kAttachmentContent] += 1;
        total += attachments.at(i).second;
    }
    if (manifest.entries.size() > format::kMaxEntries)
        return makeError(
            ErrorCode::Invalid,
            Messages::tr("The scope holds more than %1 records; export it in parts.").arg(format::kMaxEntries));
    result.counts = manifest.counts;

    // 3. The file, under a temporary name until everything is written and audited.
    QSaveFile file(options.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Failed,
                         Messages::tr("Cannot write %1: %2").arg(options.outputPath, file.errorString()));
    auto writer = ArchiveWriter::start(file, options.keying);
    if (!writer.ok()) {
        file.cancelWriting();
        return writer.error();
    }
    qint64 done = 0;
    const std::function<void(qint64)> onBytes = [&](qint64 bytes) {
        done += bytes;
        if (options.progress)
            options.progress(done, total);
    };
    auto body = [&]() -> Status {
        QF_TRY((*writer)->writeManifest(manifest.toJson()));
        QF_TRY((*writer)->writeRecords(0, docBytes, [&](qsizetype bytes) -> Status {
            if (options.cancel && options.cancel->load())
                return cancelled();
            onBytes(bytes);
            return {};
        }));
        auto index = static_cast<quint32>(docBytes.size());
        storage::AttachmentStore store(db);
        for (const auto& attachment : std::as_const(attachments)) {
            if (options.cancel && options.cancel->load())
                return cancelled();
            QF_TRY((*writer)->beginEntry(index++));
            FrameSink sink(**writer, onBytes);
            // A failed read discards the whole archive, so the file's own hash is check enough.
            Status read = store.read(attachment.first, sink, {}, storage::AttachmentStore::ReadCheck::WholeFile);
            QF_TRY(sink.status());
            QF_TRY(read);
            QF_TRY(sink.flushAll());
        }
        return (*writer)->finish(key->secretKey, key->publicKey);
    };
    if (Status written = body(); !written.ok()) {
        file.cancelWriting();
        return written.error();
    }
    // 4. The audit entry, then the file under its final name, then the commit.
    QString summary =
        QStringLiteral("archive %1 (%2 %3): %4 entries, %5 identities included, %6 withheld; signed by %7")
            .arg(result.archiveId, manifest.scopeKind, manifest.scopeUids.join(u','))
            .arg(manifest.entries.size())
            .arg(result.identitiesIncluded)
            .arg(result.identitiesWithheld)
            .arg(result.signerFingerprint);
    if (keyCreated)
        summary += QStringLiteral("; workstation key created");
    auto entry = m_session.auditTrail().append(
        db, m_session.login(),
        {QStringLiteral("archive.export"), QStringLiteral("archive"), result.archiveId, summary});
    if (!entry.ok()) {
        file.cancelWriting();
        return entry.error();
    }
    if (!file.commit())
        return makeError(ErrorCode::Failed, Messages::tr("Cannot finish writing %1: %2. No archive was written.")
                                                .arg(options.outputPath, storage::fileWriteProblem(file)));
    if (Status committed = transaction->commit(); !committed.ok()) {
        QFile::remove(options.outputPath);
        return committed.error();
    }
    result.path = options.outputPath;
    result.bytes = QFileInfo(options.outputPath).size();
    return result;
}

} // namespace qf::archive
