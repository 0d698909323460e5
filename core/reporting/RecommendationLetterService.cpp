#include "reporting/RecommendationLetterService.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "documents/CopyLog.h"
#include "documents/DocumentService.h"
#include "documents/GbtRenderer.h"
#include "documents/RecordBinder.h"
#include "reporting/LetterNumber.h"
#include "reporting/RecommendationLetterRepository.h"

#include <QCoreApplication>
#include <QPdfWriter>

namespace qf::reporting {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::reporting::RecommendationLetterService", text);
}

const QString kTemplateId = QStringLiteral("recommendation_letter");
const QString kLetterType = QStringLiteral("recommendation_letter");

} // namespace

Result<QString> RecommendationLetterService::create(RecommendationLetterDraft draft)
{
    if (draft.problems.trimmed().isEmpty() || draft.causes.trimmed().isEmpty() || draft.measures.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Write the problems found, their causes and the recommended measures."));
    if (!draft.issuedOn.isValid() || !draft.replyDue.isValid() || draft.replyDue < draft.issuedOn)
        return makeError(ErrorCode::Invalid, tr("The reply deadline must be on or after the date of the letter."));
    auto c = cases::CaseRepository(m_session.database()).findByUid(draft.caseUid);
    if (!c.ok())
        return c.error();
    if (draft.unit.trimmed().isEmpty()) {
        auto tmpl = documents::TemplateCatalog::find(kTemplateId);
        if (!tmpl.ok())
            return tmpl.error();
        auto bound = documents::bindRecord(m_session, tmpl.value(), draft.caseUid, false);
        if (!bound.ok())
            return bound.error();
        draft.unit = bound->fields.value(QStringLiteral("subject_unit"));
    }
    if (draft.unit.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the unit the letter is addressed to."));
    return access::mutate(m_session, Permission::ManageCases, cases::caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
                              auto uid = RecommendationLetterRepository(db).insert(draft, c->id, m_session.user().id);
                              if (!uid.ok())
                                  return uid;
                              note = {QStringLiteral("recommendation_letter.create"), kLetterType, uid.value(),
                                      tr("recommendation letter to %1 for case %2, reply due %3")
                                          .arg(draft.unit.trimmed(), c->number, draft.replyDue.toString(Qt::ISODate))};
                              return uid;
                          });
}

Result<RecommendationLetter> RecommendationLetterService::letter(const QString& uid)
{
    auto found = RecommendationLetterRepository(m_session.database()).findByUid(uid);
    if (!found.ok())
        return found;
    auto c = cases::CaseRepository(m_session.database()).findByUid(found->caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(c.value())));
    return found;
}

Result<QList<RecommendationLetter>> RecommendationLetterService::lettersOf(const QString& caseUid)
{
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(Permission::ViewCases, cases::caseTarget(c.value())));
    return RecommendationLetterRepository(m_session.database()).ofCase(caseUid);
}

Result<QList<RecommendationLetter>> RecommendationLetterService::letters(int limit)
{
    QF_TRY(m_session.require(Permission::ViewCases));
    return RecommendationLetterRepository(m_session.database()).all(limit, m_session.visibility());
}

Result<QList<RecommendationLetter>> RecommendationLetterService::overdue(const QDate& today)
{
    QF_TRY(m_session.require(Permission::ViewCases));
    return RecommendationLetterRepository(m_session.database()).overdue(today, m_session.visibility());
}

Status RecommendationLetterService::change(
    const QString& uid, const QString& action,
    const std::function<Status(const QSqlDatabase&, const RecommendationLetter&, QString&)>& body)
{
    auto found = RecommendationLetterRepository(m_session.database()).findByUid(uid);
    if (!found.ok())
        return found.error();
    auto c = cases::CaseRepository(m_session.database()).findByUid(found->caseUid);
    if (!c.ok())
        return c.error();
    return access::mutate(m_session, Permission::ManageCases, cases::caseTarget(c.value()),
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              QString summary;
                              QF_TRY(body(db, found.value(), summary));
                              note = {action, kLetterType, uid, summary};
                              return {};
                          });
}

Status RecommendationLetterService::recordFeedback(const QString& uid, const QDate& receivedOn, const QString& content)
{
    if (content.trimmed().isEmpty() || !receivedOn.isValid() || receivedOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid,
                         tr("Enter what the unit reported and the date it arrived (not later than today)."));
    return change(
        uid, QStringLiteral("recommendation_letter.feedback"),
        [&](const QSqlDatabase& db, const RecommendationLetter& letter, QString& summary) -> Status {
            if (receivedOn < letter.issuedOn)
                return makeError(ErrorCode::Invalid, tr("Feedback cannot arrive before the letter was issued."));
            QF_TRY(RecommendationLetterRepository(db).addFeedback(uid, receivedOn, content, m_session.user().id));
            summary =
                tr("rectification feedback from %1 received on %2").arg(letter.unit, receivedOn.toString(Qt::ISODate));
            return {};
        });
}

Status RecommendationLetterService::setAnalysis(const QString& uid, const QString& analysis)
{
    if (analysis.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the typical-case analysis."));
    return change(uid, QStringLiteral("recommendation_letter.analysis"),
                  [&](const QSqlDatabase& db, const RecommendationLetter& letter, QString& summary) -> Status {
                      QF_TRY(RecommendationLetterRepository(db).setAnalysis(uid, analysis));
                      summary = tr("typical-case analysis written for case %1").arg(letter.caseNumber);
                      return {};
                  });
}

Result<documents::DocumentLayout> RecommendationLetterService::layout(const QString& uid)
{
    QF_TRY(m_session.require(Permission::PrintDocuments));
    auto found = letter(uid);
    if (!found.ok())
        return found.error();
    auto tmpl = documents::TemplateCatalog::find(kTemplateId);
    if (!tmpl.ok())
        return tmpl.error();
    auto bound = documents::bindRecord(m_session, tmpl.value(), found->caseUid, false);
    if (!bound.ok())
        return bound.error();
    documents::Fields fields = bound->fields;
    fields.insert(QStringLiteral("subject_unit"), found->unit);
    fields.insert(QStringLiteral("problems"), found->problems);
    fields.insert(QStringLiteral("causes"), found->causes);
    fields.insert(QStringLiteral("measures"), found->measures);
    fields.insert(QStringLiteral("reply_deadline"), documents::chineseDate(found->replyDue));
    documents::DocumentLayout layout = documents::DocumentService::layoutOf(tmpl.value(), fields, {}, found->number);
    if (layout.signature)
        layout.signature->date = found->issuedOn;
    return layout;
}

Result<int> RecommendationLetterService::print(const QString& uid, QPagedPaintDevice& device)
{
    auto found = letter(uid);
    if (!found.ok())
        return found.error();
    auto c = cases::CaseRepository(m_session.database()).findByUid(found->caseUid);
    if (!c.ok())
        return c.error();
    auto numbered = access::mutate(
        m_session, Permission::PrintDocuments, cases::caseTarget(c.value()),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<documents::LoggedCopy> {
            QString number = found->number;
            if (number.isEmpty()) {
                auto tmpl = documents::TemplateCatalog::find(kTemplateId);
                if (!tmpl.ok())
                    return tmpl.error();
                auto issued =
                    issueLetterNumber(db, tmpl->sequence, tmpl->numberPattern, kLetterType, uid, m_session.login());
                if (!issued.ok())
                    return issued.error();
                number = issued.value();
                QF_TRY(RecommendationLetterRepository(db).setNumber(uid, number));
            }
            auto copy =
                documents::logLetterCopy(db, kLetterType, uid, m_session.user().id, documents::copyOutputOf(device));
            if (!copy.ok())
                return copy.error();
            note = {QStringLiteral("recommendation_letter.print"), kLetterType, uid,
                    tr("recommendation letter %1 to %2 printed, copy %3").arg(number, found->unit).arg(copy->number)};
            return copy;
        });
    if (!numbered.ok())
        return numbered.error();
    auto laidOut = layout(uid);
    if (!laidOut.ok())
        return laidOut.error();
    documents::stampCopy(laidOut.value(), numbered.value(), m_session.login());
    return documents::GbtRenderer::render({laidOut.value()}, device);
}

Result<int> RecommendationLetterService::printToPdf(const QString& uid, const QString& path)
{
    QPdfWriter writer(path);
    documents::GbtRenderer::preparePdfWriter(writer, tr("Recommendation letter"));
    return print(uid, writer);
}

} // namespace qf::reporting
