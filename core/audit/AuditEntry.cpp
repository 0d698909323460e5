#include "audit/AuditEntry.h"

#include <charconv>
#include <cstring>

namespace qf::audit {

namespace {

// Appends the decimal digits of value at out and returns the end. 20 chars hold any qint64.
char* writeNumber(char* out, qint64 value)
{
    return std::to_chars(out, out + 20, value).ptr;
}

char* writeBytes(char* out, QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        std::memcpy(out, bytes.data(), static_cast<std::size_t>(bytes.size()));
    return out + bytes.size();
}

} // namespace

QByteArray canonicalEntryBytes(qint64 id, QByteArrayView atUtc, QByteArrayView actor, QByteArrayView action,
                               QByteArrayView targetType, QByteArrayView targetUid, QByteArrayView summary)
{
    // Each field is length-prefixed so no choice of separators inside a field can forge another entry:
    //   qf-audit-1:<id>|<len>:<atUtc>|<len>:<actor>|<len>:<action>|<len>:<targetType>|<len>:<targetUid>|<len>:<summary>
    // Written in one allocation: the audit verifier calls this for every entry of the chain.
    static constexpr QByteArrayView kPrefix("qf-audit-1:");
    const QByteArrayView fields[] = {atUtc, actor, action, targetType, targetUid, summary};
    qsizetype capacity = kPrefix.size() + 20;
    for (QByteArrayView field : fields)
        capacity += 2 + 20 + field.size(); // '|', length, ':', bytes
    QByteArray bytes(capacity, Qt::Uninitialized);
    char* out = writeBytes(bytes.data(), kPrefix);
    out = writeNumber(out, id);
    for (QByteArrayView field : fields) {
        *out++ = '|';
        out = writeNumber(out, field.size());
        *out++ = ':';
        out = writeBytes(out, field);
    }
    bytes.truncate(out - bytes.constData());
    return bytes;
}

} // namespace qf::audit
