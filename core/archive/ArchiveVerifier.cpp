#include "archive/ArchiveVerifier.h"

#include "archive/VerifyingVisitor.h"
#include "archive/WorkstationKey.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace qf::archive {

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::archive::ArchiveVerifier)
};

} // namespace

VerifyReport ArchiveVerifier::verify(const QString& path, const ArchiveKeys& keys, const QSqlDatabase* trustDb,
                                     const ReadProgress& progress, const std::atomic_bool* cancel)
{
    VerifyReport report;
    report.path = path;
    VerifyingVisitor visitor(report, trustDb);
    Status read = readArchive(path, keys, visitor, progress, cancel);
    if (read.ok())
        read = visitor.everyEntryChecked();
    if (read.ok())
        read = visitor.signerTrusted();
    if (!read.ok())
        report.failure = read.error();
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
    lines << Messages::tr("Archive: %1").arg(path);
    if (headerRead)
        lines << Messages::tr("Protection: %1")
                     .arg(header.mode == QLatin1String("passphrase")
                              ? Messages::tr("passphrase")
                              : Messages::tr("workstation keys (%1 recipients)").arg(header.recipients));
    if (manifestRead) {
        lines << Messages::tr("Decryption: ok");
        lines << Messages::tr("Signature: valid, by workstation %1").arg(signer.fingerprint);
        lines << Messages::tr("Signer: %1")
                     .arg(trust ? signerTrustName(*trust) +
                                      (signerLabel.isEmpty() ? QString() : QStringLiteral(" (") + signerLabel + u')')
                                : Messages::tr("not judged (no vault given)"));
        lines << Messages::tr("Archive id: %1, made %2 by %3 at %4")
                     .arg(manifest.archiveId, manifest.createdAt, manifest.creator, manifest.sourceOrgan);
        lines << Messages::tr("Scope: %1 %2").arg(manifest.scopeKind, manifest.scopeUids.join(QStringLiteral(", ")));
        lines << Messages::tr("Source audit head: entry %1, hash %2")
                     .arg(manifest.auditCount)
                     .arg(manifest.auditLastHash);
        for (auto it = manifest.counts.cbegin(); it != manifest.counts.cend(); ++it)
            lines << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value());
        lines << Messages::tr("Entries checked: %1 records, %2 attachments (%3 bytes)")
                     .arg(recordsChecked)
                     .arg(attachmentsChecked)
                     .arg(attachmentBytes);
    }
    lines << (failure ? Messages::tr("Result: FAILED: %1").arg(failure->message)
                      : Messages::tr("Result: the archive is intact."));
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
