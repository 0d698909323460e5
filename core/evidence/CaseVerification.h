#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "storage/AttachmentStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <atomic>

namespace qf::evidence {

// One attachment of a case, as the re-verification of the whole case sees it.
struct AttachmentToVerify
{
    QString uid;
    QString label; // "evidence 3, scan.pdf"
    qint64 size = 0;
};

struct AttachmentOutcome
{
    AttachmentToVerify attachment;
    storage::AttachmentCheck check;
};

struct CaseVerification
{
    int attachments = 0;
    int failed = 0;
    QStringList failures;
};

// Recomputes the hashes of every listed attachment on `db` without writing: safe on a worker thread with a
// connection of its own. Progress is in bytes over all attachments; a set `cancel` ends with ErrorCode::Cancelled.
Result<QList<AttachmentOutcome>> checkAttachments(const QSqlDatabase& db, const QList<AttachmentToVerify>& attachments,
                                                  const storage::ByteProgress& progress = {},
                                                  const std::atomic_bool* cancel = nullptr);

// Re-verification of every attachment of a case. The hashing may run anywhere (checkAttachments); the
// outcome is recorded here, in one transaction with its audit entry. Failures stay recorded for good.
class CaseVerificationService
{
    Q_DECLARE_TR_FUNCTIONS(qf::evidence::CaseVerificationService)

public:
    explicit CaseVerificationService(access::Session& session) : m_session(session) {}

    Result<QList<AttachmentToVerify>> attachmentsOf(const QString& caseUid);
    Result<CaseVerification> record(const QString& caseUid, const QList<AttachmentOutcome>& outcomes);
    // All three steps on the session's own connection (CLI, tests).
    Result<CaseVerification> verify(const QString& caseUid, const storage::ByteProgress& progress = {});

private:
    access::Session& m_session;
};

} // namespace qf::evidence
