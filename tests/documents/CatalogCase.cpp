#include "CatalogCase.h"

#include "cases/CaseService.h"
#include "cases/MeasureService.h"
#include "cases/ReviewService.h"
#include "evidence/EvidenceService.h"
#include "property/PropertyService.h"

#include <catch2/catch.hpp>

namespace qf::test {

access::SecondSigner signerFor(const QString& login)
{
    const QByteArray password = TestVault::passwordOf(login).toUtf8();
    return {login, crypto::SecretBytes::copyOf(password)};
}

QString approvedMeasure(CaseFixture& fixture, const QString& caseUid, const QString& kind)
{
    QString uid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        auto requested = cases::MeasureService(*lead).request(
            {caseUid, kind, QStringLiteral("《中华人民共和国监察法》"), QStringLiteral("查明事实"), {}});
        REQUIRE(requested.ok());
        uid = requested.value();
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(cases::MeasureService(*boss).approve(uid, now.addDays(-2), now.addDays(30)).ok());
    return uid;
}

QString recordTalk(CaseFixture& fixture, const QString& caseUid, const QString& interviewee, int exchanges)
{
    const QString measure = approvedMeasure(fixture, caseUid, QStringLiteral("talk"));
    QStringList content;
    for (int i = 1; i <= exchanges; ++i) {
        content << QStringLiteral("问：第%1个问题，请你如实说明2019年承揽工程期间与王某的往来情况。").arg(i);
        content << QStringLiteral("答：第%1个回答，我与王某是在一次项目验收时认识的，此后有过几次接触。").arg(i);
    }
    auto lead = fixture.as(QStringLiteral("lead"));
    const QDateTime started = QDateTime::currentDateTimeUtc().addDays(-1);
    auto talk = cases::MeasureService(*lead).recordTalk({caseUid,
                                                         measure,
                                                         QStringLiteral("第一谈话室"),
                                                         started,
                                                         started.addSecs(5400),
                                                         interviewee,
                                                         {QStringLiteral("lead"), QStringLiteral("inv")},
                                                         content.join(u'\n')});
    REQUIRE(talk.ok());
    return talk.value();
}

QString registerCash(access::Session& session, const QString& caseUid, qint64 faceCents, qint64 pieces,
                     const QString& serial)
{
    property::PropertyDraft draft;
    draft.caseUid = caseUid;
    draft.category = QStringLiteral("cash");
    draft.description = QStringLiteral("人民币现金");
    draft.features = QStringLiteral("第五套人民币");
    draft.serial = serial;
    draft.kind = QStringLiteral("纸币");
    draft.faceValueCents = faceCents;
    draft.pieces = pieces;
    auto item = property::PropertyService(session).registerItem(draft, signerFor(QStringLiteral("inv")));
    REQUIRE(item.ok());
    return item->uid;
}

CatalogCase populateCatalogCase(CaseFixture& fixture)
{
    CatalogCase records;
    records.caseUid = fixture.openCaseWithTeam();
    const QString& caseUid = records.caseUid;
    {
        auto boss = fixture.as(QStringLiteral("boss"));
        cases::CaseService cases(*boss);
        REQUIRE(cases.assign(caseUid, QStringLiteral("rev1"), cases::TeamRole::Reviewer).ok());
        auto recusal = cases.requestRecusal(caseUid, QStringLiteral("inv2"), QStringLiteral("系被调查人近亲属"));
        REQUIRE(recusal.ok());
        REQUIRE(cases.decideRecusal(recusal.value(), true, QStringLiteral("同意回避")).ok());
        records.recusalUid = recusal.value();
    }
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        const QStringList facts{QStringLiteral("2019年收受工程老板王某现金20万元\n为王某承揽道路工程提供帮助"),
                                QStringLiteral("2019年收受工程老板王某现金20万元"),
                                QStringLiteral("违规接受王某安排的宴请")};
        for (qsizetype i = 0; i < facts.size(); ++i) {
            evidence::EvidenceDraft draft;
            draft.caseUid = caseUid;
            draft.kind = QStringLiteral("documentary");
            draft.description = QStringLiteral("银行交易流水第%1份").arg(i + 1);
            draft.source = QStringLiteral("某银行");
            draft.holder = QStringLiteral("某银行营业部");
            draft.collectedAt = QDateTime::currentDateTimeUtc().addDays(-1);
            draft.place = QStringLiteral("某银行营业部");
            draft.collectors = {QStringLiteral("lead"), QStringLiteral("inv")};
            draft.facts = facts.at(i);
            REQUIRE(evidence::EvidenceService(*lead).record(draft).ok());
        }
        records.propertyUids << registerCash(*lead, caseUid, 10000, 2000, QStringLiteral("AB12345678-AB12347677"));
        property::PropertyDraft car;
        car.caseUid = caseUid;
        car.category = QStringLiteral("vehicle");
        car.description = QStringLiteral("小型轿车");
        car.features = QStringLiteral("黑色");
        car.serial = QStringLiteral("苏A12345");
        car.amountCents = 15000000;
        auto vehicle = property::PropertyService(*lead).registerItem(car, signerFor(QStringLiteral("inv")));
        REQUIRE(vehicle.ok());
        records.propertyUids << vehicle->uid;
    }
    records.seizureMeasureUid = approvedMeasure(fixture, caseUid, QStringLiteral("seizure"));
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        REQUIRE(property::PropertyService(*lead)
                    .act(records.propertyUids.at(1), QStringLiteral("seize"), signerFor(QStringLiteral("inv")),
                         records.seizureMeasureUid)
                    .ok());
    }
    records.talkUid = recordTalk(fixture, caseUid, QStringLiteral("郑国强"), 3);
    {
        auto rev1 = fixture.as(QStringLiteral("rev1"));
        cases::CaseReviewService review(*rev1);
        REQUIRE(review
                    .recordReview(caseUid, QStringLiteral("report"),
                                  QStringLiteral("事实清楚，证据确凿，定性准确，处理恰当，手续完备。"),
                                  QDate::currentDate())
                    .ok());
        REQUIRE(review
                    .recordReview(caseUid, QStringLiteral("defence"),
                                  QStringLiteral("对事实无异议，认错悔错，请求从轻处理。"), QDate::currentDate())
                    .ok());
        auto appeal =
            review.lodgeAppeal(caseUid, QStringLiteral("郑国强"), QStringLiteral("认为处分过重"), QDate::currentDate());
        REQUIRE(appeal.ok());
        REQUIRE(review
                    .decideAppeal(appeal.value(), cases::AppealOutcome::Maintain,
                                  QStringLiteral("原处理决定认定事实清楚，处理适当"))
                    .ok());
        records.appealUid = appeal.value();
    }
    return records;
}

} // namespace qf::test
