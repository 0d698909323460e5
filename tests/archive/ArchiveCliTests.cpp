#include "ArchiveFixture.h"
#include "CliTestSupport.h"
#include "TestFiles.h"
#include "archive/ArchiveFormat.h"
#include "cli/ExitCodes.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace qf;
using test::ArchiveFixture;
using test::readAll;
using test::writeAll;

TEST_CASE("archive verify tells apart a bad signature, a wrong key, a damaged file and an untrusted signer",
          "[archive][cli]")
{
    ArchiveFixture fixture;
    const QString good = fixture.work(QStringLiteral("good.qfa"));
    REQUIRE(fixture.exportCase(good).ok());
    const QString passFile =
        test::writeSecret(fixture.work(QStringLiteral("pass")), QString::fromLatin1(ArchiveFixture::kPassphrase));
    const QString wrongFile =
        test::writeSecret(fixture.work(QStringLiteral("wrong")), QStringLiteral("another passphrase"));
    const QString adminFile =
        test::writeSecret(fixture.work(QStringLiteral("admin")), QString::fromLatin1(test::TestVault::kAdminPassword));
    const QByteArray bytes = readAll(good);
    const QStringList inB = {QStringLiteral("--vault"),         fixture.b().path(),
                             QStringLiteral("--user"),          QStringLiteral("admin"),
                             QStringLiteral("--password-file"), adminFile};
    fixture.b().closeAdmin();

    auto verify = [&](const QString& path, const QString& pass, const QStringList& extra = {}) {
        return test::runCli(QStringList{QStringLiteral("archive"), QStringLiteral("verify"), path,
                                        QStringLiteral("--passphrase-file"), pass} +
                            extra);
    };
    const auto ok = verify(good, passFile);
    INFO(ok.err.toStdString());
    CHECK(ok.code == cli::ExitOk);
    CHECK(ok.out.contains(QLatin1String("intact")));

    CHECK(verify(good, wrongFile).code == cli::ExitLogin);

    const QString bad = fixture.work(QStringLiteral("bad.qfa"));
    writeAll(bad, bytes.left(bytes.size() / 2));
    CHECK(verify(bad, passFile).code == cli::ExitDamaged);

    QByteArray flipped = bytes;
    flipped[flipped.size() - 3] = static_cast<char>(flipped[flipped.size() - 3] ^ 0x01);
    writeAll(bad, flipped);
    CHECK(verify(bad, passFile).code == cli::ExitVerificationFailed);

    const auto untrusted = verify(good, passFile, inB);
    INFO(untrusted.err.toStdString());
    CHECK(untrusted.code == cli::ExitUntrustedSigner);
    const auto import = test::runCli(QStringList{QStringLiteral("archive"), QStringLiteral("import"), good,
                                                 QStringLiteral("--passphrase-file"), passFile} +
                                     inB);
    CHECK(import.code == cli::ExitUntrustedSigner);

    // The key file of A, trusted in B, then verify passes and import works; inspect lists the entries.
    const QString keyFile = fixture.work(QStringLiteral("a.pub"));
    const QString auditorFile = test::writeSecret(fixture.work(QStringLiteral("auditor")),
                                                  test::TestVault::passwordOf(QStringLiteral("auditor")));
    fixture.a().as(QStringLiteral("auditor")); // makes sure A is not held open by a leftover session
    {
        const auto key = fixture.publicKeyOfA();
        writeAll(keyFile, archive::publicKeyText(key, QStringLiteral("A")).toUtf8());
    }
    const auto added = test::runCli(QStringList{QStringLiteral("trust"), QStringLiteral("add"), keyFile,
                                                QStringLiteral("--label"), QStringLiteral("测试 A")} +
                                    inB);
    INFO(added.err.toStdString());
    CHECK(added.code == cli::ExitOk);
    CHECK(verify(good, passFile, inB).code == cli::ExitOk);
    const auto imported = test::runCli(QStringList{QStringLiteral("archive"), QStringLiteral("import"), good,
                                                   QStringLiteral("--passphrase-file"), passFile} +
                                       inB);
    INFO(imported.err.toStdString());
    CHECK(imported.code == cli::ExitOk);
    const auto listed = test::runCli(QStringList{QStringLiteral("archive"), QStringLiteral("inspect"), good,
                                                 QStringLiteral("--passphrase-file"), passFile});
    CHECK(listed.code == cli::ExitOk);
    CHECK(listed.out.contains(QLatin1String("case_file")));
    (void)auditorFile;
}
