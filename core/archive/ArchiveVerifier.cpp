#include "archive/ArchiveVerifier.h"

#include "archive/RecordCatalog.h"
#include "archive/WorkstationKey.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace qf::archive {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::archive::ArchiveVerifier", text);
}

class VerifyVisitor final : public ArchiveVisitor
{
public:
    VerifyVisitor(VerifyReport& report, const QSqlDatabase* db) : m_report(report), m_db(db)
    {
        if (m_db) {
            m_catalog = std::make_unique<RecordCatalog>(*m_db);
            m_catalogStatus = m_catalog->load();
        }
    }

    Status header(const ArchiveHeaderInfo& info) override
    {
        m_report.header = info;
        m_report.headerRead = true;
        return {};
    }
    Status manifest(const Manifest& manifest, const SignerInfo& signer) override
    {
        m_report.signatureValid = true;
        m_report.signer = signer;
        m_report.manifest = manifest;
        m_report.manifestRead = true;
        if (m_db) {
            QString label;
            auto trust = TrustList::trustOf(*m_db, signer.publicKey, &label);
            if (!trust.ok())
                return trust.error();
            m_report.trust = trust.value();
            m_report.signerLabel = label;
        }
        for (const ManifestEntry& entry : manifest.entries)
            if (entry.kind == EntryKind::Attachment)
                m_content.insert(entry.uid, entry);
        return m_catalogStatus;
    }
    Status record(const ManifestEntry& entry, const QByteArray& bytes) override
    {
        auto doc = RecordCatalog::parseDoc(bytes, entry);
        if (!doc.ok())
            return doc.error();
        if (m_catalog)
            QF_TRY(m_catalog->validate(doc.value()));
        if (entry.type == QLatin1String("attachment")) {
            const auto content = m_content.constFind(entry.uid);
            if (content == m_content.constEnd() ||
                doc->fields.value(QStringLiteral("sha256")).toString().toLatin1() != content->sha256.toHex() ||
                doc->fields.value(QStringLiteral("size")).toInteger() != content->size)
                return makeError(ErrorCode::VerificationFailed,
                                 tr("Attachment %1 in the archive does not match its content entry.").arg(entry.uid));
            m_recordsWithContent.insert(entry.uid);
        }
        ++m_report.recordsChecked;
        return {};
    }
    Status attachmentEnd(const ManifestEntry& entry) override
    {
        if (!m_recordsWithContent.contains(entry.uid))
            return makeError(ErrorCode::VerificationFailed,
                             tr("The archive holds the bytes of attachment %1 but no record for it.").arg(entry.uid));
        ++m_report.attachmentsChecked;
        m_report.attachmentBytes += entry.size;
        return {};
    }

private:
    VerifyReport& m_report;
    const QSqlDatabase* m_db;
    std::unique_ptr<RecordCatalog> m_catalog;
    Status m_catalogStatus;
    QHash<QString, ManifestEntry> m_content;
    QSet<QString> m_recordsWithContent;
};

} // namespace

VerifyReport ArchiveVerifier::verify(const QString& path, const ArchiveKeys& keys, const QSqlDatabase* trustDb,
                                     const ReadProgress& progress, const std::atomic_bool* cancel)
{
    VerifyReport report;
    report.path = path;
    VerifyVisitor visitor(report, trustDb);
    Status read = readArchive(path, keys, visitor, progress, cancel);
    if (!read.ok()) {
        report.failure = read.error();
        return report;
    }
    if (report.recordsChecked + report.attachmentsChecked != report.manifest.entries.size())
        report.failure = makeError(ErrorCode::VerificationFailed, tr("Not every entry of the archive was checked."));
    else if (report.trust && (*report.trust == SignerTrust::Untrusted || *report.trust == SignerTrust::Revoked))
        report.failure = makeError(
            ErrorCode::UntrustedSigner,
            (*report.trust == SignerTrust::Revoked
                 ? tr("The archive %1 is intact, but it was signed by the workstation key %2 (%3), which was revoked.")
                       .arg(path, report.signer.fingerprint, report.signerLabel)
                 : tr("The archive %1 is intact, but its signer %2 is not on this vault's trust list. Compare the "
                      "fingerprint with the sender by telephone, then have an administrator add their key.")
                       .arg(path, report.signer.fingerprint)));
    return report;
}

VerifyReport ArchiveVerifier::verifyWithVault(const QSqlDatabase& db, const QString& path,
                                              const crypto::SecretBytes* passphrase, const ReadProgress& progress,
                                              const std::atomic_bool* cancel)
{
    crypto::SecretBytes secretHolder;
    auto keys = keysFor(&db, passphrase, secretHolder);
    if (!keys.ok()) {
        VerifyReport report;
        report.path = path;
        report.failure = keys.error();
        return report;
    }
    return verify(path, keys.value(), &db, progress, cancel);
}

Result<ArchiveKeys> ArchiveVerifier::keysFor(access::Session* session, const crypto::SecretBytes* passphrase,
                                             crypto::SecretBytes& secretHolder)
{
    if (!session)
        return keysFor(static_cast<const QSqlDatabase*>(nullptr), passphrase, secretHolder);
    const QSqlDatabase db = session->database();
    return keysFor(&db, passphrase, secretHolder);
}

Result<ArchiveKeys> ArchiveVerifier::keysFor(const QSqlDatabase* db, const crypto::SecretBytes* passphrase,
                                             crypto::SecretBytes& secretHolder)
{
    ArchiveKeys keys;
    keys.passphrase = passphrase;
    if (db) {
        auto pair = WorkstationKey::load(*db);
        if (pair.ok()) {
            secretHolder = std::move(pair->secretKey);
            keys.workstationSecret = &secretHolder;
            keys.workstationPublic = pair->publicKey;
        } else if (pair.code() != ErrorCode::NotFound) {
            return pair.error();
        }
    }
    return keys;
}

QString VerifyReport::text() const
{
    QStringList lines;
    lines << tr("Archive: %1").arg(path);
    if (headerRead)
        lines << tr("Protection: %1")
                     .arg(header.mode == QLatin1String("passphrase")
                              ? tr("passphrase")
                              : tr("workstation keys (%1 recipients)").arg(header.recipients));
    if (manifestRead) {
        lines << tr("Decryption: ok");
        lines << tr("Signature: valid, by workstation %1").arg(signer.fingerprint);
        lines << tr("Signer: %1")
                     .arg(trust ? signerTrustName(*trust) +
                                      (signerLabel.isEmpty() ? QString() : QStringLiteral(" (") + signerLabel + u')')
                                : tr("not judged (no vault given)"));
        lines << tr("Archive id: %1, made %2 by %3 at %4")
                     .arg(manifest.archiveId, manifest.createdAt, manifest.creator, manifest.sourceOrgan);
        lines << tr("Scope: %1 %2").arg(manifest.scopeKind, manifest.scopeUids.join(QStringLiteral(", ")));
        lines << tr("Source audit head: entry %1, hash %2").arg(manifest.auditCount).arg(manifest.auditLastHash);
        for (auto it = manifest.counts.cbegin(); it != manifest.counts.cend(); ++it)
            lines << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value());
        lines << tr("Entries checked: %1 records, %2 attachments (%3 bytes)")
                     .arg(recordsChecked)
                     .arg(attachmentsChecked)
                     .arg(attachmentBytes);
    }
    lines << (failure ? tr("Result: FAILED: %1").arg(failure->message) : tr("Result: the archive is intact."));
    return lines.join(u'\n');
}

QJsonObject VerifyReport::toJson() const
{
    QJsonObject json{{QStringLiteral("path"), path},
                     {QStringLiteral("passed"), passed()},
                     {QStringLiteral("signature_valid"), signatureValid},
                     {QStringLiteral("signer_fingerprint"), signer.fingerprint},
                     {QStringLiteral("records_checked"), recordsChecked},
                     {QStringLiteral("attachments_checked"), attachmentsChecked}};
    if (trust)
        json.insert(QStringLiteral("signer_trust"), signerTrustName(*trust));
    if (manifestRead) {
        json.insert(QStringLiteral("archive_id"), manifest.archiveId);
        QJsonObject counts;
        for (auto it = manifest.counts.cbegin(); it != manifest.counts.cend(); ++it)
            counts.insert(it.key(), it.value());
        json.insert(QStringLiteral("counts"), counts);
    }
    if (failure)
        json.insert(QStringLiteral("error"), failure->message);
    return json;
}

} // namespace qf::archive
