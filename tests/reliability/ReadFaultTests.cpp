#include "FaultVfs.h"
#include "VaultCheck.h"
#include "evidence/EvidenceService.h"
#include "storage/AttachmentStore.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using namespace qf::reliability;

// Regression: a read that failed part-way through an attachment ended the chunk loop as if the file were shorter,
// so the user was told the attachment "does not match its recorded hash", and a verification recorded a permanent
// failure, for what was a passing disk error.
TEST_CASE("a disk read error while reading an attachment back is a disk error, never damage", "[reliability][faults]")
{
    FaultVfs::install();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("read.qfv"));
    QString attachmentUid;
    {
        auto admin = createOffice(vault);
        REQUIRE(admin.ok());
        admin.value().reset();
        auto work = Workload::open(vault);
        REQUIRE(work.ok());
        auto opened = work.value()->openCase();
        REQUIRE(opened.ok());
        auto evidence = work.value()->recordEvidence(opened->uid);
        REQUIRE(evidence.ok());
        auto attached = work.value()->attachFile(evidence->uid, 3 * storage::AttachmentStore::kChunkBytes);
        REQUIRE(attached.ok());
        attachmentUid = attached->uid;
    }
    auto lead = login(vault, QStringLiteral("lead"));
    REQUIRE(lead.ok());
    // The first read of a cold page cache goes to disk; fail each of the first reads of the copy in turn. Every
    // copy runs on a fresh session so its page cache is cold.
    int faults = 0;
    for (qint64 n = 1; n <= 60; n += 3) {
        auto reader = login(vault, QStringLiteral("lead"));
        REQUIRE(reader.ok());
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        FaultVfs::arm(n, Fault::IoError);
        const Status copied = evidence::EvidenceService(*reader.value()).exportAttachment(attachmentUid, sink);
        auto checked = evidence::EvidenceService(*reader.value()).verifyAttachment(attachmentUid);
        FaultVfs::disarm();
        INFO("read " << n << ": " << copied.message().toStdString() << " / " << checked.message().toStdString());
        CHECK(copied.code() != ErrorCode::Damaged);
        if (checked.ok())
            CHECK(checked->passed);
        faults += FaultVfs::fired() ? 1 : 0;
    }
    CHECK(faults > 0);
    auto failed = storage::AttachmentStore(lead.value()->database()).everFailed(attachmentUid);
    REQUIRE(failed.ok());
    CHECK_FALSE(failed.value());
}
