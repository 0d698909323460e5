#include "archive/TrustList.h"

#include "access/Mutation.h"
#include "archive/ArchiveFormat.h"
#include "archive/WorkstationKey.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <sodium.h>

namespace qf::archive {

namespace {
// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::archive::TrustList)
};
} // namespace

QString signerTrustName(SignerTrust trust)
{
    switch (trust) {
    case SignerTrust::Own:
        return Messages::tr("this workstation");
    case SignerTrust::Trusted:
        return Messages::tr("trusted");
    case SignerTrust::Revoked:
        return Messages::tr("revoked");
    case SignerTrust::Untrusted:
        return Messages::tr("not trusted");
    }
    return {};
}

Result<TrustedKey> TrustList::add(const QByteArray& publicKey, const QString& label)
{
    const QString cleanLabel = label.trimmed();
    if (cleanLabel.isEmpty() || cleanLabel.size() > 200)
        return makeError(ErrorCode::Usage,
                         Messages::tr("Give the key a label of 1 to 200 characters (the workstation's organ "
                                      "and place)."));
    QByteArray curve(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char*>(curve.data()),
                                             reinterpret_cast<const unsigned char*>(publicKey.constData())) != 0)
        return makeError(ErrorCode::Invalid, Messages::tr("This is not a valid workstation public key."));
    TrustedKey key;
    key.publicKey = publicKey;
    key.fingerprint = fingerprintOf(publicKey);
    key.label = cleanLabel;
    key.addedBy = m_session.login();
    key.addedAt = audit::nowUtcIso();
    return access::mutate(
        m_session, access::Permission::ManageKeys, {QStringLiteral("trusted_key"), key.fingerprint, {}},
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<TrustedKey> {
            auto own = WorkstationKey::load(db);
            if (own.ok() && own->publicKey == publicKey)
                return makeError(ErrorCode::Invalid,
                                 Messages::tr("This is this workstation's own key; it is always trusted."));
            auto existing = storage::querySingleValue(
                db, QStringLiteral("SELECT revoked FROM trusted_key WHERE public_key = ?"), {publicKey});
            if (!existing.ok())
                return existing.error();
            if (!existing->isNull())
                return makeError(ErrorCode::AlreadyExists,
                                 existing->toInt()
                                     ? Messages::tr("The key %1 was revoked; a revoked key cannot be trusted again.")
                                           .arg(key.fingerprint)
                                     : Messages::tr("The key %1 is already trusted.").arg(key.fingerprint));
            QF_TRY(storage::execute(
                db,
                QStringLiteral("INSERT INTO trusted_key (public_key, fingerprint, label, added_by, "
                               "added_at) VALUES (?, ?, ?, ?, ?)"),
                {publicKey, normaliseFingerprint(key.fingerprint), key.label, key.addedBy, key.addedAt}));
            note.action = QStringLiteral("trust.add");
            note.summary = QStringLiteral("trusted workstation key %1 (%2)").arg(key.fingerprint, key.label);
            return key;
        });
}

Status TrustList::revoke(const QString& fingerprint, const QString& reason)
{
    const QString wanted = normaliseFingerprint(fingerprint);
    if (wanted.size() < 8)
        return makeError(ErrorCode::Usage, Messages::tr("Give at least the first 8 characters of the fingerprint."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Messages::tr("Give a reason for revoking the key."));
    return access::mutate(
        m_session, access::Permission::ManageKeys, {QStringLiteral("trusted_key"), wanted, {}},
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
            auto query = storage::runQuery(
                db, QStringLiteral("SELECT id, fingerprint FROM trusted_key WHERE fingerprint LIKE ? AND revoked = 0"),
                {QVariant(wanted + u'%')});
            if (!query.ok())
                return query.error();
            QList<qint64> ids;
            QString full;
            while (query->next()) {
                ids << query->value(0).toLongLong();
                full = query->value(1).toString();
            }
            if (ids.isEmpty())
                return makeError(ErrorCode::NotFound,
                                 Messages::tr("No trusted key has the fingerprint %1.").arg(fingerprint));
            if (ids.size() > 1)
                return makeError(
                    ErrorCode::Usage,
                    Messages::tr("Several keys start with %1; give more of the fingerprint.").arg(fingerprint));
            QF_TRY(
                storage::execute(db,
                                 QStringLiteral("UPDATE trusted_key SET revoked = 1, revoked_by = ?, revoked_at = ?, "
                                                "revoke_reason = ? WHERE id = ?"),
                                 {m_session.login(), audit::nowUtcIso(), reason.trimmed(), ids.first()}));
            note.action = QStringLiteral("trust.revoke");
            note.targetUid = full;
            note.summary = QStringLiteral("revoked workstation key %1: %2").arg(full, reason.trimmed());
            return {};
        });
}

Result<QList<TrustedKey>> TrustList::list()
{
    QF_TRY(m_session.require(access::Permission::ViewDashboard));
    auto query = storage::runQuery(m_session.database(),
                                   QStringLiteral("SELECT public_key, label, added_by, added_at, revoked, revoked_at, "
                                                  "revoke_reason FROM trusted_key ORDER BY id"));
    if (!query.ok())
        return query.error();
    QList<TrustedKey> keys;
    while (query->next()) {
        TrustedKey key;
        key.publicKey = query->value(0).toByteArray();
        key.fingerprint = fingerprintOf(key.publicKey);
        key.label = query->value(1).toString();
        key.addedBy = query->value(2).toString();
        key.addedAt = query->value(3).toString();
        key.revoked = query->value(4).toInt() != 0;
        key.revokedAt = query->value(5).toString();
        key.revokeReason = query->value(6).toString();
        keys << key;
    }
    return keys;
}

Result<SignerTrust> TrustList::trustOf(const QSqlDatabase& db, const QByteArray& publicKey, QString* label)
{
    auto own = WorkstationKey::load(db);
    if (own.ok() && own->publicKey == publicKey) {
        if (label)
            *label = Messages::tr("this workstation");
        return SignerTrust::Own;
    }
    auto query = storage::runQuery(db, QStringLiteral("SELECT label, revoked FROM trusted_key WHERE public_key = ?"),
                                   {publicKey});
    if (!query.ok())
        return query.error();
    if (!query->next())
        return SignerTrust::Untrusted;
    if (label)
        *label = query->value(0).toString();
    return query->value(1).toInt() ? SignerTrust::Revoked : SignerTrust::Trusted;
}

} // namespace qf::archive
