#pragma once

#include "../cases/CaseFixture.h"
#include "sanctions/Sanction.h"

namespace qf::test {

// The uid of the person the fixture's case is about (郑国强).
QString subjectOf(access::Session& session, const QString& caseUid);
sanctions::SanctionTerms termsFor(const QString& personUid, sanctions::SanctionKind kind, const QDate& effectiveOn,
                                  const QString& number = QStringLiteral("苏纪处〔2025〕1号"));
// Records the decision as the reviewer rev1 and returns its uid; fails the test on any error.
QString decideAsReviewer(CaseFixture& fixture, const QString& caseUid, const sanctions::SanctionTerms& terms);

} // namespace qf::test
