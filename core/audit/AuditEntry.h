#pragma once

#include <QByteArray>
#include <QString>

namespace qf::audit {

// One link in the hash-chained audit trail (审计日志).
struct AuditEntry
{
    qint64 id = 0;
    QString atUtc;      // ISO 8601 with milliseconds, UTC
    QString actor;      // login of who acted
    QString action;     // dotted verb, e.g. "user.add"
    QString targetType; // e.g. "user", "lead"
    QString targetUid;
    QString summary; // what changed, never a protected identity
    QByteArray prevHash;
    QByteArray hash;
};

// What a service says about its change; the trail adds id, time, actor and the chain link.
struct AuditNote
{
    QString action;
    QString targetType;
    QString targetUid;
    QString summary;
};

// The head of the chain, shown to auditors and carried by exports.
struct AuditHead
{
    qint64 count = 0;
    QByteArray lastHash;
    QString lastAtUtc;
};

// The bytes the chain link covers: everything but the hashes, unambiguously separated.
QByteArray canonicalEntryBytes(qint64 id, QByteArrayView atUtc, QByteArrayView actor, QByteArrayView action,
                               QByteArrayView targetType, QByteArrayView targetUid, QByteArrayView summary);

} // namespace qf::audit
