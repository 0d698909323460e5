#include "evidence/EvidenceService.h"

#include "access/Mutation.h"
#include "access/UserRepository.h"
#include "cases/CaseRepository.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QUuid>

namespace qf::evidence {

using access::Permission;

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::evidence::EvidenceService)
};

const QStringList kKinds{QStringLiteral("documentary"),       QStringLiteral("physical"),
                         QStringLiteral("witness_testimony"), QStringLiteral("subject_statement"),
                         QStringLiteral("audio_video"),       QStringLiteral("electronic_data"),
                         QStringLiteral("expert_opinion"),    QStringLiteral("inspection_record")};
const QStringList kCustodyKinds{QStringLiteral("collected"), QStringLiteral("stored"),   QStringLiteral("moved"),
                                QStringLiteral("examined"),  QStringLiteral("returned"), QStringLiteral("transferred"),
                                QStringLiteral("correction")};

struct EvidenceRef
{
    qint64 id = 0;
    cases::Case caseFile;
};

Result<EvidenceRef> findEvidence(const QSqlDatabase& db, const QString& uid)
{
    auto caseId =
        storage::querySingleValue(db, QStringLiteral("SELECT case_id FROM evidence_item WHERE uid = ?"), {uid});
    if (!caseId.ok())
        return caseId.error();
    if (caseId->isNull())
        return makeError(ErrorCode::NotFound, Messages::tr("There is no such evidence item."));
    auto c = cases::CaseRepository(db).findById(caseId->toLongLong());
    if (!c.ok())
        return c.error();
    auto id = storage::querySingleValue(db, QStringLiteral("SELECT id FROM evidence_item WHERE uid = ?"), {uid});
    if (!id.ok())
        return id.error();
    return EvidenceRef{id->toLongLong(), c.value()};
}

Result<cases::Case> caseOfAttachment(const QSqlDatabase& db, const QString& attachmentUid)
{
    auto caseId = storage::querySingleValue(db,
                                            QStringLiteral("SELECT e.case_id FROM evidence_attachment ea JOIN "
                                                           "evidence_item e ON e.id = ea.evidence_id JOIN attachment a "
                                                           "ON a.id = ea.attachment_id WHERE a.uid = ? LIMIT 1"),
                                            {attachmentUid});
    if (!caseId.ok())
        return caseId.error();
    if (caseId->isNull())
        return makeError(ErrorCode::NotFound, Messages::tr("The attachment belongs to no evidence item."));
    return cases::CaseRepository(db).findById(caseId->toLongLong());
}

} // namespace

Result<EvidenceItem> EvidenceService::record(const EvidenceDraft& draft)
{
    QStringList collectors;
    for (const QString& login : draft.collectors)
        if (!login.trimmed().isEmpty() && !collectors.contains(login.trimmed(), Qt::CaseInsensitive))
            collectors << login.trimmed();
    if (collectors.size() < 2)
        return makeError(ErrorCode::Invalid, Messages::tr("Evidence is collected by at least two staff."));
    if (!kKinds.contains(draft.kind))
        return makeError(ErrorCode::Invalid, Messages::tr("Choose the type of evidence."));
    if (draft.description.trimmed().isEmpty() || draft.source.trimmed().isEmpty() || draft.place.trimmed().isEmpty() ||
        !draft.collectedAt.isValid() || draft.collectedAt > QDateTime::currentDateTimeUtc().addSecs(60))
        return makeError(
            ErrorCode::Invalid,
            Messages::tr("Record the description, the source, the place and a collection time that is not in the "
                         "future."));
    auto c = cases::CaseRepository(m_session.database()).findByUid(draft.caseUid);
    if (!c.ok())
        return c.error();
    return access::mutate(
        m_session, Permission::ManageCases, cases::caseTarget(c.value()),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<EvidenceItem> {
            access::UserRepository users(db);
            for (const QString& login : std::as_const(collectors))
                if (!users.findByLogin(login).ok())
                    return makeError(ErrorCode::NotFound, Messages::tr("%1 is not a member of staff.").arg(login));
            auto next = storage::querySingleValue(db,
                                                  QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM "
                                                                 "evidence_item WHERE case_id = ?"),
                                                  {c->id});
            if (!next.ok())
                return next.error();
            EvidenceItem item;
            item.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            item.seq = next->toInt();
            item.kind = draft.kind;
            item.description = draft.description.trimmed();
            item.source = draft.source.trimmed();
            item.holder = draft.holder.trimmed();
            item.collectedAt = draft.collectedAt.toUTC().toString(Qt::ISODate);
            item.place = draft.place.trimmed();
            item.collectors = collectors;
            item.witness = draft.witness.trimmed();
            item.facts = draft.facts.trimmed();
            QF_TRY(storage::execute(db,
                                    QStringLiteral("INSERT INTO evidence_item (uid, case_id, seq, kind, description, "
                                                   "source, holder, collected_at, place, collectors, witness, facts, "
                                                   "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                   "?, ?, ?)"),
                                    {item.uid, c->id, item.seq, item.kind, item.description, item.source, item.holder,
                                     item.collectedAt, item.place, collectors.join(u','), item.witness, item.facts,
                                     m_session.user().id, audit::nowUtcIso()}));
            note.action = QStringLiteral("evidence.record");
            note.summary = Messages::tr("evidence %1 (%2) of case %3").arg(item.seq).arg(item.kind, c->number);
            return item;
        });
}

Result<storage::AttachmentInfo> EvidenceService::attach(const QString& evidenceUid, QIODevice& file,
                                                        const QString& name, const QString& mimeType,
                                                        const storage::ByteProgress& progress,
                                                        const std::atomic_bool* cancel)
{
    auto evidence = findEvidence(m_session.database(), evidenceUid);
    if (!evidence.ok())
        return evidence.error();
    return access::mutate(
        m_session, Permission::ManageCases, cases::caseTarget(evidence->caseFile),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<storage::AttachmentInfo> {
            auto stored = storage::AttachmentStore(db).put(file, name, mimeType, m_session.user().id, progress, cancel);
            if (!stored.ok())
                return stored;
            QF_TRY(storage::execute(db,
                                    QStringLiteral("INSERT OR IGNORE INTO evidence_attachment (evidence_id, "
                                                   "attachment_id) VALUES (?, ?)"),
                                    {evidence->id, stored->id}));
            note.action = QStringLiteral("evidence.attach");
            note.summary = Messages::tr("%1, %2 bytes, sha256 %3%4")
                               .arg(name)
                               .arg(stored->size)
                               .arg(QString::fromLatin1(stored->sha256.toHex()))
                               .arg(stored->reused ? Messages::tr(" (content already in the vault)") : QString());
            return stored;
        });
}

Result<QList<EvidenceItem>> EvidenceService::evidenceOf(const QString& caseUid)
{
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(c.value())));
    auto rows =
        storage::runQuery(m_session.database(),
                          QStringLiteral("SELECT id, uid, seq, kind, description, source, holder, collected_at, "
                                         "place, collectors, witness, facts FROM evidence_item WHERE case_id = ? "
                                         "ORDER BY seq"),
                          {c->id});
    if (!rows.ok())
        return rows.error();
    QList<EvidenceItem> items;
    QList<qint64> ids;
    while (rows->next()) {
        ids << rows->value(0).toLongLong();
        items << EvidenceItem{rows->value(1).toString(),
                              rows->value(2).toInt(),
                              rows->value(3).toString(),
                              rows->value(4).toString(),
                              rows->value(5).toString(),
                              rows->value(6).toString(),
                              rows->value(7).toString(),
                              rows->value(8).toString(),
                              rows->value(9).toString().split(u',', Qt::SkipEmptyParts),
                              rows->value(10).toString(),
                              rows->value(11).toString(),
                              {}};
    }
    storage::AttachmentStore store(m_session.database());
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto attached =
            storage::runQuery(m_session.database(),
                              QStringLiteral("SELECT a.uid FROM evidence_attachment ea JOIN attachment a ON "
                                             "a.id = ea.attachment_id WHERE ea.evidence_id = ? ORDER BY a.id"),
                              {ids.at(i)});
        if (!attached.ok())
            return attached.error();
        QStringList uids;
        while (attached->next())
            uids << attached->value(0).toString();
        for (const QString& uid : std::as_const(uids)) {
            auto info = store.info(uid);
            if (!info.ok())
                return info.error();
            items[i].attachments << info.value();
        }
    }
    return items;
}

Result<QString> EvidenceService::addCustodyEvent(const QString& evidenceUid, const QString& kind, const QString& place,
                                                 const access::SecondSigner& receiver, const QString& note,
                                                 const QString& correctsUid)
{
    if (!kCustodyKinds.contains(kind))
        return makeError(ErrorCode::Invalid, Messages::tr("Choose what happened to the evidence."));
    if (place.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, Messages::tr("Record where it happened."));
    if (kind == QLatin1String("correction") && (correctsUid.isEmpty() || note.trimmed().isEmpty()))
        return makeError(ErrorCode::Invalid,
                         Messages::tr("A correction names the event it corrects and says what was wrong."));
    auto evidence = findEvidence(m_session.database(), evidenceUid);
    if (!evidence.ok())
        return evidence.error();
    auto receiving = access::confirmSecondSigner(m_session, receiver);
    if (!receiving.ok())
        return receiving.error();
    return access::mutate(
        m_session, Permission::ManageCases, cases::caseTarget(evidence->caseFile),
        [&](const QSqlDatabase& db, audit::AuditNote& audit) -> Result<QString> {
            QVariant corrects(QMetaType(QMetaType::LongLong));
            if (!correctsUid.isEmpty()) {
                auto earlier =
                    storage::querySingleValue(db,
                                              QStringLiteral("SELECT id FROM custody_event WHERE uid = ? AND "
                                                             "evidence_id = ?"),
                                              {correctsUid, evidence->id});
                if (!earlier.ok())
                    return earlier.error();
                if (earlier->isNull())
                    return makeError(ErrorCode::NotFound,
                                     Messages::tr("The event to correct is not in this chain of custody."));
                corrects = earlier.value();
            }
            const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QF_TRY(storage::execute(db,
                                    QStringLiteral("INSERT INTO custody_event (uid, evidence_id, kind, at, place, "
                                                   "handed_by, received_by, note, corrects) VALUES (?, ?, ?, ?, ?, ?, "
                                                   "?, ?, ?)"),
                                    {uid, evidence->id, kind, audit::nowUtcIso(), place.trimmed(), m_session.user().id,
                                     receiving->id, note.trimmed(), corrects}));
            audit.action = QStringLiteral("custody.") + kind;
            audit.summary = Messages::tr("%1 → %2 at %3").arg(m_session.login(), receiving->login, place.trimmed());
            return uid;
        });
}

Result<QList<CustodyEvent>> EvidenceService::custodyOf(const QString& evidenceUid)
{
    auto evidence = findEvidence(m_session.database(), evidenceUid);
    if (!evidence.ok())
        return evidence.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(evidence->caseFile)));
    auto rows =
        storage::runQuery(m_session.database(),
                          QStringLiteral("SELECT e.uid, e.kind, e.at, e.place, h.login, r.login, e.note, "
                                         "coalesce(c.uid, '') FROM custody_event e JOIN app_user h ON h.id = "
                                         "e.handed_by JOIN app_user r ON r.id = e.received_by LEFT JOIN "
                                         "custody_event c ON c.id = e.corrects WHERE e.evidence_id = ? ORDER BY "
                                         "e.id"),
                          {evidence->id});
    if (!rows.ok())
        return rows.error();
    QList<CustodyEvent> events;
    while (rows->next())
        events << CustodyEvent{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                               rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toString(),
                               rows->value(6).toString(), rows->value(7).toString()};
    return events;
}

Status EvidenceService::exportAttachment(const QString& attachmentUid, QIODevice& output,
                                         const storage::ByteProgress& progress)
{
    auto c = caseOfAttachment(m_session.database(), attachmentUid);
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ViewCases, cases::caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              QF_TRY(storage::AttachmentStore(db).read(attachmentUid, output, progress));
                              note = {QStringLiteral("attachment.export"), QStringLiteral("attachment"), attachmentUid,
                                      Messages::tr("plaintext copy exported by the user")};
                              return {};
                          });
}

Result<QByteArray> EvidenceService::previewAttachment(const QString& attachmentUid)
{
    auto c = caseOfAttachment(m_session.database(), attachmentUid);
    if (!c.ok())
        return c.error();
    auto info = storage::AttachmentStore(m_session.database()).info(attachmentUid);
    if (!info.ok())
        return info.error();
    if (info->size > kMaxPreviewBytes)
        return makeError(ErrorCode::Invalid,
                         Messages::tr("%1 is too large to preview; export a copy to open it.").arg(info->name));
    return access::mutate(m_session, Permission::ViewCases, cases::caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QByteArray> {
                              QByteArray content;
                              QBuffer buffer(&content);
                              buffer.open(QIODevice::WriteOnly);
                              QF_TRY(storage::AttachmentStore(db).read(attachmentUid, buffer));
                              note = {QStringLiteral("attachment.view"), QStringLiteral("attachment"), attachmentUid,
                                      Messages::tr("previewed in memory")};
                              return content;
                          });
}

Result<storage::AttachmentCheck> EvidenceService::verifyAttachment(const QString& attachmentUid)
{
    auto c = caseOfAttachment(m_session.database(), attachmentUid);
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ViewCases, cases::caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<storage::AttachmentCheck> {
                              auto check = storage::AttachmentStore(db).verify(attachmentUid, m_session.login());
                              if (!check.ok())
                                  return check;
                              note = {QStringLiteral("attachment.verify"), QStringLiteral("attachment"), attachmentUid,
                                      check->passed ? Messages::tr("intact")
                                                    : Messages::tr("FAILED: %1").arg(check->detail)};
                              return check;
                          });
}

} // namespace qf::evidence
