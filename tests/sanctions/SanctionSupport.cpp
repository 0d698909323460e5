#include "SanctionSupport.h"

#include "sanctions/SanctionService.h"

#include <catch2/catch.hpp>

namespace qf::test {

QString subjectOf(access::Session& session, const QString& caseUid)
{
    auto subjects = sanctions::SanctionService(session).subjectsOf(caseUid);
    REQUIRE(subjects.ok());
    REQUIRE(subjects->size() == 1);
    return subjects->first().uid;
}

sanctions::SanctionTerms termsFor(const QString& personUid, sanctions::SanctionKind kind, const QDate& effectiveOn,
                                  const QString& number)
{
    sanctions::SanctionTerms terms;
    terms.personUid = personUid;
    terms.kind = kind;
    terms.probationYears = kind == sanctions::SanctionKind::PartyProbation ? 1 : 0;
    terms.decisionNumber = number;
    terms.effectiveOn = effectiveOn;
    terms.grounds = QStringLiteral("郑国强利用职务便利，为他人在工程承揽方面谋取利益，收受财物。");
    return terms;
}

QString decideAsReviewer(CaseFixture& fixture, const QString& caseUid, const sanctions::SanctionTerms& terms)
{
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    auto decided = sanctions::SanctionService(*reviewer).decide(caseUid, terms);
    if (!decided.ok())
        FAIL("decide: " << decided.message().toStdString());
    return decided.value();
}

} // namespace qf::test
