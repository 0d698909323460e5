#include "VaultCheck.h"
#include "storage/AttachmentStore.h"
#include "storage/Sql.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::reliability;

namespace {

bool mentions(const VaultCheck& check, const QString& text)
{
    return check.summary().contains(text);
}

} // namespace

// The harnesses are only as good as their check: it must notice a lost record and a half-written attachment.
TEST_CASE("the vault check notices lost records and half-written attachments", "[reliability][check]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("check.qfv"));
    QList<Committed> committed;
    {
        auto admin = createOffice(vault);
        REQUIRE(admin.ok());
        admin.value().reset();
        auto work = Workload::open(vault);
        REQUIRE(work.ok());
        auto report = work.value()->registerReport();
        auto opened = work.value()->openCase();
        REQUIRE(opened.ok());
        auto evidence = work.value()->recordEvidence(opened->uid);
        REQUIRE(evidence.ok());
        auto attached = work.value()->attachFile(evidence->uid, 2 * storage::AttachmentStore::kChunkBytes);
        REQUIRE(report.ok());
        REQUIRE(attached.ok());
        committed << report.value() << opened.value() << evidence.value() << attached.value();
    }
    auto intact = checkVault(vault, committed);
    REQUIRE(intact.ok());
    INFO(intact->summary().toStdString());
    REQUIRE(intact->passed());
    CHECK(intact->recordsChecked == committed.size());

    SECTION("a committed record that is not there")
    {
        auto lost =
            checkVault(vault, committed + QList<Committed>{{QStringLiteral("report"), QStringLiteral("gone"), {}}});
        REQUIRE(lost.ok());
        CHECK(mentions(lost.value(), QStringLiteral("committed but missing or changed: report gone")));
    }
    SECTION("an attachment missing a chunk, or held by no evidence item")
    {
        {
            auto admin = login(vault, QStringLiteral("admin"));
            REQUIRE(admin.ok());
            const QSqlDatabase db = admin.value()->database();
            REQUIRE(storage::execute(db, QStringLiteral("DELETE FROM attachment_part WHERE seq = 1")).ok());
            REQUIRE(storage::execute(db, QStringLiteral("DELETE FROM evidence_attachment")).ok());
        }
        auto broken = checkVault(vault, committed);
        REQUIRE(broken.ok());
        INFO(broken->summary().toStdString());
        CHECK(mentions(broken.value(), QStringLiteral("is incomplete")));
        CHECK(mentions(broken.value(), QStringLiteral("has 1 parts holding")));
        CHECK(mentions(broken.value(), QStringLiteral("belongs to no evidence item")));
        CHECK(mentions(broken.value(), QStringLiteral("evidence.attach audit entries")));
    }
}
