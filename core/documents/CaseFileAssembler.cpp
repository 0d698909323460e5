#include "documents/CaseFileAssembler.h"

#include "cases/CaseRepository.h"
#include "documents/DocumentService.h"
#include "documents/GbtRenderer.h"
#include "documents/RecordBinder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

namespace qf::documents {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::documents::CaseFileAssembler", text);
}

// Pages a layout takes, found by laying it out on a scratch PDF.
Result<int> pagesOf(const DocumentLayout& layout)
{
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter writer(&scratch);
    GbtRenderer::preparePdfWriter(writer, layout.title);
    return GbtRenderer::render({layout}, writer);
}

} // namespace

Result<QList<DocumentLayout>> CaseFileAssembler::preview(const QString& caseUid)
{
    return assemble(caseUid, std::nullopt, false);
}

Result<int> CaseFileAssembler::render(const QString& caseUid, QPagedPaintDevice& device, const QString& recipient,
                                      bool toPdf)
{
    auto run = assemble(caseUid, recipient, toPdf);
    if (!run.ok())
        return run.error();
    auto painted = GbtRenderer::render(run.value(), device);
    if (!painted.ok())
        return painted;
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    auto entry = m_session.auditStandalone({QStringLiteral("case_file.print"), QStringLiteral("case"), caseUid,
                                            tr("case file of %1: %2 documents, %3 pages")
                                                .arg(c.ok() ? c->number : caseUid)
                                                .arg(run->size() - 3)
                                                .arg(painted.value())});
    if (!entry.ok())
        return entry.error();
    return painted;
}

Result<QList<DocumentLayout>> CaseFileAssembler::assemble(const QString& caseUid,
                                                          const std::optional<QString>& recipient, bool toPdf)
{
    auto c = cases::CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    QF_TRY(m_session.require(access::Permission::PrintDocuments, cases::caseTarget(c.value())));
    DocumentService service(m_session);
    auto documents = service.documentsOf(caseUid);
    if (!documents.ok())
        return documents.error();

    auto coverTemplate = TemplateCatalog::find(QStringLiteral("case_file_cover"));
    if (!coverTemplate.ok())
        return coverTemplate.error();
    auto bound = bindRecord(m_session, coverTemplate.value(), caseUid, false);
    if (!bound.ok())
        return bound.error();

    QList<DocumentLayout> contents;
    QList<QStringList> rows;
    int page = 1; // the cover
    int tocPages = 1;
    for (const DocumentInfo& info : documents.value()) {
        if (info.status == QLatin1String("draft") || info.status == QLatin1String("superseded"))
            continue;
        // Printed, each document is a logged copy with its number; previewed, it is the frozen layout as is.
        Result<DocumentLayout> layout = makeError(ErrorCode::Failed, QString());
        if (recipient) {
            PrintRequest request;
            request.recipient = *recipient;
            auto copies = service.logCopies(info.uid, request, toPdf);
            if (!copies.ok())
                return copies.error();
            layout = copies->first();
        } else {
            layout = service.preview(info.uid);
        }
        if (!layout.ok())
            return layout.error();
        auto pages = pagesOf(layout.value());
        if (!pages.ok())
            return pages.error();
        rows << QStringList{QString::number(rows.size() + 1),
                            info.number,
                            bound->fields.value(QStringLiteral("organ")),
                            layout->title,
                            info.createdAt.left(10),
                            QString(),
                            QString()};
        rows.last()[5] = QString::number(pages.value()); // replaced by the start page below
        contents << layout.value();
    }
    // The table of contents may itself run over pages: lay it out once to know its length.
    auto tableOfContents = [&](const QList<QStringList>& entries) {
        DocumentLayout toc;
        toc.kind = LayoutKind::Form;
        toc.title = QStringLiteral("卷内目录");
        Table table;
        table.columns = {{QStringLiteral("顺序号"), 0.8}, {QStringLiteral("文号"), 2.0},
                         {QStringLiteral("责任者"), 1.6}, {QStringLiteral("文件标题"), 3.4},
                         {QStringLiteral("日期"), 1.3},   {QStringLiteral("页号"), 0.8},
                         {QStringLiteral("备注"), 0.8}};
        table.rows = entries;
        toc.body << table;
        return toc;
    };
    auto tocLength = pagesOf(tableOfContents(rows));
    if (!tocLength.ok())
        return tocLength.error();
    tocPages = tocLength.value();
    page += tocPages;
    for (QStringList& row : rows) {
        const int length = row.at(5).toInt();
        row[5] = QString::number(page + 1);
        page += length;
    }
    DocumentLayout reference;
    reference.kind = LayoutKind::Form;
    reference.title = QStringLiteral("备考表");
    Table sheet;
    sheet.showHeader = false;
    sheet.columns = {{QString(), 1.0}, {QString(), 3.0}};
    sheet.labelColumns = {0};
    sheet.rows = {{QStringLiteral("本卷情况说明"), tr("%1 documents, %2 pages in all.").arg(rows.size()).arg(page + 1)},
                  {QStringLiteral("立卷人"), m_session.user().displayName},
                  {QStringLiteral("检查人"), QString()},
                  {QStringLiteral("立卷时间"), chineseDate(QDate::currentDate())}};
    reference.body << sheet;

    QList<DocumentLayout> run;
    run << DocumentService::layoutOf(coverTemplate.value(), bound->fields, {}, QString());
    run << tableOfContents(rows);
    run << contents;
    run << reference;
    return run;
}

Result<int> CaseFileAssembler::renderToPdf(const QString& caseUid, const QString& path, const QString& recipient)
{
    QPdfWriter writer(path);
    GbtRenderer::preparePdfWriter(writer, caseUid);
    return render(caseUid, writer, recipient, true);
}

} // namespace qf::documents
