#pragma once

#include "access/SecondSigner.h"
#include "access/Session.h"
#include "common/Result.h"
#include "storage/AttachmentStore.h"

#include <QDateTime>
#include <QStringList>

namespace qf::evidence {

// 证据: one item of evidence of a case, numbered for the evidence list (调取证据清单).
struct EvidenceDraft
{
    QString caseUid;
    QString kind; // documentary, physical, witness_testimony, subject_statement, audio_video, electronic_data,
                  // expert_opinion, inspection_record
    QString description;
    QString source;
    QString holder;
    QDateTime collectedAt;
    QString place;
    QStringList collectors; // at least two staff logins
    QString witness;
    QString facts; // the alleged facts it supports
};

struct EvidenceItem
{
    QString uid;
    int seq = 0;
    QString kind;
    QString description;
    QString source;
    QString holder;
    QString collectedAt;
    QString place;
    QStringList collectors;
    QString witness;
    QString facts;
    QList<storage::AttachmentInfo> attachments;
};

struct CustodyEvent
{
    QString uid;
    QString kind;
    QString at;
    QString place;
    QString handedBy;
    QString receivedBy;
    QString note;
    QString correctsUid;
};

// The evidence log and its chain of custody. Files are kept in the vault; every custody step is confirmed
// by the person handing over and the person receiving; corrections are new events.
class EvidenceService
{
public:
    explicit EvidenceService(access::Session& session) : m_session(session) {}

    Result<EvidenceItem> record(const EvidenceDraft& draft);
    Result<storage::AttachmentInfo> attach(const QString& evidenceUid, QIODevice& file, const QString& name,
                                           const QString& mimeType, const storage::ByteProgress& progress = {},
                                           const std::atomic_bool* cancel = nullptr);
    Result<QList<EvidenceItem>> evidenceOf(const QString& caseUid);
    // The session user hands over; the receiver confirms with their password.
    Result<QString> addCustodyEvent(const QString& evidenceUid, const QString& kind, const QString& place,
                                    const access::SecondSigner& receiver, const QString& note,
                                    const QString& correctsUid = {});
    Result<QList<CustodyEvent>> custodyOf(const QString& evidenceUid);
    // Streams a plaintext copy to `output`: an explicit, audited export.
    Status exportAttachment(const QString& attachmentUid, QIODevice& output,
                            const storage::ByteProgress& progress = {});
    Result<storage::AttachmentCheck> verifyAttachment(const QString& attachmentUid);
    // Decrypts a small attachment into memory for an in-process preview (nothing is written to disk); audited.
    static constexpr qint64 kMaxPreviewBytes = 32LL * 1024 * 1024;
    Result<QByteArray> previewAttachment(const QString& attachmentUid);

private:
    access::Session& m_session;
};

} // namespace qf::evidence
