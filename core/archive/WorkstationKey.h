#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"

namespace qf::archive {

// This vault's workstation key pair (Ed25519): signs the archives it exports and, converted to X25519, opens the
// archives addressed to it.
struct WorkstationKeyPair
{
    QByteArray publicKey;
    crypto::SecretBytes secretKey; // libsodium's 64-byte form
    QString fingerprint() const;
};

class WorkstationKey
{
public:
    // The key pair, created on first use inside the caller's transaction (created is set so the caller can say so
    // in its audit note).
    static Result<WorkstationKeyPair> ensure(const QSqlDatabase& db, bool* created = nullptr);
    // Reads the key pair; NotFound if this vault has none yet.
    static Result<WorkstationKeyPair> load(const QSqlDatabase& db);
    // The public key for anyone with access to the vault; creates the pair (audited) if there is none.
    static Result<QByteArray> publicKey(access::Session& session);
    // The public key file another workstation adds to its trust list: the key with this vault's organ as comment.
    static Result<QString> publicKeyFileText(access::Session& session);
    // Reads such a file (bounded); Invalid if it holds no valid key.
    static Result<QByteArray> readPublicKeyFile(const QString& path);
};

} // namespace qf::archive
