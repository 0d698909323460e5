#pragma once

#include "people/SubjectHistory.h"
#include "reporting/IntegrityOpinion.h"

namespace qf::reporting {

// Works out the conclusion from a person's history on `asOf`: a sanction in its effect period blocks the
// appointment; otherwise anything still open means under verification or investigation; otherwise anything on record
// was received and closed; otherwise no reports. Printed texts are in Chinese, as the reply is.
ComputedConclusion concludeFrom(const people::SubjectHistory& history, const QDate& asOf);

// The printed sentence for a conclusion, used when a reviewer amends the conclusion without new wording.
QString conclusionSentence(OpinionConclusion conclusion, const ComputedConclusion& facts);

} // namespace qf::reporting
