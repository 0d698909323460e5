#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "documents/DocumentLayout.h"

#include <optional>

class QPagedPaintDevice;

namespace qf::documents {

// The whole case file (卷宗) as one run with continuous page numbers: the cover, the table of contents (卷内目录)
// with the page each document starts on, the case's approved documents in order, then the reference sheet (备考表).
class CaseFileAssembler
{
public:
    explicit CaseFileAssembler(access::Session& session) : m_session(session) {}

    // Prints the case file: each document in it is a logged copy (its copy number printed on it) for the recipient.
    Result<int> render(const QString& caseUid, QPagedPaintDevice& device, const QString& recipient = {},
                       bool toPdf = true);
    Result<int> renderToPdf(const QString& caseUid, const QString& path, const QString& recipient = {});
    // The pages as they would print, for a print preview: nothing is logged and copies carry no number.
    Result<QList<DocumentLayout>> preview(const QString& caseUid);

private:
    Result<QList<DocumentLayout>> assemble(const QString& caseUid, const std::optional<QString>& recipient, bool toPdf);

    access::Session& m_session;
};

} // namespace qf::documents
