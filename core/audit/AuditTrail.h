#pragma once

#include "audit/AuditEntry.h"
#include "common/Result.h"
#include "crypto/Mac.h"

#include <QSqlDatabase>

namespace qf::audit {

// Appends entries to the chain. Call inside the caller's transaction so the entry commits with the change.
class AuditTrail
{
public:
    explicit AuditTrail(const crypto::SecretBytes& auditKey);

    Result<AuditEntry> append(const QSqlDatabase& db, const QString& actor, const AuditNote& note) const;
    // Appends in its own transaction, for events that change nothing else (a view, a failed login).
    Result<AuditEntry> appendStandalone(const QSqlDatabase& db, const QString& actor, const AuditNote& note) const;

    static Result<AuditHead> head(const QSqlDatabase& db);
    const crypto::HmacSha256& mac() const { return m_mac; }

private:
    crypto::HmacSha256 m_mac;
};

QString nowUtcIso();

} // namespace qf::audit
