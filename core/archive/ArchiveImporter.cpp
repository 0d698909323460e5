#include "archive/ArchiveImporter.h"

#include "archive/ArchiveFormat.h"
#include "archive/ArchiveVerifier.h"
#include "archive/RecordCatalog.h"
#include "archive/VerifyingVisitor.h"
#include "audit/AuditTrail.h"
#include "crypto/Mac.h"
#include "storage/Sql.h"
#include "storage/StatementCache.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <functional>

namespace qf::archive {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::archive::ArchiveImporter", text);
}

ImportConflict emptyReference(const QString& type, const QString& uid, const QString& column)
{
    return ImportConflict{type, uid,
                          QCoreApplication::translate("qf::archive::ArchiveImporter",
                                                      "the reference %1 points at a record that is "
                                                      "neither in the archive nor in this vault; it "
                                                      "was left empty")
                              .arg(column)};
}

struct Deferred
{
    QString table;
    qint64 rowId = 0;
    QString column;
    QString refTable;
    QString refUid;
};

class ImportVisitor final : public ArchiveVisitor
{
    // Its messages are the importer's: one translation context for both.
    Q_DECLARE_TR_FUNCTIONS(qf::archive::ArchiveImporter)

public:
    // Decides, once the signature is checked, whether this signer's archive may be imported.
    using SignerPolicy = std::function<Status()>;

    ImportVisitor(const QSqlDatabase& db, ImportResult& result, VerifyingVisitor& check, SignerPolicy acceptSigner)
        : m_db(db), m_statements(db), m_catalog(*check.catalog()), m_result(result), m_check(check),
          m_acceptSigner(std::move(acceptSigner))
    {
    }
    Status prepare() { return m_check.catalogStatus(); }

    Status header(const ArchiveHeaderInfo& info) override { return m_check.header(info); }
    Status manifest(const Manifest& manifest, const SignerInfo& signer) override
    {
        QF_TRY(m_check.manifest(manifest, signer));
        QF_TRY(m_acceptSigner());
        m_sourceTag = normaliseFingerprint(signer.fingerprint).left(8);
        for (const ManifestEntry& entry : manifest.entries)
            if (entry.kind == EntryKind::Attachment)
                m_contentHash.insert(entry.uid, entry.sha256);
        return {};
    }
    // Records arrive in import order (the checks refuse any other), so each is stored as it comes.
    Status record(const ManifestEntry& entry, const QByteArray& bytes) override
    {
        auto doc = m_check.checkRecord(entry, bytes);
        if (!doc.ok())
            return doc.error();
        return doc->type == QLatin1String(RecordCatalog::kUserType) ? importUser(doc.value())
                                                                    : importRecord(doc.value());
    }
    Status attachmentBegin(const ManifestEntry& entry) override
    {
        QF_TRY(m_check.attachmentBegin(entry));
        m_currentId = m_pendingContent.value(entry.uid, 0);
        m_seq = 0;
        m_buffer.clear();
        return {};
    }
    Status attachmentData(const ManifestEntry&, QByteArrayView data) override
    {
        if (m_currentId == 0)
            return {};
        m_buffer.append(data.data(), data.size());
        while (m_buffer.size() >= format::kDataChunkBytes) {
            QF_TRY(storeChunk(m_buffer.left(format::kDataChunkBytes)));
            m_buffer.remove(0, format::kDataChunkBytes);
        }
        return {};
    }
    Status attachmentEnd(const ManifestEntry& entry) override
    {
        QF_TRY(m_check.attachmentEnd(entry));
        if (m_currentId != 0 && !m_buffer.isEmpty())
            QF_TRY(storeChunk(m_buffer));
        m_buffer.clear();
        m_pendingContent.remove(entry.uid);
        m_currentId = 0;
        return {};
    }
    Status finish()
    {
        if (!m_pendingContent.isEmpty())
            return makeError(ErrorCode::VerificationFailed, tr("An attachment in the archive has no content."));
        for (const Deferred& deferred : std::as_const(m_deferred)) {
            auto id = resolve(deferred.refTable, deferred.refUid);
            if (!id.ok())
                return id.error();
            if (id.value() == 0) {
                m_result.conflicts << emptyReference(deferred.table, deferred.refUid, deferred.column);
                continue;
            }
            auto updated = m_statements.run(
                QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(deferred.table, deferred.column),
                {id.value(), deferred.rowId});
            if (!updated.ok())
                return updated.error();
        }
        return {};
    }
    const QList<QPair<QString, QString>>& added() const { return m_added; }

private:
    Status storeChunk(const QByteArray& chunk)
    {
        const QByteArray hash = crypto::sha256(chunk);
        auto existing =
            m_statements.singleValue(QStringLiteral("SELECT id FROM attachment_chunk WHERE sha256 = ?"), {hash});
        if (!existing.ok())
            return existing.error();
        qint64 chunkId = existing->toLongLong();
        if (existing->isNull()) {
            auto inserted =
                m_statements.run(QStringLiteral("INSERT INTO attachment_chunk (sha256, size, data) VALUES (?, ?, ?)"),
                                 {hash, chunk.size(), chunk});
            if (!inserted.ok())
                return inserted.error();
            chunkId = (*inserted)->lastInsertId().toLongLong();
        }
        return m_statements
                       .run(QStringLiteral(
                                "INSERT INTO attachment_part (attachment_id, seq, chunk_id) VALUES (?, ?, ?)"),
                            {m_currentId, m_seq++, chunkId})
                       .ok()
                   ? Status()
                   : makeError(ErrorCode::Database, tr("Cannot store an attachment part."));
    }

    // The local id of a record by uid: imported in this run, or already in the vault. 0 if neither.
    Result<qint64> resolve(const QString& table, const QString& uid)
    {
        if (auto it = m_localIds.constFind(table + u'/' + uid); it != m_localIds.constEnd())
            return it.value();
        if (const TableInfo* info = m_catalog.table(table); info && !info->hasUid)
            return 0; // a synthetic uid is known only for rows of this archive
        auto id = m_statements.singleValue(QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(table), {uid});
        if (!id.ok())
            return id.error();
        return id->isNull() ? 0 : id->toLongLong();
    }

    Status importUser(const RecordDoc& doc)
    {
        auto local = resolve(QString::fromLatin1(RecordCatalog::kUserType), doc.uid);
        if (!local.ok())
            return local.error();
        if (local.value() != 0) {
            m_localIds.insert(QStringLiteral("app_user/") + doc.uid, local.value());
            return {};
        }
        // Someone from another vault: a disabled placeholder with no key slot and no role, named after its origin.
        const QString base = doc.fields.value(QStringLiteral("login")).toString() + u'@' + m_sourceTag;
        QString login = base;
        for (int n = 2;; ++n) {
            auto taken =
                storage::querySingleValue(m_db, QStringLiteral("SELECT 1 FROM app_user WHERE login = ?"), {login});
            if (!taken.ok())
                return taken.error();
            if (taken->isNull())
                break;
            login = base + u'-' + QString::number(n);
        }
        auto inserted = storage::runQuery(
            m_db,
            QStringLiteral(
                "INSERT INTO app_user (uid, login, display_name, disabled, needs_password_reset, created_at) "
                "VALUES (?, ?, ?, 1, 1, ?)"),
            {doc.uid, login, doc.fields.value(QStringLiteral("display_name")).toString(), audit::nowUtcIso()});
        if (!inserted.ok())
            return inserted.error();
        const qint64 placeholderId = inserted->lastInsertId().toLongLong();
        m_localIds.insert(QStringLiteral("app_user/") + doc.uid, placeholderId);
        m_accountOfThisVault.insert(placeholderId, false);
        m_added << qMakePair(QString::fromLatin1(RecordCatalog::kUserType), doc.uid);
        ++m_result.added;
        m_result.addedByType[doc.type] += 1;
        return {};
    }

    Status importRecord(const RecordDoc& doc)
    {
        const TableInfo* info = m_catalog.table(doc.type);
        if (info->hasUid) {
            auto local = resolve(doc.type, doc.uid);
            if (!local.ok())
                return local.error();
            if (local.value() != 0) {
                m_localIds.insert(doc.type + u'/' + doc.uid, local.value());
                auto mine = m_catalog.docForRow(doc.type, local.value());
                if (!mine.ok())
                    return mine.error();
                if (mine->canonical() == doc.canonical()) {
                    ++m_result.unchanged;
                } else {
                    m_result.conflicts << ImportConflict{doc.type, doc.uid, describeDifference(mine.value(), doc)};
                }
                return {};
            }
        }
        if (doc.type == QLatin1String("attachment")) {
            // The same content may already be here under another uid: use it.
            const QByteArray sha =
                QByteArray::fromHex(doc.fields.value(QStringLiteral("sha256")).toString().toLatin1());
            if (!crypto::constantTimeEquals(sha, m_contentHash.value(doc.uid)))
                return makeError(ErrorCode::VerificationFailed,
                                 tr("Attachment %1 does not match its content entry.").arg(doc.uid));
            auto same = m_statements.singleValue(QStringLiteral("SELECT id FROM attachment WHERE sha256 = ?"), {sha});
            if (!same.ok())
                return same.error();
            if (!same->isNull()) {
                m_localIds.insert(doc.type + u'/' + doc.uid, same->toLongLong());
                ++m_result.unchanged;
                return {};
            }
        }
        QStringList columns;
        QVariantList values;
        QList<Deferred> deferred;
        QString namedAccount; // a user column that names an account of this vault
        for (const ColumnInfo& column : info->columns) {
            const QJsonValue value = doc.fields.value(column.name);
            columns << column.name;
            if (value.isNull()) {
                values << QVariant(
                    QMetaType(column.kind == ColumnInfo::Kind::Integer ? QMetaType::LongLong : QMetaType::QString));
            } else if (!column.refTable.isEmpty()) {
                auto id = resolve(column.refTable, value.toString());
                if (!id.ok())
                    return id.error();
                if (id.value() == 0) {
                    if (column.notNull) {
                        m_result.conflicts << ImportConflict{doc.type, doc.uid,
                                                             tr("not imported: it refers to %1 %2, which is neither in "
                                                                "the archive nor in this vault")
                                                                 .arg(column.refTable, value.toString())};
                        return {};
                    }
                    if (info->appendOnly) {
                        // An append-only row is never updated later: the reference stays empty for good.
                        m_result.conflicts << emptyReference(doc.type, doc.uid, column.name);
                    } else {
                        deferred << Deferred{doc.type, 0, column.name, column.refTable, value.toString()};
                    }
                    values << QVariant(QMetaType(QMetaType::LongLong));
                } else {
                    if (column.refTable == QLatin1String(RecordCatalog::kUserType) && namedAccount.isEmpty()) {
                        auto own = isAccountOfThisVault(id.value());
                        if (!own.ok())
                            return own.error();
                        if (own.value())
                            namedAccount = column.name;
                    }
                    values << id.value();
                }
            } else if (column.kind == ColumnInfo::Kind::Integer) {
                values << value.toInteger();
            } else if (column.kind == ColumnInfo::Kind::Blob) {
                values << QByteArray::fromHex(value.toString().toLatin1());
            } else {
                values << value.toString();
            }
        }
        if (!info->hasUid) {
            // Rows without a uid are the same row if every field is the same.
            QStringList match;
            for (const QString& column : std::as_const(columns))
                match << column + QStringLiteral(" IS ?");
            auto existing = m_statements.singleValue(QStringLiteral("SELECT rowid FROM %1 WHERE %2 LIMIT 1")
                                                         .arg(doc.type, match.join(QStringLiteral(" AND "))),
                                                     values);
            if (!existing.ok())
                return existing.error();
            if (!existing->isNull()) {
                if (info->hasId)
                    m_localIds.insert(doc.type + u'/' + doc.uid, existing->toLongLong());
                ++m_result.unchanged;
                return {};
            }
        } else {
            columns << QStringLiteral("uid");
            values << doc.uid;
        }
        if (!namedAccount.isEmpty()) {
            // What this vault's own staff did, or are assigned to (a case team grants access), is recorded here,
            // never taken from another vault's word.
            m_result.conflicts << ImportConflict{
                doc.type, doc.uid,
                tr("not imported: its %1 names a user account of this vault; only this vault records what its own "
                   "users do and which cases they work on")
                    .arg(namedAccount)};
            return {};
        }
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        auto inserted = m_statements.run(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(doc.type, columns.join(u','), marks.join(u',')),
            values);
        if (!inserted.ok()) {
            // A rule of this vault refuses it (a number already in use, for example): report, keep going.
            m_result.conflicts << ImportConflict{
                doc.type, doc.uid, tr("not imported: this vault refuses it (%1)").arg(inserted.message())};
            return {};
        }
        const qint64 rowId = (*inserted)->lastInsertId().toLongLong();
        if (info->hasUid || info->hasId)
            m_localIds.insert(doc.type + u'/' + doc.uid, rowId);
        for (Deferred& item : deferred) {
            item.rowId = rowId;
            m_deferred << item;
        }
        if (doc.type == QLatin1String("attachment"))
            m_pendingContent.insert(doc.uid, rowId);
        if (info->hasUid)
            m_added << qMakePair(doc.type, doc.uid);
        ++m_result.added;
        m_result.addedByType[doc.type] += 1;
        return {};
    }

    // True for a user account of this vault; false for a placeholder that an import created for someone elsewhere.
    Result<bool> isAccountOfThisVault(qint64 userId)
    {
        if (auto known = m_accountOfThisVault.constFind(userId); known != m_accountOfThisVault.constEnd())
            return known.value();
        auto imported = m_statements.singleValue(
            QStringLiteral("SELECT 1 FROM record_provenance p JOIN app_user u ON p.target_uid = u.uid WHERE "
                           "p.target_type = 'app_user' AND u.id = ?"),
            {userId});
        if (!imported.ok())
            return imported.error();
        const bool own = imported->isNull();
        m_accountOfThisVault.insert(userId, own);
        return own;
    }

    static QString describeDifference(const RecordDoc& mine, const RecordDoc& theirs)
    {
        QStringList fields;
        for (auto it = theirs.fields.constBegin(); it != theirs.fields.constEnd(); ++it)
            if (mine.fields.value(it.key()) != it.value())
                fields << it.key();
        QString newer;
        for (const char* stamp : {"updated_at", "stage_since", "decided_at", "recorded_at"}) {
            const QString key = QString::fromLatin1(stamp);
            if (fields.contains(key)) {
                newer = mine.fields.value(key).toString() > theirs.fields.value(key).toString()
                            ? tr(" The local record is newer.")
                            : tr(" The archive's record is newer; the local one was still kept.");
                break;
            }
        }
        return tr("differs from the local record in %1; the local record was kept.")
                   .arg(fields.join(QStringLiteral(", "))) +
               newer;
    }

    QSqlDatabase m_db;
    storage::StatementCache m_statements;
    RecordCatalog& m_catalog; // the checks' own, loaded once
    ImportResult& m_result;
    VerifyingVisitor& m_check;
    SignerPolicy m_acceptSigner;
    QString m_sourceTag;
    QHash<QString, qint64> m_localIds;
    QHash<QString, QByteArray> m_contentHash;
    QHash<QString, qint64> m_pendingContent;
    QList<Deferred> m_deferred;
    QHash<qint64, bool> m_accountOfThisVault;
    QList<QPair<QString, QString>> m_added;
    qint64 m_currentId = 0;
    qint64 m_seq = 0;
    QByteArray m_buffer;
};

} // namespace

Result<ImportResult> ArchiveImporter::importArchive(const ImportOptions& options)
{
    auto permit = authorize();
    if (!permit.ok())
        return permit.error();
    return importArchive(options, permit.value(), m_session.database());
}

Result<ImportPermit> ArchiveImporter::authorize()
{
    const bool admin = m_session.can(access::Permission::ManageKeys);
    QF_TRY(m_session.require(admin ? access::Permission::ManageKeys : access::Permission::ExportArchive));
    return ImportPermit(admin);
}

Result<ImportResult> ArchiveImporter::importArchive(const ImportOptions& options, const ImportPermit& permit,
                                                    const QSqlDatabase& db)
{
    const bool admin = permit.administrator();
    crypto::SecretBytes secretHolder;
    auto keys = ArchiveVerifier::keysFor(&db, options.passphrase, secretHolder);
    if (!keys.ok())
        return keys.error();

    // One pass, inside the transaction: the reader checks every entry as it hands it over, the signer is judged as
    // soon as the signature is checked, and any failure rolls everything back. What is imported is exactly what was
    // verified, even if the file changes between a separate verification and this import.
    VerifyReport report;
    report.path = options.path;
    const QString reason = options.overrideUntrustedReason.trimmed();
    auto imported = importChecked(options, admin, db, keys.value(), report);
    if (!imported.ok() && imported.code() == ErrorCode::UntrustedSigner && reason.isEmpty())
        (void)m_session.auditTrail().appendStandalone(
            db, m_session.login(),
            {QStringLiteral("archive.import_refused"), QStringLiteral("archive"), report.manifest.archiveId,
             QStringLiteral("untrusted signer %1").arg(report.signer.fingerprint)});
    return imported;
}

Result<ImportResult> ArchiveImporter::importChecked(const ImportOptions& options, bool admin, const QSqlDatabase& db,
                                                    const ArchiveKeys& keys, VerifyReport& report)
{
    const QString reason = options.overrideUntrustedReason.trimmed();
    VerifyingVisitor check(report, &db);
    auto acceptSigner = [&]() -> Status {
        Status trusted = check.signerTrusted();
        if (trusted.ok() || reason.isEmpty())
            return trusted;
        if (!admin)
            return makeError(ErrorCode::PermissionDenied,
                             tr("Only an administrator may import an archive from an untrusted signer."));
        return {};
    };
    ImportResult result;
    auto transaction = storage::Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    ImportVisitor visitor(db, result, check, acceptSigner);
    QF_TRY(visitor.prepare());
    QF_TRY(readArchive(options.path, keys, visitor, options.progress, options.cancel));
    QF_TRY(check.everyEntryChecked());
    result.archiveId = report.manifest.archiveId;
    result.signerFingerprint = report.signer.fingerprint;
    result.trust = report.trust.value_or(SignerTrust::Untrusted);
    QF_TRY(visitor.finish());
    const bool overridden = result.trust == SignerTrust::Untrusted || result.trust == SignerTrust::Revoked;
    auto logged = storage::runQuery(
        db,
        QStringLiteral("INSERT INTO archive_import (archive_id, imported_at, imported_by, signer_fingerprint, "
                       "source_vault_uid, source_organ, override_reason, added, unchanged, conflicts) VALUES (?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?)"),
        {result.archiveId, audit::nowUtcIso(), m_session.login(), normaliseFingerprint(result.signerFingerprint),
         report.manifest.sourceVaultUid, report.manifest.sourceOrgan, overridden ? reason : QString(), result.added,
         result.unchanged, result.conflicts.size()});
    if (!logged.ok())
        return logged.error();
    const qint64 importId = logged->lastInsertId().toLongLong();
    for (const auto& record : visitor.added())
        QF_TRY(storage::execute(db,
                                QStringLiteral("INSERT OR IGNORE INTO record_provenance (target_type, target_uid, "
                                               "import_id) VALUES (?, ?, ?)"),
                                {record.first, record.second, importId}));
    QString summary = QStringLiteral("archive %1 from %2 (%3), signer %4: %5 added, %6 unchanged, %7 conflicts")
                          .arg(result.archiveId, report.manifest.sourceOrgan, report.manifest.sourceVaultUid,
                               result.signerFingerprint)
                          .arg(result.added)
                          .arg(result.unchanged)
                          .arg(result.conflicts.size());
    if (overridden)
        summary += QStringLiteral("; UNTRUSTED signer accepted by %1: %2").arg(m_session.login(), reason);
    auto entry = m_session.auditTrail().append(
        db, m_session.login(),
        {QStringLiteral("archive.import"), QStringLiteral("archive"), result.archiveId, summary});
    if (!entry.ok())
        return entry.error();
    QF_TRY(transaction->commit());
    return result;
}

} // namespace qf::archive
