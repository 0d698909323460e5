#include "cli/CliText.h"
#include "cli/Commands.h"
#include "documents/DocumentService.h"
#include "documents/GbtRenderer.h"
#include "documents/RecordLookup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace qf::cli {

// doc render: drafts a document from a template for a case or lead and renders it to PDF through the same code as
// the desktop. Without --approve the draft preview is rendered (no number, no copy number, not logged); with
// --approve an approver approves it (it takes its registry number) and prints --copies logged copies.
Status runDocRender(CliContext& context)
{
    auto templateId = context.required(QStringLiteral("template"));
    if (!templateId.ok())
        return templateId.error();
    auto record = context.required(QStringLiteral("record"));
    if (!record.ok())
        return record.error();
    QString outPath = context.options().value(QStringLiteral("o"));
    if (outPath.isEmpty())
        outPath = context.options().value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return makeError(ErrorCode::Usage, CliText::tr("Give the output file with -o OUT.pdf."));
    outPath = QFileInfo(outPath).absoluteFilePath();
    const bool approve = context.options().flag(QStringLiteral("approve"));
    int copies = 1;
    if (context.options().has(QStringLiteral("copies"))) {
        bool ok = false;
        copies = context.options().value(QStringLiteral("copies")).toInt(&ok);
        if (!ok || copies < 1 || copies > 200)
            return makeError(ErrorCode::Usage, CliText::tr("--copies takes a number from 1 to 200."));
        if (!approve)
            return makeError(ErrorCode::Usage, CliText::tr("--copies applies only with --approve; a draft is "
                                                           "rendered once, without a copy number."));
    }
    // Fonts, and so rendering, need a GUI application object (the offscreen platform is enough).
    if (!QCoreApplication::instance() || !QCoreApplication::instance()->inherits("QGuiApplication"))
        return makeError(ErrorCode::Failed, CliText::tr("Rendering needs the font system; run the qingfeng-cli "
                                                        "executable, which starts it."));

    auto opened = context.login();
    if (!opened.ok())
        return opened.error();
    access::Session& session = *opened.value();
    auto found = documents::findRecord(session, record.value());
    if (!found.ok())
        return found.error();
    documents::DocumentService service(session);
    // A template about one record of the case (a talk, a recusal, an appeal) names it with --item.
    auto created = service.create(templateId.value(), found->uid, context.options().value(QStringLiteral("item")));
    if (!created.ok())
        return created.error();

    int pages = 0;
    QString number;
    if (approve) {
        QF_TRY(service.approve(created->uid));
        documents::PrintRequest request;
        request.copies = copies;
        auto printed = service.printToPdf(created->uid, request, outPath);
        if (!printed.ok())
            return printed.error();
        pages = printed.value();
        auto documents = service.documentsOf(found->uid);
        if (!documents.ok())
            return documents.error();
        for (const documents::DocumentInfo& info : documents.value())
            if (info.uid == created->uid)
                number = info.number;
    } else {
        auto layout = service.preview(created->uid);
        if (!layout.ok())
            return layout.error();
        auto rendered = documents::GbtRenderer::renderToPdf({layout.value()}, outPath);
        if (!rendered.ok())
            return rendered.error();
        pages = rendered.value();
    }

    if (context.json()) {
        context.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("document"), created->uid},
                        {QStringLiteral("template"), templateId.value()},
                        {QStringLiteral("title"), created->title},
                        {QStringLiteral("record"), found->uid},
                        {QStringLiteral("status"), approve ? QStringLiteral("printed") : QStringLiteral("draft")},
                        {QStringLiteral("number"), number},
                        {QStringLiteral("copies"), approve ? copies : 0},
                        {QStringLiteral("pages"), pages},
                        {QStringLiteral("output"), outPath}}));
        return {};
    }
    QTextStream& out = context.out();
    if (approve)
        out << CliText::tr("%1 approved as %2; %n copy(ies) printed to %3 (%4 pages).", nullptr, copies)
                   .arg(created->title, number.isEmpty() ? CliText::tr("(no number)") : number, outPath)
                   .arg(pages)
            << '\n';
    else
        out << CliText::tr("Draft of %1 rendered to %2 (%3 pages, unnumbered).").arg(created->title, outPath).arg(pages)
            << '\n';
    out.flush();
    return {};
}

} // namespace qf::cli
