// The lead library: the lazy model is a well-behaved item model, and the filter bar narrows what it shows.
#include "KeyboardInput.h"
#include "LeadFilterBar.h"
#include "LeadTableModel.h"
#include "LeadsPage.h"
#include "QtCatchText.h"
#include "TestVault.h"
#include "leads/LeadService.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <catch2/catch.hpp>

using qf::test::TestVault;

namespace {

int modelTestFailures = 0;
QtMessageHandler previousHandler = nullptr;
void countModelTestFailures(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0)
        ++modelTestFailures;
    if (previousHandler)
        previousHandler(type, context, message);
}

struct LeadSeed
{
    const char16_t* subject;
    const char16_t* unit;
    const char16_t* summary;
};

const LeadSeed kSeeds[] = {
    {u"王建国", u"城关镇人民政府", u"反映其在土地征收补偿中虚报冒领"},
    {u"刘志强", u"县交通运输局", u"反映其违规接受宴请"},
    {u"陈晓梅", u"县人民医院", u"反映其在药品采购中收受回扣"},
    {u"赵海涛", u"城关镇人民政府", u"反映其利用职权为亲属承揽工程"},
    {u"孙丽华", u"县教育局", u"反映其违规收送礼金"},
    {u"周文斌", u"县自然资源局", u"反映其在土地出让中违规操作"},
    {u"吴永平", u"县财政局", u"反映其挪用专项资金"},
};

std::unique_ptr<qf::access::Session> seededSession(TestVault& vault)
{
    vault.addUser(QStringLiteral("inv"), qf::access::Role::Investigator);
    vault.closeAdmin();
    auto session = vault.login(QStringLiteral("inv"), TestVault::passwordOf(QStringLiteral("inv")));
    REQUIRE(session.ok());
    qf::leads::LeadService service(*session.value());
    for (const LeadSeed& seed : kSeeds) {
        qf::leads::LeadDraft draft;
        draft.source = QStringLiteral("report");
        draft.allegation = QStringLiteral("bribery");
        draft.sector = QStringLiteral("land");
        draft.cadreLevel = QStringLiteral("county");
        draft.summary = QString::fromUtf16(seed.summary);
        qf::people::Person person;
        person.name = QString::fromUtf16(seed.subject);
        person.unit = QString::fromUtf16(seed.unit);
        draft.subjects << person;
        auto lead = service.registerLead(draft);
        REQUIRE(lead.ok());
    }
    return std::move(session.value());
}

} // namespace

TEST_CASE("The lead model pages through the library and passes the model tester")
{
    TestVault vault;
    auto session = seededSession(vault);
    const int total = static_cast<int>(std::size(kSeeds));

    modelTestFailures = 0;
    previousHandler = qInstallMessageHandler(countModelTestFailures);
    const auto restore = qScopeGuard([] { qInstallMessageHandler(previousHandler); });

    qf::ui::LeadTableModel model(*session);
    model.setPageSize(3);
    model.reload();
    CHECK(model.totalCount() == total);
    CHECK(model.rowCount() == 3);
    CHECK(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == total);
    QSet<QString> uids;
    for (int row = 0; row < model.rowCount(); ++row) {
        uids.insert(model.data(model.index(row, 0), qf::ui::LeadTableModel::UidRole).toString());
        CHECK_FALSE(model.data(model.index(row, qf::ui::LeadTableModel::NumberColumn)).toString().isEmpty());
        // Dates read the same in every column and language: 2026-11-28, never a locale's 11/28/26.
        for (int column : {int(qf::ui::LeadTableModel::CreatedColumn), int(qf::ui::LeadTableModel::NextReviewColumn)}) {
            const QString date = model.data(model.index(row, column)).toString();
            CHECK((date.isEmpty() ||
                   QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(date).hasMatch()));
        }
    }
    CHECK(uids.size() == total); // pages neither overlap nor skip

    qf::leads::LeadFilter filter;
    filter.text = QStringLiteral("土地");
    model.setFilter(filter);
    CHECK(model.totalCount() == 2);
    REQUIRE(model.rowCount() == 2);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.rowAt(row)->summary.contains(QStringLiteral("土地")));
    CHECK_FALSE(model.canFetchMore({}));

    filter = {};
    filter.unit = QStringLiteral("城关镇");
    model.setFilter(filter);
    CHECK(model.rowCount() == 2);

    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(modelTestFailures == 0);
}

TEST_CASE("Typing in the lead library's search narrows the table")
{
    TestVault vault;
    auto session = seededSession(vault);
    qf::ui::LeadsPage page(*session);
    page.reload();
    REQUIRE(page.model()->rowCount() == static_cast<int>(std::size(kSeeds)));

    auto* search = page.findChild<QLineEdit*>(QStringLiteral("textSearchLineEdit"));
    REQUIRE(search);
    qf::test::typeInto(search, QStringLiteral("回扣"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->rowAt(0)->subjects.contains(QStringLiteral("陈晓梅")));

    search->clear();
    auto* subject = page.findChild<QLineEdit*>(QStringLiteral("subjectLineEdit"));
    REQUIRE(subject);
    qf::test::typeInto(subject, QStringLiteral("周文斌"));
    QTest::keyClick(subject, Qt::Key_Return);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->rowAt(0)->summary.contains(QStringLiteral("土地出让")));

    page.filterBar()->clearFilters();
    CHECK(page.model()->rowCount() == static_cast<int>(std::size(kSeeds)));
}
