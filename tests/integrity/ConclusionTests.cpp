#include "people/SanctionLookup.h"
#include "people/SubjectHistory.h"
#include "reporting/IntegrityOpinionConclusion.h"

#include <catch2/catch.hpp>

using namespace qf;
using people::HistoryItem;
using reporting::OpinionConclusion;

namespace {

people::SanctionPeriod seriousWarning(const QDate& effectiveOn, int months)
{
    return people::SanctionPeriod{
        QStringLiteral("党内严重警告"),      false,       QStringLiteral("苏纪处〔2025〕3号"),
        QStringLiteral("苏纪案〔2025〕1号"), effectiveOn, people::effectPeriodEnd(effectiveOn, months)};
}

HistoryItem closedLead()
{
    return HistoryItem{HistoryItem::Kind::Lead,
                       QDate(2024, 5, 1),
                       QStringLiteral("苏纪线〔2024〕7号"),
                       QStringLiteral("反映问题"),
                       QStringLiteral("closed/close"),
                       false,
                       true};
}

} // namespace

TEST_CASE("an effect period ends on the day before the same date months later", "[integrity][boundary]")
{
    CHECK(people::effectPeriodEnd(QDate(2025, 3, 1), 12) == QDate(2026, 2, 28));
    CHECK(people::effectPeriodEnd(QDate(2024, 1, 15), 18) == QDate(2025, 7, 14));
    CHECK(people::effectPeriodEnd(QDate(2023, 8, 31), 6) == QDate(2024, 2, 28)); // 2024-02-29 minus one day
}

TEST_CASE("a sanction blocks an appointment from its effective date to the last day of its period",
          "[integrity][boundary]")
{
    const people::SanctionPeriod sanction = seriousWarning(QDate(2025, 3, 1), 18);
    const QDate last = sanction.effectEndsOn;
    REQUIRE(last == QDate(2026, 8, 31));
    CHECK_FALSE(people::blocksAppointment(sanction, QDate(2025, 2, 28)));
    CHECK(people::blocksAppointment(sanction, QDate(2025, 3, 1)));
    CHECK(people::blocksAppointment(sanction, last.addDays(-1)));
    CHECK(people::blocksAppointment(sanction, last));
    CHECK_FALSE(people::blocksAppointment(sanction, last.addDays(1)));
    CHECK_FALSE(people::blocksAppointment(people::SanctionPeriod{}, QDate(2025, 6, 1)));
}

TEST_CASE("the conclusion turns on the day after the effect period ends", "[integrity][boundary]")
{
    people::SubjectHistory history;
    history.sanctions << seriousWarning(QDate(2025, 3, 1), 12);
    const QDate last(2026, 2, 28);

    const auto dayBefore = reporting::concludeFrom(history, last.addDays(-1));
    CHECK(dayBefore.conclusion == OpinionConclusion::SanctionInEffect);
    CHECK(dayBefore.sanctionEndsOn == last);
    CHECK(dayBefore.detail.contains(QStringLiteral("2026年2月28日")));
    CHECK(dayBefore.sanctions.contains(QStringLiteral("尚在影响期内")));

    CHECK(reporting::concludeFrom(history, last).conclusion == OpinionConclusion::SanctionInEffect);

    const auto dayAfter = reporting::concludeFrom(history, last.addDays(1));
    CHECK(dayAfter.conclusion == OpinionConclusion::Closed);
    CHECK(dayAfter.sanctions.contains(QStringLiteral("已期满")));
    CHECK_FALSE(dayAfter.sanctionEndsOn.isValid());
}

TEST_CASE("each kind of record leads to its conclusion, the strongest winning", "[integrity][conclusion]")
{
    const QDate today(2026, 6, 1);
    people::SubjectHistory nothing;
    const auto none = reporting::concludeFrom(nothing, today);
    CHECK(none.conclusion == OpinionConclusion::NoReports);
    CHECK(none.reports == 0);
    CHECK(none.detail.contains(QStringLiteral("未收到")));

    people::SubjectHistory closed;
    closed.items << closedLead()
                 << HistoryItem{HistoryItem::Kind::Case,
                                QDate(2024, 6, 1),
                                QStringLiteral("苏纪案〔2024〕2号"),
                                QString(),
                                QStringLiteral("closed"),
                                false,
                                false};
    const auto done = reporting::concludeFrom(closed, today);
    CHECK(done.conclusion == OpinionConclusion::Closed);
    CHECK(done.reports == 1);
    CHECK(done.detail.contains(QStringLiteral("予以了结")));
    CHECK(done.detail.contains(QStringLiteral("苏纪案〔2024〕2号已结案")));
    CHECK(done.openMatters.isEmpty());

    people::SubjectHistory investigating = closed;
    investigating.items << HistoryItem{HistoryItem::Kind::Case,
                                       QDate(2026, 1, 1),
                                       QStringLiteral("苏纪案〔2026〕9号"),
                                       QString(),
                                       QStringLiteral("investigation"),
                                       true,
                                       false};
    const auto open = reporting::concludeFrom(investigating, today);
    CHECK(open.conclusion == OpinionConclusion::UnderInvestigation);
    CHECK(open.openMatters == QStringLiteral("案件苏纪案〔2026〕9号审查调查"));
    CHECK(open.openCases == open.openMatters);
    CHECK(open.detail.contains(QStringLiteral("暂缓任用")));

    people::SubjectHistory sanctioned = investigating;
    sanctioned.sanctions << seriousWarning(QDate(2026, 1, 10), 6);
    CHECK(reporting::concludeFrom(sanctioned, today).conclusion == OpinionConclusion::SanctionInEffect);

    people::SubjectHistory pending;
    pending.items << HistoryItem{HistoryItem::Kind::Report,
                                 QDate(2026, 5, 1),
                                 QString(),
                                 QStringLiteral("来信"),
                                 QStringLiteral("pending"),
                                 true,
                                 true};
    const auto waiting = reporting::concludeFrom(pending, today);
    CHECK(waiting.conclusion == OpinionConclusion::UnderInvestigation);
    CHECK(waiting.openMatters.contains(QStringLiteral("待处理")));
    CHECK(waiting.openCases.isEmpty());
}
