#include "CaseFixture.h"
#include "crypto/Mac.h"
#include "evidence/CaseVerification.h"
#include "evidence/EvidenceService.h"
#include "storage/Sql.h"
#include "storage/WorkerConnection.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using test::CaseFixture;

namespace {

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

access::SecondSigner signer(const QString& login)
{
    const QByteArray password = test::TestVault::passwordOf(login).toUtf8();
    return {login, crypto::SecretBytes::copyOf(password)};
}

QString recordEvidence(access::Session& session, const QString& caseUid)
{
    evidence::EvidenceDraft draft;
    draft.caseUid = caseUid;
    draft.kind = QStringLiteral("documentary");
    draft.description = QStringLiteral("工程款支付凭证复印件");
    draft.source = QStringLiteral("某市交通运输局财务科");
    draft.holder = QStringLiteral("财务科科长");
    draft.collectedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    draft.place = QStringLiteral("某市交通运输局");
    draft.collectors = {QStringLiteral("lead"), QStringLiteral("inv")};
    draft.witness = QStringLiteral("王见证");
    draft.facts = QStringLiteral("收受工程款回扣");
    auto item = evidence::EvidenceService(session).record(draft);
    if (!item.ok())
        FAIL(item.message().toStdString());
    return item->uid;
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    REQUIRE(hash.addData(&file));
    return hash.result();
}

} // namespace

TEST_CASE("evidence needs two collectors and is numbered per case", "[evidence]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    evidence::EvidenceService service(*lead);
    evidence::EvidenceDraft lonely;
    lonely.caseUid = caseUid;
    lonely.kind = QStringLiteral("physical");
    lonely.description = QStringLiteral("现金");
    lonely.source = QStringLiteral("家中");
    lonely.place = QStringLiteral("家中");
    lonely.collectedAt = QDateTime::currentDateTimeUtc();
    lonely.collectors = {QStringLiteral("lead"), QStringLiteral("LEAD")};
    CHECK(service.record(lonely).code() == ErrorCode::Invalid);
    recordEvidence(*lead, caseUid);
    recordEvidence(*lead, caseUid);
    auto items = service.evidenceOf(caseUid);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).seq == 1);
    CHECK(items->at(1).seq == 2);
    CHECK(items->at(1).collectors == QStringList{QStringLiteral("lead"), QStringLiteral("inv")});
}

TEST_CASE("a 200 MB file streams in and out byte-identical with flat memory use", "[evidence][attachments]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    const QString evidenceUid = recordEvidence(*lead, caseUid);
    QTemporaryDir work;
    const QString source = work.filePath(QStringLiteral("recording.bin"));
    {
        QFile file(source);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(7);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < 200; ++i) {
            random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            REQUIRE(file.write(block) == block.size());
        }
    }
    const qint64 before = peakRssKib();
    QFile input(source);
    REQUIRE(input.open(QIODevice::ReadOnly));
    qint64 lastProgress = 0;
    auto stored = evidence::EvidenceService(*lead).attach(evidenceUid, input, QStringLiteral("recording.bin"),
                                                          QStringLiteral("audio/x-raw"),
                                                          [&](qint64 done, qint64) { lastProgress = done; });
    REQUIRE(stored.ok());
    CHECK(stored->size == 200LL * 1024 * 1024);
    CHECK(lastProgress == stored->size);
    CHECK(stored->sha256 == fileSha256(source));
    const QString copy = work.filePath(QStringLiteral("copy.bin"));
    {
        QFile output(copy);
        REQUIRE(output.open(QIODevice::WriteOnly));
        REQUIRE(evidence::EvidenceService(*lead).exportAttachment(stored->uid, output).ok());
    }
    const qint64 growthKib = peakRssKib() - before;
    INFO("peak RSS grew by " << growthKib << " KiB");
#if defined(__SANITIZE_ADDRESS__)
    WARN("AddressSanitizer holds freed memory in quarantine, so peak RSS says nothing here: not checked");
#else
    CHECK(growthKib < 150 * 1024); // far below the 200 MB the file would take if it were ever held whole
#endif
    CHECK(fileSha256(copy) == fileSha256(source));
    auto exported = storage::querySingleValue(
        lead->database(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'attachment.export'"));
    CHECK(exported->toInt() == 1);
}

TEST_CASE("identical content is stored once", "[evidence][attachments]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    const QString first = recordEvidence(*lead, caseUid);
    const QString second = recordEvidence(*lead, caseUid);
    QByteArray content(3 * 1024 * 1024 + 17, 'x');
    for (int i = 0; i < content.size(); i += 4096)
        content[i] = char((i / 4096) % 251); // no two 1 MiB chunks alike
    QBuffer a(&content);
    a.open(QIODevice::ReadOnly);
    auto one =
        evidence::EvidenceService(*lead).attach(first, a, QStringLiteral("a.pdf"), QStringLiteral("application/pdf"));
    REQUIRE(one.ok());
    CHECK_FALSE(one->reused);
    QBuffer b(&content);
    b.open(QIODevice::ReadOnly);
    auto two =
        evidence::EvidenceService(*lead).attach(second, b, QStringLiteral("b.pdf"), QStringLiteral("application/pdf"));
    REQUIRE(two.ok());
    CHECK(two->reused);
    CHECK(two->uid == one->uid);
    const QSqlDatabase db = lead->database();
    CHECK(storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM attachment"))->toInt() == 1);
    CHECK(storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM attachment_chunk"))->toInt() == 4);
    CHECK(storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM evidence_attachment"))->toInt() == 2);
}

TEST_CASE("a chunk altered with the raw key is caught and the failure stays on record", "[evidence][attachments]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    const QString evidenceUid = recordEvidence(*lead, caseUid);
    QByteArray content(2 * 1024 * 1024 + 5, 'q');
    QBuffer buffer(&content);
    buffer.open(QIODevice::ReadOnly);
    auto stored = evidence::EvidenceService(*lead).attach(evidenceUid, buffer, QStringLiteral("scan.tif"), {});
    REQUIRE(stored.ok());
    evidence::EvidenceService service(*lead);
    REQUIRE(service.verifyAttachment(stored->uid)->passed);

    const QSqlDatabase db = lead->database();
    REQUIRE(storage::execute(db, QStringLiteral("UPDATE attachment_chunk SET data = zeroblob(size) WHERE id = "
                                                "(SELECT min(id) FROM attachment_chunk)"))
                .ok());
    auto check = service.verifyAttachment(stored->uid);
    REQUIRE(check.ok());
    CHECK_FALSE(check->passed);
    CHECK(check->detail.contains(QLatin1String("part 1")));
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    CHECK(service.exportAttachment(stored->uid, sink).code() == ErrorCode::Damaged);
    CHECK(storage::AttachmentStore(db).everFailed(stored->uid).value());
    CHECK_FALSE(storage::execute(db, QStringLiteral("DELETE FROM attachment_verification")).ok());
    CHECK_FALSE(storage::execute(db, QStringLiteral("UPDATE attachment_verification SET passed = 1")).ok());
    auto whole = evidence::CaseVerificationService(*lead).verify(caseUid);
    REQUIRE(whole.ok());
    CHECK(whole->attachments == 1);
    CHECK(whole->failed == 1);
}

TEST_CASE("custody steps need two distinct people, and corrections add events", "[evidence][custody]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    const QString evidenceUid = recordEvidence(*lead, caseUid);
    evidence::EvidenceService service(*lead);
    CHECK(service
              .addCustodyEvent(evidenceUid, QStringLiteral("stored"), QStringLiteral("证据室"),
                               signer(QStringLiteral("lead")), {})
              .code() == ErrorCode::Invalid);
    access::SecondSigner wrong{QStringLiteral("inv"),
                               crypto::SecretBytes::copyOf(QByteArrayView("not-their-password"))};
    CHECK(service.addCustodyEvent(evidenceUid, QStringLiteral("stored"), QStringLiteral("证据室"), wrong, {}).code() ==
          ErrorCode::WrongPassword);
    auto stored = service.addCustodyEvent(evidenceUid, QStringLiteral("stored"), QStringLiteral("证据室"),
                                          signer(QStringLiteral("inv")), {});
    REQUIRE(stored.ok());
    CHECK(service
              .addCustodyEvent(evidenceUid, QStringLiteral("correction"), QStringLiteral("证据室"),
                               signer(QStringLiteral("inv")), {})
              .code() == ErrorCode::Invalid);
    REQUIRE(service
                .addCustodyEvent(evidenceUid, QStringLiteral("correction"), QStringLiteral("证据室"),
                                 signer(QStringLiteral("inv")), QStringLiteral("保管地点应为二号证据室"),
                                 stored.value())
                .ok());
    auto events = service.custodyOf(evidenceUid);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    CHECK(events->at(0).handedBy == QStringLiteral("lead"));
    CHECK(events->at(0).receivedBy == QStringLiteral("inv"));
    CHECK(events->at(1).correctsUid == stored.value());
    CHECK_FALSE(storage::execute(lead->database(), QStringLiteral("UPDATE custody_event SET place = 'x'")).ok());
}

TEST_CASE("no plaintext of an attachment reaches any file of the vault folder", "[evidence][attachments]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    QString vaultDir;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        vaultDir = QFileInfo(lead->vault().path()).absolutePath();
        const QString evidenceUid = recordEvidence(*lead, caseUid);
        QByteArray content = QByteArray("SECRET-EVIDENCE-MARKER-") + QByteArray(70000, 'z') + "-END";
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        REQUIRE(evidence::EvidenceService(*lead)
                    .attach(evidenceUid, buffer, QStringLiteral("note.txt"), QStringLiteral("text/plain"))
                    .ok());
        QDirIterator files(vaultDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            INFO(file.fileName().toStdString());
            CHECK_FALSE(file.readAll().contains("SECRET-EVIDENCE-MARKER"));
            ++checked;
        }
        CHECK(checked >= 3); // database, WAL, key slots at least
    }
}

TEST_CASE("a small attachment previews from memory and the view is audited; a large one is refused",
          "[evidence][attachments]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    const QString evidenceUid = recordEvidence(*lead, caseUid);
    QByteArray small("谈话录音转写稿：……");
    QBuffer smallBuffer(&small);
    smallBuffer.open(QIODevice::ReadOnly);
    auto stored = evidence::EvidenceService(*lead).attach(evidenceUid, smallBuffer, QStringLiteral("note.txt"),
                                                          QStringLiteral("text/plain"));
    REQUIRE(stored.ok());
    auto preview = evidence::EvidenceService(*lead).previewAttachment(stored->uid);
    REQUIRE(preview.ok());
    CHECK(preview.value() == small);
    CHECK(storage::querySingleValue(lead->database(),
                                    QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'attachment.view'"))
              ->toInt() == 1);
    QByteArray large(evidence::EvidenceService::kMaxPreviewBytes + 1, 'v');
    QBuffer largeBuffer(&large);
    largeBuffer.open(QIODevice::ReadOnly);
    auto big = evidence::EvidenceService(*lead).attach(evidenceUid, largeBuffer, QStringLiteral("big.bin"), {});
    REQUIRE(big.ok());
    CHECK(evidence::EvidenceService(*lead).previewAttachment(big->uid).code() == ErrorCode::Invalid);
}

TEST_CASE("whole-case verification hashes on a connection of its own, records once, and can be cancelled",
          "[evidence][attachments]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    const QString evidenceUid = recordEvidence(*lead, caseUid);
    for (const char fill : {'a', 'b'}) {
        QByteArray content(3 * 1024 * 1024 + 11, fill);
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        REQUIRE(
            evidence::EvidenceService(*lead).attach(evidenceUid, buffer, QStringLiteral("%1.bin").arg(fill), {}).ok());
    }
    evidence::CaseVerificationService service(*lead);
    auto attachments = service.attachmentsOf(caseUid);
    REQUIRE(attachments.ok());
    REQUIRE(attachments->size() == 2);
    const QSqlDatabase db = lead->database();
    const auto checksBefore =
        storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM attachment_verification"))->toInt();

    storage::WorkerConnection worker(lead->vault(), QStringLiteral("test"));
    REQUIRE(worker.ok());
    QList<qint64> progress;
    auto outcomes = evidence::checkAttachments(worker.database(), attachments.value(), [&](qint64 done, qint64 total) {
        CHECK(total == 2 * (3 * 1024 * 1024 + 11));
        progress << done;
    });
    REQUIRE(outcomes.ok());
    CHECK(outcomes->size() == 2);
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(progress.last() == 2 * (3 * 1024 * 1024 + 11));
    // Hashing writes nothing; recording does, once per attachment, with one audit entry.
    CHECK(storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM attachment_verification"))->toInt() ==
          checksBefore);
    auto recorded = service.record(caseUid, outcomes.value());
    REQUIRE(recorded.ok());
    CHECK(recorded->attachments == 2);
    CHECK(recorded->failed == 0);
    CHECK(storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM attachment_verification"))->toInt() ==
          checksBefore + 2);
    CHECK(storage::querySingleValue(
              db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'case.verify_attachments'"))
              ->toInt() == 1);

    std::atomic_bool cancel{true};
    auto cancelled = evidence::checkAttachments(worker.database(), attachments.value(), {}, &cancel);
    CHECK(cancelled.code() == ErrorCode::Cancelled);

    // An auditor, who may not read cases, can neither list nor record.
    auto outsider = fixture.as(QStringLiteral("auditor"));
    CHECK(evidence::CaseVerificationService(*outsider).attachmentsOf(caseUid).code() == ErrorCode::PermissionDenied);
    CHECK(evidence::CaseVerificationService(*outsider).record(caseUid, outcomes.value()).code() ==
          ErrorCode::PermissionDenied);
}
