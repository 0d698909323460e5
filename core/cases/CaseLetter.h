#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "documents/DocumentLayout.h"
#include "documents/Template.h"

namespace qf::cases {

// A catalog document printed for one case with values the case record alone does not hold: a sanction decision,
// an execution reminder, an assistance request. The case's own fields are bound as for any case document; `extra`
// adds the rest, and the template's required fields are checked against both.
struct CaseLetter
{
    QString templateId;
    QString caseUid;
    documents::Fields extra;
    QString number;    // the document number printed in the header, if any
    QString recordUid; // the record the letter is about (a sanction, an assistance request); copies are numbered per
                       // record and kind of letter
};

Result<documents::DocumentLayout> layoutCaseLetter(access::Session& session, const CaseLetter& letter);
// Renders the letter to a PDF with its copy number, logs the copy (letter_print_log) and audits the printing against
// the case, in one transaction. Returns the number of pages.
Result<int> printCaseLetterToPdf(access::Session& session, const CaseLetter& letter, const QString& path);

} // namespace qf::cases
