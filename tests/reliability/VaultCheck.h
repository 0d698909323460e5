#pragma once

#include "Workload.h"

#include <QSet>
#include <QStringList>

namespace qf::reliability {

struct VaultCheck
{
    QStringList problems; // empty when the vault passed
    qint64 auditEntries = 0;
    int recordsChecked = 0; // committed records found present and complete
    bool passed() const { return problems.isEmpty(); }
    QString summary() const { return problems.join(QStringLiteral("\n")); }
};

// Reopens the vault as the administrator and checks what the harnesses promise: PRAGMA integrity_check is ok, the
// audit chain verifies and is linear, every committed record is there and complete, and nothing half-written is
// visible (a record without its audit entry, an attachment with missing or altered chunks, an attachment that no
// evidence item holds).
// Attachments are read back in full (every chunk hashed) once: `alreadyRead` carries the uids read by earlier
// checks of the same vault so repeated checks stay linear; their structure is still checked every time.
Result<VaultCheck> checkVault(const QString& vaultPath, const QList<Committed>& committed,
                              QSet<QString>* alreadyRead = nullptr);

} // namespace qf::reliability
