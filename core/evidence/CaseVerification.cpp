#include "evidence/CaseVerification.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "evidence/EvidenceService.h"

namespace qf::evidence {

using access::Permission;

Result<QList<AttachmentOutcome>> checkAttachments(const QSqlDatabase& db, const QList<AttachmentToVerify>& attachments,
                                                  const storage::ByteProgress& progress, const std::atomic_bool* cancel)
{
    qint64 total = 0;
    for (const AttachmentToVerify& attachment : attachments)
        total += attachment.size;
    qint64 before = 0;
    const storage::AttachmentStore store(db);
    QList<AttachmentOutcome> outcomes;
    for (const AttachmentToVerify& attachment : attachments) {
        auto check = store.check(
            attachment.uid,
            [&](qint64 done, qint64) {
                if (progress)
                    progress(before + done, total);
            },
            cancel);
        if (!check.ok())
            return check.error();
        before += attachment.size;
        outcomes << AttachmentOutcome{attachment, check.value()};
    }
    if (progress)
        progress(total, total);
    return outcomes;
}

Result<QList<AttachmentToVerify>> CaseVerificationService::attachmentsOf(const QString& caseUid)
{
    auto items = EvidenceService(m_session).evidenceOf(caseUid);
    if (!items.ok())
        return items.error();
    QList<AttachmentToVerify> attachments;
    for (const EvidenceItem& item : items.value())
        for (const storage::AttachmentInfo& attachment : item.attachments)
            attachments << AttachmentToVerify{attachment.uid, tr("evidence %1, %2").arg(item.seq).arg(attachment.name),
                                              attachment.size};
    return attachments;
}

Result<CaseVerification> CaseVerificationService::record(const QString& caseUid,
                                                         const QList<AttachmentOutcome>& outcomes)
{
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ViewCases, cases::caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<CaseVerification> {
                              storage::AttachmentStore store(db);
                              CaseVerification result;
                              for (const AttachmentOutcome& outcome : outcomes) {
                                  QF_TRY(store.recordCheck(outcome.attachment.uid, m_session.login(), outcome.check));
                                  ++result.attachments;
                                  if (!outcome.check.passed) {
                                      ++result.failed;
                                      result.failures
                                          << tr("%1: %2").arg(outcome.attachment.label, outcome.check.detail);
                                  }
                              }
                              note = {QStringLiteral("case.verify_attachments"), QStringLiteral("case"), caseUid,
                                      result.failed == 0 ? tr("%n attachment(s) intact", nullptr, result.attachments)
                                                         : tr("%1 of %2 attachments FAILED: %3")
                                                               .arg(result.failed)
                                                               .arg(result.attachments)
                                                               .arg(result.failures.join(QStringLiteral("; ")))};
                              return result;
                          });
}

Result<CaseVerification> CaseVerificationService::verify(const QString& caseUid, const storage::ByteProgress& progress)
{
    auto attachments = attachmentsOf(caseUid);
    if (!attachments.ok())
        return attachments.error();
    auto outcomes = checkAttachments(m_session.database(), attachments.value(), progress);
    if (!outcomes.ok())
        return outcomes.error();
    return record(caseUid, outcomes.value());
}

} // namespace qf::evidence
