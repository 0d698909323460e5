#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <QList>

namespace qf::archive {

struct TrustedKey
{
    QByteArray publicKey;
    QString fingerprint;
    QString label;
    QString addedBy;
    QString addedAt;
    bool revoked = false;
    QString revokedAt;
    QString revokeReason;
};

enum class SignerTrust
{
    Own,       // this vault's own workstation key
    Trusted,   // on the trust list
    Revoked,   // on the trust list, revoked
    Untrusted, // unknown
};

QString signerTrustName(SignerTrust trust); // translated

// The admin's list of other workstations whose archives this vault accepts. Changes need ManageKeys and are audited.
class TrustList
{
public:
    explicit TrustList(access::Session& session) : m_session(session) {}

    Result<TrustedKey> add(const QByteArray& publicKey, const QString& label);
    Status revoke(const QString& fingerprint, const QString& reason);
    Result<QList<TrustedKey>> list();

    // No permission needed: used while verifying and importing.
    static Result<SignerTrust> trustOf(const QSqlDatabase& db, const QByteArray& publicKey, QString* label = nullptr);

private:
    access::Session& m_session;
};

} // namespace qf::archive
