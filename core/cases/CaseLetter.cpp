#include "cases/CaseLetter.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "documents/CopyLog.h"
#include "documents/DocumentService.h"
#include "documents/GbtRenderer.h"
#include "documents/RecordBinder.h"

#include <QCoreApplication>

namespace qf::cases {

Result<documents::DocumentLayout> layoutCaseLetter(access::Session& session, const CaseLetter& letter)
{
    auto tmpl = documents::TemplateCatalog::find(letter.templateId);
    if (!tmpl.ok())
        return tmpl.error();
    documents::Template caseFieldsOnly = tmpl.value();
    caseFieldsOnly.required.clear();
    auto bound = documents::bindRecord(session, caseFieldsOnly, letter.caseUid, false);
    if (!bound.ok())
        return bound.error();
    for (auto it = letter.extra.cbegin(); it != letter.extra.cend(); ++it)
        bound->fields.insert(it.key(), it.value());
    for (const QString& name : tmpl->required)
        if (bound->fields.value(name).trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, QCoreApplication::translate("qf::cases::CaseLetter",
                                                                             "The document %1 needs '%2', which is "
                                                                             "not recorded.")
                                                     .arg(tmpl->titleZh, name));
    return documents::DocumentService::layoutOf(tmpl.value(), bound->fields, bound->listRows, letter.number);
}

Result<int> printCaseLetterToPdf(access::Session& session, const CaseLetter& letter, const QString& path)
{
    auto c = CaseRepository(session.database()).findByUid(letter.caseUid);
    if (!c.ok())
        return c.error();
    auto layout = layoutCaseLetter(session, letter);
    if (!layout.ok())
        return layout.error();
    return access::mutate(
        session, access::Permission::PrintDocuments, caseTarget(c.value()),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<int> {
            auto copy = documents::logLetterCopy(db, letter.templateId,
                                                 letter.recordUid.isEmpty() ? letter.caseUid : letter.recordUid,
                                                 session.user().id, documents::CopyOutput::Pdf);
            if (!copy.ok())
                return copy.error();
            documents::DocumentLayout stamped = layout.value();
            documents::stampCopy(stamped, copy.value(), session.login());
            auto pages = documents::GbtRenderer::renderToPdf({stamped}, path);
            if (!pages.ok())
                return pages.error();
            note.action = QStringLiteral("document.print_pdf");
            note.summary =
                QStringLiteral("%1 %2, copy %3").arg(letter.templateId, letter.number, stamped.copyNumber).simplified();
            return pages;
        });
}

} // namespace qf::cases
