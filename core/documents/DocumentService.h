#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "documents/DocumentLayout.h"
#include "documents/RecordBinder.h"
#include "documents/Template.h"

class QPagedPaintDevice;

namespace qf::documents {

struct DocumentInfo
{
    QString uid;
    QString templateId;
    QString title;
    QString targetType;
    QString targetUid;
    int version = 1;
    QString status; // draft, approved, printed, served, superseded
    QString number;
    QString createdAt;
};

struct PrintLogEntry
{
    int copyNumber = 0;
    QString recipient;
    QString printedBy;
    QString printedAt;
    bool includedIdentities = false;
    QString output; // printer, pdf
};

struct PrintRequest
{
    int copies = 1;
    QString recipient;
    bool includeIdentities = false; // only with an approved identity grant
};

// Documents generated from templates: draft → approved (numbered from the registry, frozen) → printed
// (every copy logged with its copy number, which is printed on it) → served. A change after approval is a new
// version; the old one is kept.
class DocumentService
{
public:
    explicit DocumentService(access::Session& session) : m_session(session) {}

    // itemUid names the record of the case the template is about (a talk, a recusal, an appeal), when it is.
    Result<DocumentInfo> create(const QString& templateId, const QString& recordUid, const QString& itemUid = {});
    Status approve(const QString& documentUid);
    Result<DocumentInfo> newVersion(const QString& documentUid);
    Status markServed(const QString& documentUid, const QDate& servedOn, const QString& recipient);
    Result<QList<DocumentInfo>> documentsOf(const QString& recordUid);
    Result<QList<PrintLogEntry>> printLog(const QString& documentUid);

    // The page layout of a draft or approved document, as it would print (no copy number).
    Result<DocumentLayout> preview(const QString& documentUid);
    // Logs every copy and paints them on the device (a printer or a PDF writer). Returns the pages painted.
    Result<int> print(const QString& documentUid, const PrintRequest& request, QPagedPaintDevice& device, bool toPdf);
    Result<int> printToPdf(const QString& documentUid, const PrintRequest& request, const QString& path);
    // Logs the copies in the print log and returns their layouts, each with its copy number and trace mark, ready to
    // be painted (alone, or inside a case file).
    Result<QList<DocumentLayout>> logCopies(const QString& documentUid, const PrintRequest& request, bool toPdf);

    static DocumentLayout layoutOf(const Template& tmpl, const Fields& fields, const QList<QStringList>& rows,
                                   const QString& number);

private:
    struct Loaded
    {
        DocumentInfo info;
        Template tmpl;
        access::AccessTarget target;
    };
    Result<DocumentInfo> load(const QString& documentUid);
    Result<BoundRecord> frozenFields(const QString& documentUid);
    Result<Loaded> loadWithTemplate(const QString& documentUid);
    access::Session& m_session;
};

} // namespace qf::documents
