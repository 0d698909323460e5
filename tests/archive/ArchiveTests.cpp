#include "ArchiveFixture.h"
#include "archive/ArchiveFormat.h"
#include "archive/ArchiveVerifier.h"
#include "archive/RecordCatalog.h"
#include "archive/TrustList.h"
#include "archive/WorkstationKey.h"
#include "storage/AttachmentStore.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace qf;
using test::ArchiveFixture;

namespace {

QByteArray attachmentBytes(const QSqlDatabase& db, const QString& name)
{
    auto uid = storage::querySingleValue(db, QStringLiteral("SELECT uid FROM attachment WHERE name = ?"), {name});
    REQUIRE(uid.ok());
    REQUIRE(!uid->isNull());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(storage::AttachmentStore(db).read(uid->toString(), buffer).ok());
    return bytes;
}

qint64 countOf(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    auto value = storage::querySingleValue(db, sql, values);
    REQUIRE(value.ok());
    return value->toLongLong();
}

} // namespace

TEST_CASE("a case with attachments travels from vault A to vault B unchanged", "[archive]")
{
    ArchiveFixture fixture;
    const QString path = fixture.work(QStringLiteral("case.qfa"));
    auto exported = fixture.exportCase(path);
    INFO(exported.message().toStdString());
    REQUIRE(exported.ok());
    CHECK(exported->counts.value(QStringLiteral("case_file")) == 1);
    CHECK(exported->counts.value(QStringLiteral("attachment")) == 2);
    CHECK(exported->counts.value(archive::kAttachmentContent) == 2);
    CHECK(exported->counts.value(QStringLiteral("evidence_item")) == 1);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));

    fixture.trustAinB();
    auto imported = fixture.importIntoB(path);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    for (const auto& conflict : imported->conflicts)
        UNSCOPED_INFO(conflict.type.toStdString() << " " << conflict.reason.toStdString());
    CHECK(imported->conflicts.isEmpty());
    CHECK(imported->trust == archive::SignerTrust::Trusted);

    const QSqlDatabase b = fixture.b().admin().database();
    auto aSession = fixture.a().as(QStringLiteral("auditor"));
    const QStringList inA = test::caseDocuments(aSession->database(), fixture.caseUid());
    const QStringList inB = test::caseDocuments(b, fixture.caseUid());
    CHECK(inA.size() > 8);
    CHECK(inA == inB);
    CHECK(attachmentBytes(b, QStringLiteral("转账.bin")) == fixture.bigFile());
    CHECK(attachmentBytes(b, QStringLiteral("扫描.txt")) == QByteArray("证据扫描件 small file"));
    // People of A become disabled placeholders in B, with no way to log in.
    CHECK(countOf(b, QStringLiteral("SELECT count(*) FROM app_user WHERE login LIKE 'lead@%' AND disabled = 1")) == 1);
    CHECK(countOf(b, QStringLiteral("SELECT count(*) FROM archive_import WHERE archive_id = ?"),
                  {exported->archiveId}) == 1);
    CHECK(countOf(b,
                  QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'archive.import' AND target_uid = ?"),
                  {exported->archiveId}) == 1);
    CHECK(countOf(aSession->database(),
                  QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'archive.export' AND target_uid = ?"),
                  {exported->archiveId}) == 1);
}

TEST_CASE("importing the same archive twice changes nothing the second time", "[archive]")
{
    ArchiveFixture fixture;
    const QString path = fixture.work(QStringLiteral("case.qfa"));
    REQUIRE(fixture.exportCase(path).ok());
    fixture.trustAinB();
    auto first = fixture.importIntoB(path);
    REQUIRE(first.ok());
    CHECK(first->added > 0);
    const auto before = fixture.snapshotB();
    auto second = fixture.importIntoB(path);
    REQUIRE(second.ok());
    CHECK(second->added == 0);
    CHECK(second->conflicts.isEmpty());
    CHECK(second->unchanged == first->added + first->unchanged - first->addedByType.value(QStringLiteral("app_user")));
    CHECK(fixture.snapshotB() == before);
}

TEST_CASE("a newer local record is kept and reported as a conflict", "[archive]")
{
    ArchiveFixture fixture;
    const QString path = fixture.work(QStringLiteral("case.qfa"));
    REQUIRE(fixture.exportCase(path).ok());
    fixture.trustAinB();
    REQUIRE(fixture.importIntoB(path).ok());
    const QSqlDatabase b = fixture.b().admin().database();
    REQUIRE(storage::execute(
                b, QStringLiteral(
                       "UPDATE lead SET summary = '本地更新的线索摘要', updated_at = '2999-01-01T00:00:00.000Z'"))
                .ok());
    auto again = fixture.importIntoB(path);
    REQUIRE(again.ok());
    REQUIRE(again->conflicts.size() == 1);
    CHECK(again->conflicts.first().type == QLatin1String("lead"));
    CHECK(again->conflicts.first().reason.contains(QLatin1String("summary")));
    CHECK(again->conflicts.first().reason.contains(QLatin1String("local record is newer")));
    auto summary = storage::querySingleValue(b, QStringLiteral("SELECT summary FROM lead"));
    REQUIRE(summary.ok());
    CHECK(summary->toString() == QStringLiteral("本地更新的线索摘要"));
}

TEST_CASE("protected identities stay out of an archive without a grant", "[archive]")
{
    ArchiveFixture fixture;
    {
        auto lead = fixture.a().as(QStringLiteral("lead"));
        const QSqlDatabase db = lead->database();
        auto leadId = storage::querySingleValue(db, QStringLiteral("SELECT id FROM lead"));
        auto userId = storage::querySingleValue(db, QStringLiteral("SELECT id FROM app_user WHERE login = 'clerk'"));
        REQUIRE((leadId.ok() && userId.ok()));
        REQUIRE(storage::execute(db,
                                 QStringLiteral("INSERT INTO report (uid, channel, received_date, real_name, summary, "
                                                "registered_by, registered_at, lead_id) VALUES ('report-1', 'letter', "
                                                "'2024-01-02', 1, '实名举报', ?, '2024-01-02T00:00:00Z', ?)"),
                                 {userId.value(), leadId.value()})
                    .ok());
        REQUIRE(
            storage::execute(db, QStringLiteral("INSERT INTO protected_identity (uid, kind, report_id, name, phone, "
                                                "created_at) SELECT 'identity-1', 'reporter', id, '李举报', "
                                                "'13800000000', '2024-01-02T00:00:00Z' FROM report"))
                .ok());
    }
    const auto documentsOf = [&](const QString& path) {
        const crypto::SecretBytes secret = test::passphrase();
        archive::ArchiveKeys keys;
        keys.passphrase = &secret;
        auto report = archive::ArchiveVerifier::verify(path, keys, nullptr);
        INFO(report.text().toStdString());
        REQUIRE(report.passed());
        return report.manifest.counts;
    };
    auto plain = fixture.exportCase(fixture.work(QStringLiteral("plain.qfa")));
    REQUIRE(plain.ok());
    CHECK(plain->identitiesWithheld == 1);
    CHECK(documentsOf(fixture.work(QStringLiteral("plain.qfa"))).value(QStringLiteral("protected_identity")) == 0);
    CHECK(documentsOf(fixture.work(QStringLiteral("plain.qfa"))).value(QStringLiteral("report")) == 1);

    // Asking is not enough without a grant.
    auto asked = fixture.exportCase(fixture.work(QStringLiteral("asked.qfa")), true);
    REQUIRE(asked.ok());
    CHECK(asked->identitiesIncluded == 0);
    CHECK(documentsOf(fixture.work(QStringLiteral("asked.qfa"))).value(QStringLiteral("protected_identity")) == 0);
    QFile asBytes(fixture.work(QStringLiteral("asked.qfa")));
    REQUIRE(asBytes.open(QIODevice::ReadOnly));
    CHECK_FALSE(asBytes.readAll().contains(QStringLiteral("李举报").toUtf8()));

    // With an approved grant and the explicit choice, the identity travels.
    {
        auto boss = fixture.a().as(QStringLiteral("boss"));
        REQUIRE(storage::execute(boss->database(),
                                 QStringLiteral("INSERT INTO identity_grant (uid, identity_id, requested_by, reason, "
                                                "requested_at, status, decided_by, decided_at, expires_at) SELECT "
                                                "'grant-1', i.id, u.id, '移交', '2024-01-01', 'approved', u.id, "
                                                "'2024-01-01', '2999-01-01T00:00:00.000Z' FROM protected_identity i, "
                                                "app_user u WHERE u.login = 'auditor'"))
                    .ok());
    }
    auto granted = fixture.exportCase(fixture.work(QStringLiteral("granted.qfa")), true);
    REQUIRE(granted.ok());
    CHECK(granted->identitiesIncluded == 1);
    CHECK(documentsOf(fixture.work(QStringLiteral("granted.qfa"))).value(QStringLiteral("protected_identity")) == 1);
}

TEST_CASE("an archive for a recipient opens only with that workstation's key", "[archive]")
{
    ArchiveFixture fixture;
    auto bKey = archive::WorkstationKey::publicKey(fixture.b().admin());
    REQUIRE(bKey.ok());
    const QString forB = fixture.work(QStringLiteral("for-b.qfa"));
    {
        auto auditor = fixture.a().as(QStringLiteral("auditor"));
        archive::ExportOptions options;
        options.scope = {archive::ExportScope::Kind::Case, {fixture.caseUid()}};
        options.outputPath = forB;
        options.keying.recipients = {bKey.value()};
        REQUIRE(archive::ArchiveExporter(*auditor).exportArchive(options).ok());
    }
    fixture.trustAinB();
    archive::ImportOptions options;
    options.path = forB;
    auto imported = archive::ArchiveImporter(fixture.b().admin()).importArchive(options);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->added > 0);

    // A third vault is not a recipient.
    test::TestVault c;
    const auto before = test::tableCounts(c.admin().database());
    archive::ImportOptions other;
    other.path = forB;
    auto refused = archive::ArchiveImporter(c.admin()).importArchive(other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::WrongPassword);
    CHECK(refused.message().contains(QLatin1String("not addressed")));
    CHECK(test::tableCounts(c.admin().database()) == before);
}

TEST_CASE("an untrusted signer is refused unless an administrator overrides with a reason", "[archive]")
{
    ArchiveFixture fixture;
    const QString path = fixture.work(QStringLiteral("case.qfa"));
    REQUIRE(fixture.exportCase(path).ok());
    const auto before = fixture.snapshotB();
    auto refused = fixture.importIntoB(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::UntrustedSigner);
    CHECK(fixture.snapshotB() == before);
    // The refusal itself is audited, with the archive it refused.
    auto refusals = storage::querySingleValue(fixture.b().admin().database(),
                                              QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = "
                                                             "'archive.import_refused' AND target_uid <> ''"));
    REQUIRE(refusals.ok());
    CHECK(refusals->toInt() == 1);

    // The auditor of B cannot override; the administrator can, and it is audited with the reason.
    {
        auto auditor =
            fixture.b().login(QStringLiteral("auditor"), test::TestVault::passwordOf(QStringLiteral("auditor")));
        REQUIRE(auditor.ok());
        const crypto::SecretBytes secret = test::passphrase();
        archive::ImportOptions options;
        options.path = path;
        options.passphrase = &secret;
        options.overrideUntrustedReason = QStringLiteral("电话核对指纹");
        auto denied = archive::ArchiveImporter(*auditor.value()).importArchive(options);
        REQUIRE_FALSE(denied.ok());
        CHECK(denied.code() == ErrorCode::PermissionDenied);
    }
    auto overridden = fixture.importIntoB(path, ArchiveFixture::kPassphrase, QStringLiteral("电话核对指纹"));
    INFO(overridden.message().toStdString());
    REQUIRE(overridden.ok());
    CHECK(overridden->added > 0);
    auto summary = storage::querySingleValue(fixture.b().admin().database(),
                                             QStringLiteral("SELECT summary FROM audit_entry WHERE action = "
                                                            "'archive.import' ORDER BY id DESC LIMIT 1"));
    REQUIRE(summary.ok());
    CHECK(summary->toString().contains(QStringLiteral("电话核对指纹")));

    // A revoked key is refused again.
    fixture.trustAinB();
    REQUIRE(archive::TrustList(fixture.b().admin())
                .revoke(archive::fingerprintOf(fixture.publicKeyOfA()), QStringLiteral("工作站丢失"))
                .ok());
    auto revoked = fixture.importIntoB(path);
    REQUIRE_FALSE(revoked.ok());
    CHECK(revoked.code() == ErrorCode::UntrustedSigner);
    CHECK(revoked.message().contains(QLatin1String("revoked")));
}

TEST_CASE("an attachment damaged in the vault stops the export and leaves no archive", "[archive]")
{
    ArchiveFixture fixture;
    {
        auto auditor = fixture.a().as(QStringLiteral("auditor"));
        // One part of the large attachment, in the middle of the file: the copy is well under way when it arrives.
        REQUIRE(storage::execute(auditor->database(),
                                 QStringLiteral("UPDATE attachment_chunk SET data = zeroblob(size) WHERE id = (SELECT "
                                                "p.chunk_id FROM attachment_part p JOIN attachment a ON a.id = "
                                                "p.attachment_id WHERE a.name = ? AND p.seq = 1)"),
                                 {QStringLiteral("转账.bin")})
                    .ok());
    }
    const QString path = fixture.work(QStringLiteral("damaged.qfa"));
    auto exported = fixture.exportCase(path);
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.code() == ErrorCode::Damaged);
    CHECK(exported.message().contains(QStringLiteral("转账.bin")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(fixture.work(QString())).entryList(QDir::Files).filter(QStringLiteral("damaged")).isEmpty());
}

TEST_CASE("an archive replaced on disk while it is imported does not get in: what is imported is what was checked",
          "[archive]")
{
    ArchiveFixture fixture;
    fixture.trustAinB();
    const QString path = fixture.work(QStringLiteral("trusted.qfa"));
    auto trusted = fixture.exportCase(path);
    REQUIRE(trusted.ok());

    // A vault that B does not trust makes an archive with the same passphrase.
    test::TestVault stranger;
    stranger.addUser(QStringLiteral("auditor"), access::Role::Auditor);
    const QString forged = fixture.work(QStringLiteral("forged.qfa"));
    {
        auto auditor =
            stranger.login(QStringLiteral("auditor"), test::TestVault::passwordOf(QStringLiteral("auditor")));
        REQUIRE(auditor.ok());
        const crypto::SecretBytes secret = test::passphrase();
        archive::ExportOptions options;
        options.scope = {archive::ExportScope::Kind::Vault, {}};
        options.outputPath = forged;
        options.keying.passphrase = &secret;
        options.keying.kdf = crypto::KdfParams::fastForTesting();
        REQUIRE(archive::ArchiveExporter(*auditor.value()).exportArchive(options).ok());
    }
    const auto strangerUser = storage::querySingleValue(
        stranger.admin().database(), QStringLiteral("SELECT uid FROM app_user WHERE login = 'auditor'"));
    REQUIRE(strangerUser.ok());

    // The first sign of progress swaps the stranger's file in under the name being imported.
    const crypto::SecretBytes secret = test::passphrase();
    archive::ImportOptions options;
    options.path = path;
    options.passphrase = &secret;
    bool swapped = false;
    options.progress = [&](qint64, qint64) {
        if (!swapped)
            swapped = QFile::remove(path) && QFile::rename(forged, path);
    };
    auto imported = archive::ArchiveImporter(fixture.b().admin()).importArchive(options);
    REQUIRE(swapped);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->archiveId == trusted->archiveId);
    CHECK(imported->trust == archive::SignerTrust::Trusted);
    auto aSession = fixture.a().as(QStringLiteral("auditor"));
    CHECK(test::caseDocuments(fixture.b().admin().database(), fixture.caseUid()) ==
          test::caseDocuments(aSession->database(), fixture.caseUid()));
    auto strangerInB = storage::querySingleValue(fixture.b().admin().database(),
                                                 QStringLiteral("SELECT count(*) FROM app_user WHERE uid = ?"),
                                                 {strangerUser->toString()});
    REQUIRE(strangerInB.ok());
    CHECK(strangerInB->toInt() == 0);

    // Imported on its own, the file now under that name is refused: its signer is not trusted.
    auto refused = fixture.importIntoB(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::UntrustedSigner);
}

TEST_CASE("a cancelled import says so and leaves the vault as it was", "[archive]")
{
    ArchiveFixture fixture;
    fixture.trustAinB();
    const QString path = fixture.work(QStringLiteral("case.qfa"));
    REQUIRE(fixture.exportCase(path).ok());
    const auto before = fixture.snapshotB();
    const crypto::SecretBytes secret = test::passphrase();
    std::atomic_bool cancel = false;
    archive::ImportOptions options;
    options.path = path;
    options.passphrase = &secret;
    options.cancel = &cancel;
    options.progress = [&](qint64, qint64) { cancel = true; };
    auto imported = archive::ArchiveImporter(fixture.b().admin()).importArchive(options);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.code() == ErrorCode::Cancelled);
    CHECK(fixture.snapshotB() == before);
}
