#pragma once

#include "access/Session.h"
#include "common/Result.h"

class QPagedPaintDevice;

namespace qf::documents {

// The whole case file (卷宗) as one run with continuous page numbers: the cover, the table of contents (卷内目录)
// with the page each document starts on, the case's approved documents in order, then the reference sheet (备考表).
class CaseFileAssembler
{
public:
    explicit CaseFileAssembler(access::Session& session) : m_session(session) {}

    Result<int> render(const QString& caseUid, QPagedPaintDevice& device);
    Result<int> renderToPdf(const QString& caseUid, const QString& path);

private:
    access::Session& m_session;
};

} // namespace qf::documents
