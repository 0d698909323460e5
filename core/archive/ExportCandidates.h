#pragma once

#include "access/Session.h"
#include "archive/RecordCatalog.h"

namespace qf::archive {

// A case or lead that the session may put into an archive.
struct ExportCandidate
{
    QString uid;
    QString number;
    QString title; // a case's title; a lead's summary, shortened
    access::ConfidentialityLevel level = access::ConfidentialityLevel::Internal;
};

// What an exporter can choose from: cases or leads, newest first, without the confidential ones the user is not
// assigned to. Needs ExportArchive.
class ExportCandidates
{
public:
    static constexpr int kTitleChars = 80;
    static Result<QList<ExportCandidate>> list(access::Session& session, ExportScope::Kind kind);
};

} // namespace qf::archive
