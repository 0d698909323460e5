#include "IntakeFixture.h"
#include "leads/LeadService.h"
#include "storage/Sql.h"
#include "storage/SubstringIndex.h"

#include <QRandomGenerator>
#include <QSet>
#include <catch2/catch.hpp>

using namespace qf;
using test::IntakeFixture;

namespace {

const QStringList kWords = {
    QStringLiteral("工程"),    QStringLiteral("招标"),   QStringLiteral("收受"),   QStringLiteral("贿赂"),
    QStringLiteral("礼金"),    QStringLiteral("公车"),   QStringLiteral("私用"),   QStringLiteral("违规"),
    QStringLiteral("发放"),    QStringLiteral("补贴"),   QStringLiteral("土地"),   QStringLiteral("审批"),
    QStringLiteral("干预"),    QStringLiteral("项目"),   QStringLiteral("亲属"),   QStringLiteral("经商"),
    QStringLiteral("宴请"),    QStringLiteral("旅游"),   QStringLiteral("扶贫"),   QStringLiteral("资金"),
    QStringLiteral("挪用"),    QStringLiteral("某局长"), QStringLiteral("副县长"), QStringLiteral("2026年"),
    QStringLiteral("ABC公司"), QStringLiteral("，"),     QStringLiteral("。"),     QStringLiteral(" ")};

QString sentence(QRandomGenerator& random)
{
    QString text;
    const int words = 6 + int(random.bounded(20));
    for (int i = 0; i < words; ++i)
        text += kWords.at(int(random.bounded(qsizetype(kWords.size()))));
    return text;
}

QSet<QString> viaLike(const QSqlDatabase& db, const QString& needle)
{
    QString escaped = needle;
    escaped.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    auto query = storage::runQuery(db, QStringLiteral("SELECT uid FROM lead WHERE summary LIKE ? ESCAPE '\\'"),
                                   {QString(u'%' + escaped + u'%')});
    REQUIRE(query.ok());
    QSet<QString> uids;
    while (query->next())
        uids.insert(query->value(0).toString());
    return uids;
}

} // namespace

TEST_CASE("the bigram form of a text and of a query", "[search]")
{
    CHECK(storage::SubstringIndex::gramsOf(QStringLiteral("收受礼金")) == QStringLiteral("收受 受礼 礼金 金"));
    CHECK(storage::SubstringIndex::gramsOf(QStringLiteral("ABC，公司")) == QStringLiteral("ab bc c 公司 司"));
    CHECK(storage::SubstringIndex::matchExpression(QStringLiteral("礼")) == QStringLiteral("礼*"));
    CHECK(storage::SubstringIndex::matchExpression(QStringLiteral("礼金礼金")) == QStringLiteral("礼金 金礼"));
    CHECK(storage::SubstringIndex::matchExpression(QStringLiteral("，。")).isEmpty());
}

TEST_CASE("Chinese substring search finds exactly what LIKE finds", "[search]")
{
    IntakeFixture fixture;
    auto inv = fixture.as(QStringLiteral("inv"));
    QRandomGenerator random(20261128);
    QStringList summaries;
    {
        leads::LeadService service(*inv);
        for (int i = 0; i < 150; ++i) {
            summaries << sentence(random);
            auto lead = service.registerLead(IntakeFixture::lead(
                summaries.last(), {IntakeFixture::subject(QStringLiteral("测试人"), QStringLiteral("测试单位"))}));
            REQUIRE(lead.ok());
        }
    }
    leads::LeadService service(*inv);
    int nonEmpty = 0;
    for (int i = 0; i < 80; ++i) {
        const QString& source = summaries.at(int(random.bounded(qsizetype(summaries.size()))));
        const int length = 1 + int(random.bounded(5));
        const int start = int(random.bounded(qsizetype(std::max<qsizetype>(1, source.size() - length))));
        QString needle = source.mid(start, length);
        if (i % 10 == 0)
            needle = needle.toUpper(); // ASCII case does not matter, as in LIKE
        const QSet<QString> expected = viaLike(inv->database(), needle);
        leads::LeadFilter filter;
        filter.text = needle;
        filter.limit = 1000;
        auto rows = service.list(filter);
        REQUIRE(rows.ok());
        QSet<QString> found;
        for (const auto& row : rows.value())
            found.insert(row.uid);
        if (storage::SubstringIndex::matchExpression(needle).isEmpty())
            continue; // punctuation only: nothing to search for
        INFO("needle: " << needle.toStdString());
        CHECK(found == expected);
        // The same search through the scan path that broad queries take.
        auto scan = storage::SubstringIndex::condition(inv->database(), QStringLiteral("lead_search"),
                                                       QStringLiteral("l.id"), QStringLiteral("l.summary"), needle, 1);
        REQUIRE(scan.ok());
        CHECK_FALSE(scan->sql.contains(QLatin1String("MATCH")));
        auto scanned = storage::runQuery(inv->database(), QStringLiteral("SELECT l.uid FROM lead l WHERE ") + scan->sql,
                                         scan->values);
        REQUIRE(scanned.ok());
        QSet<QString> viaScan;
        while (scanned->next())
            viaScan.insert(scanned->value(0).toString());
        CHECK(viaScan == expected);
        nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    CHECK(nonEmpty > 40);
    leads::LeadFilter absent;
    absent.text = QStringLiteral("不存在的词语");
    CHECK(service.list(absent)->isEmpty());
}
