#pragma once

#include "access/Session.h"
#include "archive/ArchiveReader.h"
#include "archive/TrustList.h"

#include <QJsonObject>
#include <optional>

namespace qf::archive {

// What verifying an archive found, step by step, for people and for scripts.
struct VerifyReport
{
    QString path;
    ArchiveHeaderInfo header;
    bool headerRead = false;
    bool signatureValid = false;
    SignerInfo signer;
    std::optional<SignerTrust> trust; // unset when no vault was given
    QString signerLabel;
    bool manifestRead = false;
    Manifest manifest;
    qint64 recordsChecked = 0;
    qint64 attachmentsChecked = 0;
    qint64 attachmentBytes = 0;
    std::optional<Error> failure;

    bool passed() const { return !failure.has_value(); }
    Status status() const { return failure ? Status(*failure) : Status(); }
    QString text() const; // translated, readable
    QJsonObject toJson() const;
};

// Checks an archive without importing it: header, key, every frame, the signature and the signer's trust, every
// entry's hash and size, each record's JSON, and the counts against the manifest.
class ArchiveVerifier
{
public:
    // trustDb: a vault connection to judge the signer against its trust list; null to leave trust unjudged.
    static VerifyReport verify(const QString& path, const ArchiveKeys& keys, const QSqlDatabase* trustDb,
                               const ReadProgress& progress = {}, const std::atomic_bool* cancel = nullptr);
    // Verifies with what a vault connection offers: its workstation key (for archives addressed to it), the
    // passphrase if given, and its trust list.
    static VerifyReport verifyWithVault(const QSqlDatabase& db, const QString& path,
                                        const crypto::SecretBytes* passphrase, const ReadProgress& progress = {},
                                        const std::atomic_bool* cancel = nullptr);
    // The keys a session's vault offers: its workstation key, plus the passphrase if given.
    static Result<ArchiveKeys> keysFor(access::Session* session, const crypto::SecretBytes* passphrase,
                                       crypto::SecretBytes& secretHolder);
    // The same from a connection to the vault (a worker thread's own); null for the passphrase only.
    static Result<ArchiveKeys> keysFor(const QSqlDatabase* db, const crypto::SecretBytes* passphrase,
                                       crypto::SecretBytes& secretHolder);
};

} // namespace qf::archive
