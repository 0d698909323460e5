#include "SanctionSupport.h"
#include "cases/ReviewService.h"
#include "reporting/SanctionStatistics.h"
#include "reporting/StatisticsService.h"
#include "sanctions/AssetRecoveryService.h"
#include "sanctions/SanctionService.h"

#include <QMap>
#include <catch2/catch.hpp>

using namespace qf;
using sanctions::SanctionKind;
using test::CaseFixture;

namespace {

// A small deterministic generator, so the data varies but every run is the same.
class Sequence
{
public:
    int next(int bound)
    {
        m_state = m_state * 1103515245u + 12345u;
        return int((m_state >> 16) % unsigned(bound));
    }

private:
    unsigned m_state = 20251128u;
};

struct Decided
{
    QString uid;
    QString kind;
    QString level;
    QDate effectiveOn;
    bool revoked = false;
};

} // namespace

TEST_CASE("sanctions by kind and cadre level, and amounts recovered, equal independently computed counts",
          "[statistics]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    const QString person = test::subjectOf(*reviewer, caseUid);
    sanctions::SanctionService service(*reviewer);
    const QList<SanctionKind> kinds = sanctions::allSanctionKinds();
    const QStringList levels{QStringLiteral("provincial"), QStringLiteral("municipal"), QStringLiteral("county"),
                             QString()};
    const QDate first = QDate(2024, 1, 1);
    Sequence random;
    QList<Decided> decided;
    for (int i = 0; i < 48; ++i) {
        auto terms = test::termsFor(person, kinds.at(random.next(int(kinds.size()))), first.addDays(random.next(545)),
                                    QStringLiteral("苏纪处〔2025〕%1号").arg(i + 1));
        terms.cadreLevel = levels.at(random.next(int(levels.size())));
        auto uid = service.decide(caseUid, terms);
        REQUIRE(uid.ok());
        decided << Decided{uid.value(), sanctions::sanctionKey(terms.kind),
                           terms.cadreLevel.isEmpty() ? QString() : terms.cadreLevel, terms.effectiveOn};
    }
    // Two decisions change on appeal: one is revoked, one becomes a demerit; both keep their effective dates.
    for (int i : {3, 7}) {
        auto appeal = cases::CaseReviewService(*reviewer).lodgeAppeal(caseUid, QStringLiteral("郑国强"),
                                                                      QStringLiteral("不服"), QDate(2025, 7, 1));
        REQUIRE(appeal.ok());
        const bool revoke = i == 3;
        sanctions::Reexamination r{appeal.value(),
                                   decided.at(i).uid,
                                   revoke ? cases::AppealOutcome::Revoke : cases::AppealOutcome::Change,
                                   QStringLiteral("复查意见"),
                                   QStringLiteral("苏纪复〔2025〕%1号").arg(i),
                                   QDate(2025, 7, 20),
                                   SanctionKind::Demerit,
                                   0};
        REQUIRE(service.reexamine(r).ok());
        if (revoke)
            decided[i].revoked = true;
        else
            decided[i].kind = sanctions::sanctionKey(SanctionKind::Demerit);
    }

    const QDate from(2024, 3, 1);
    const QDate to(2025, 2, 28);
    QMap<QPair<QString, QString>, int> expected;
    for (const Decided& d : decided)
        if (!d.revoked && d.effectiveOn >= from && d.effectiveOn <= to)
            ++expected[{d.kind, d.level}];
    REQUIRE(expected.size() > 5);

    auto counted = reporting::sanctionsByKindAndLevel(*reviewer, from, to);
    REQUIRE(counted.ok());
    QMap<QPair<QString, QString>, int> actual;
    for (const reporting::SanctionCount& count : counted.value())
        actual[{sanctions::sanctionKey(count.kind), count.cadreLevel}] += count.count;
    CHECK(actual == expected);
    CHECK(reporting::sanctionsByKindAndLevel(*reviewer, to, from).code() == ErrorCode::Invalid);

    auto lead = fixture.as(QStringLiteral("lead"));
    sanctions::AssetRecoveryService recovery(*lead);
    QMap<QString, qint64> expectedCents;
    QMap<QString, int> expectedCount;
    for (int i = 0; i < 20; ++i) {
        const QString currency = i % 3 == 0 ? QStringLiteral("USD") : QStringLiteral("CNY");
        const qint64 cents = 100 + qint64(random.next(50000000)) * 7;
        const QDate on = first.addDays(random.next(545));
        REQUIRE(recovery.record(caseUid, cents, currency, on, QStringLiteral("退缴%1").arg(i)).ok());
        if (on >= from && on <= to) {
            expectedCents[currency] += cents;
            ++expectedCount[currency];
        }
    }
    auto totals = reporting::amountsRecovered(*lead, from, to);
    REQUIRE(totals.ok());
    QMap<QString, qint64> actualCents;
    QMap<QString, int> actualCount;
    for (const reporting::RecoveredTotal& total : totals.value()) {
        actualCents[total.currency] = total.amountCents;
        actualCount[total.currency] = total.recoveries;
    }
    CHECK(actualCents == expectedCents);
    CHECK(actualCount == expectedCount);

    auto admin = fixture.as(QStringLiteral("admin"));
    CHECK(reporting::amountsRecovered(*admin, from, to).code() == ErrorCode::PermissionDenied);

    // The statistics page shows the same figures in its sanction tables.
    auto page = reporting::StatisticsService(*reviewer).compute({from, to}, to);
    REQUIRE(page.ok());
    const reporting::StatisticTable* byKind = page->table(QStringLiteral("sanctions_by_kind"));
    REQUIRE(byKind);
    QMap<QString, int> expectedByKind;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        expectedByKind[it.key().first] += it.value();
    QMap<QString, int> shownByKind;
    for (const reporting::StatisticRow& row : byKind->rows)
        if (row.values.value(0) > 0)
            shownByKind[row.key] = int(row.values.value(0));
    CHECK(shownByKind == expectedByKind);
    const reporting::StatisticTable* recovered = page->table(QStringLiteral("amounts_recovered"));
    REQUIRE(recovered);
    QMap<QString, qint64> shownCents;
    for (const reporting::StatisticRow& row : recovered->rows)
        shownCents[row.key] = qRound64(row.values.value(0) * 100.0);
    CHECK(shownCents == expectedCents);
}
