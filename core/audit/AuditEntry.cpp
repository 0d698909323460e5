#include "audit/AuditEntry.h"

namespace qf::audit {

QByteArray canonicalEntryBytes(qint64 id, QByteArrayView atUtc, QByteArrayView actor, QByteArrayView action,
                               QByteArrayView targetType, QByteArrayView targetUid, QByteArrayView summary)
{
    // Each field is length-prefixed so no choice of separators inside a field can forge another entry.
    QByteArray bytes;
    bytes.reserve(64 + atUtc.size() + actor.size() + action.size() + targetType.size() + targetUid.size() +
                  summary.size());
    bytes.append("qf-audit-1:");
    bytes.append(QByteArray::number(id));
    for (QByteArrayView field : {atUtc, actor, action, targetType, targetUid, summary}) {
        bytes.append('|');
        bytes.append(QByteArray::number(field.size()));
        bytes.append(':');
        bytes.append(field);
    }
    return bytes;
}

} // namespace qf::audit
