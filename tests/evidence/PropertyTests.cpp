#include "CaseFixture.h"
#include "cases/MeasureService.h"
#include "property/Money.h"
#include "property/PropertyService.h"
#include "storage/Sql.h"
#include "workflow/CaseWorkflow.h"

#include <catch2/catch.hpp>

using namespace qf;
using test::CaseFixture;

namespace {

access::SecondSigner signer(const QString& login)
{
    const QByteArray password = test::TestVault::passwordOf(login).toUtf8();
    return {login, crypto::SecretBytes::copyOf(password)};
}

QString approvedMeasure(CaseFixture& fixture, const QString& caseUid, const QString& kind)
{
    QString uid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        auto requested = cases::MeasureService(*lead).request(
            {caseUid, kind, QStringLiteral("依据"), QStringLiteral("防止转移"), {}});
        REQUIRE(requested.ok());
        uid = requested.value();
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(cases::MeasureService(*boss).approve(uid, now.addSecs(-60), now.addDays(30)).ok());
    return uid;
}

property::PropertyDraft cash(const QString& caseUid, qint64 faceCents, qint64 pieces, const QString& currency)
{
    property::PropertyDraft draft;
    draft.caseUid = caseUid;
    draft.category = QStringLiteral("cash");
    draft.description = QStringLiteral("人民币现金");
    draft.features = QStringLiteral("第五套人民币");
    draft.kind = QStringLiteral("纸币");
    draft.faceValueCents = faceCents;
    draft.pieces = pieces;
    draft.currency = currency;
    return draft;
}

} // namespace

TEST_CASE("amounts are exact cents", "[property][money]")
{
    CHECK(property::parseAmount(QStringLiteral("1,234.56")).value() == 123456);
    CHECK(property::parseAmount(QStringLiteral("0.1")).value() == 10);
    CHECK(property::parseAmount(QStringLiteral("12")).value() == 1200);
    CHECK(property::parseAmount(QStringLiteral("0.07")).value() == 7);
    CHECK_FALSE(property::parseAmount(QStringLiteral("1.234")).ok());
    CHECK_FALSE(property::parseAmount(QStringLiteral("-5")).ok());
    CHECK_FALSE(property::parseAmount(QStringLiteral("1e5")).ok());
    CHECK_FALSE(property::parseAmount(QString()).ok());
    CHECK(property::formatAmount(123456789) == QStringLiteral("1,234,567.89 CNY"));
    CHECK(property::formatAmount(5, QStringLiteral("USD")) == QStringLiteral("0.05 USD"));
    CHECK(property::multiplyCents(10000, 37).value() == 370000);
    CHECK_FALSE(property::multiplyCents(std::numeric_limits<qint64>::max() / 2, 3).ok());
    // 0.1 + 0.2 in cents is exactly 30.
    CHECK(property::parseAmount(QStringLiteral("0.1")).value() + property::parseAmount(QStringLiteral("0.2")).value() ==
          30);
}

TEST_CASE("the property lifecycle: two signers, an approved measure, and the seizer never the custodian", "[property]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    const QString seizure = approvedMeasure(fixture, caseUid, QStringLiteral("seizure"));
    QString itemUid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        property::PropertyService service(*lead);
        CHECK(service.registerItem(cash(caseUid, 10000, 50, QStringLiteral("CNY")), signer(QStringLiteral("lead")))
                  .code() == ErrorCode::Invalid);
        auto item =
            service.registerItem(cash(caseUid, 10000, 50, QStringLiteral("CNY")), signer(QStringLiteral("inv")));
        REQUIRE(item.ok());
        CHECK(item->amountCents == 500000);
        CHECK(item->cardNo == 1);
        itemUid = item->uid;
        CHECK(service.act(itemUid, QStringLiteral("seize"), signer(QStringLiteral("inv"))).code() ==
              ErrorCode::Invalid); // no measure
        CHECK(service.act(itemUid, QStringLiteral("take_custody"), signer(QStringLiteral("inv"))).code() ==
              ErrorCode::Invalid);
        REQUIRE(service
                    .act(itemUid, QStringLiteral("seize"), signer(QStringLiteral("inv")), seizure,
                         QStringLiteral("现场暂扣"))
                    .ok());
        REQUIRE(service.act(itemUid, QStringLiteral("hand_over"), signer(QStringLiteral("inv"))).ok());
        const auto own = service.act(itemUid, QStringLiteral("take_custody"), signer(QStringLiteral("inv")));
        CHECK(own.code() == ErrorCode::PermissionDenied);
        CHECK(own.message().contains(QLatin1String("custodian")));
    }
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        property::PropertyService service(*inv);
        REQUIRE(service.act(itemUid, QStringLiteral("take_custody"), signer(QStringLiteral("lead"))).ok());
        // Disposal is signed by an approver.
        CHECK(service.act(itemUid, QStringLiteral("confiscate"), signer(QStringLiteral("lead"))).code() ==
              ErrorCode::PermissionDenied);
        REQUIRE(service
                    .act(itemUid, QStringLiteral("confiscate"), signer(QStringLiteral("boss")), {},
                         QStringLiteral("上缴国库"))
                    .ok());
        auto history = service.history(itemUid);
        REQUIRE(history.ok());
        REQUIRE(history->size() == 5);
        CHECK(history->at(1).measureUid == seizure);
        CHECK(history->at(4).secondSigner == QStringLiteral("boss"));
        auto ledger = service.ledger(caseUid);
        REQUIRE(ledger.ok());
        CHECK(ledger->first().disposed);
        CHECK(ledger->first().seizedBy == QStringLiteral("lead"));
        CHECK(ledger->first().custodian == QStringLiteral("inv"));
    }
}

TEST_CASE("reconciliation adds up per category and currency, and an undisposed item blocks closing", "[property]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    const QString sealing = approvedMeasure(fixture, caseUid, QStringLiteral("sealing"));
    auto lead = fixture.as(QStringLiteral("lead"));
    property::PropertyService service(*lead);
    auto cny = service.registerItem(cash(caseUid, 10000, 3, QStringLiteral("CNY")), signer(QStringLiteral("inv")));
    auto usd = service.registerItem(cash(caseUid, 10000, 2, QStringLiteral("USD")), signer(QStringLiteral("inv")));
    property::PropertyDraft car;
    car.caseUid = caseUid;
    car.category = QStringLiteral("vehicle");
    car.description = QStringLiteral("小型轿车一辆");
    car.serial = QStringLiteral("苏A12345");
    car.amountCents = 15000000;
    auto vehicle = service.registerItem(car, signer(QStringLiteral("inv")));
    REQUIRE(cny.ok());
    REQUIRE(usd.ok());
    REQUIRE(vehicle.ok());
    REQUIRE(service.act(vehicle->uid, QStringLiteral("seal"), signer(QStringLiteral("inv")), sealing).ok());

    auto lines = service.reconcile(caseUid);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 3);
    qint64 cnyCash = 0;
    qint64 usdCash = 0;
    for (const auto& line : lines.value()) {
        CHECK(line.balances());
        if (line.category == QLatin1String("cash") && line.currency == QLatin1String("CNY"))
            cnyCash = line.registeredCents;
        if (line.category == QLatin1String("cash") && line.currency == QLatin1String("USD"))
            usdCash = line.registeredCents;
        if (line.category == QLatin1String("vehicle"))
            CHECK(line.inTransitCents == 15000000);
    }
    CHECK(cnyCash == 30000);
    CHECK(usdCash == 20000);

    auto definition = workflow::CaseWorkflow::definition(lead->database());
    REQUIRE(definition.ok());
    const auto* close = definition->transition(QStringLiteral("close"));
    REQUIRE(close);
    auto caseId = storage::querySingleValue(lead->database(), QStringLiteral("SELECT id FROM case_file WHERE uid = ?"),
                                            {caseUid});
    const auto outcomes = workflow::CaseWorkflow::guardOutcomes(lead->database(), caseId->toLongLong(), *close);
    const auto property = std::find_if(outcomes.cbegin(), outcomes.cend(), [](const workflow::GuardOutcome& o) {
        return o.guard == QLatin1String("all_property_disposed");
    });
    REQUIRE(property != outcomes.cend());
    CHECK_FALSE(property->passed);
    CHECK(property->message.contains(QLatin1String("property")));
}
