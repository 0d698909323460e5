// doc render, in process: a draft rendered unnumbered, and an approved document printed in logged copies.
#include "CliTestSupport.h"
#include "PdfText.h"
#include "access/LoginService.h"
#include "cases/CaseService.h"
#include "cli/DemoData.h"
#include "cli/ExitCodes.h"
#include "documents/DocumentService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using test::CliRun;
using test::runCli;

namespace {

QStringList loginAs(const QString& vault, const QString& user)
{
    return {
        QStringLiteral("--vault"),         vault,
        QStringLiteral("--user"),          user,
        QStringLiteral("--password-file"), QFileInfo(vault).absoluteDir().filePath(user + QStringLiteral(".password"))};
}

} // namespace

TEST_CASE("doc render writes a draft preview, and with --approve numbered, logged copies", "[cli][documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vault = dir.filePath(QStringLiteral("demo/demo.qfv"));
    CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--vault"), vault, QStringLiteral("--scale"),
                          QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == cli::ExitOk);

    QString caseUid;
    {
        auto session =
            access::openSession(vault, QStringLiteral("liu.yang"),
                                crypto::SecretBytes::copyOf(cli::demoPassword(QStringLiteral("liu.yang")).toUtf8()));
        REQUIRE(session.ok());
        auto cases = cases::CaseService(*session.value()).list();
        REQUIRE(cases.ok());
        REQUIRE_FALSE(cases->isEmpty());
        caseUid = cases->first().uid;
    }

    const QString draft = dir.filePath(QStringLiteral("draft.pdf"));
    CliRun rendered = runCli(QStringList{QStringLiteral("doc"), QStringLiteral("render"), QStringLiteral("--template"),
                                         QStringLiteral("case_filing_decision"), QStringLiteral("--record"), caseUid,
                                         QStringLiteral("-o"), draft} +
                             loginAs(vault, QStringLiteral("wang.qiang")));
    INFO(rendered.err.toStdString());
    REQUIRE(rendered.code == cli::ExitOk);
    REQUIRE(QFileInfo::exists(draft));
    const QString draftText = test::pdfText(draft);
    INFO(draftText.toStdString());
    CHECK(draftText.contains(QStringLiteral("立案审查调查的决定")));
    CHECK_FALSE(draftText.contains(QStringLiteral("000001")));

    // --approve needs an approver.
    const QStringList approveArgs{QStringLiteral("doc"),        QStringLiteral("render"),
                                  QStringLiteral("--template"), QStringLiteral("case_filing_decision"),
                                  QStringLiteral("--record"),   caseUid,
                                  QStringLiteral("--approve"),  QStringLiteral("--copies"),
                                  QStringLiteral("2"),          QStringLiteral("--json"),
                                  QStringLiteral("-o"),         dir.filePath(QStringLiteral("final.pdf"))};
    CHECK(runCli(approveArgs + loginAs(vault, QStringLiteral("wang.qiang"))).code == cli::ExitPermissionDenied);
    CliRun approved = runCli(approveArgs + loginAs(vault, QStringLiteral("liu.yang")));
    INFO(approved.err.toStdString());
    REQUIRE(approved.code == cli::ExitOk);
    const QJsonObject result = QJsonDocument::fromJson(approved.out.toUtf8()).object();
    const QString number = result.value(QStringLiteral("number")).toString();
    CHECK_FALSE(number.isEmpty());
    CHECK(result.value(QStringLiteral("copies")).toInt() == 2);
    const QString finalText = test::pdfText(dir.filePath(QStringLiteral("final.pdf")));
    CHECK(finalText.contains(number));
    CHECK(finalText.contains(QStringLiteral("立案审查调查的决定")));
    CHECK(finalText.contains(QStringLiteral("000001")));
    CHECK(finalText.contains(QStringLiteral("000002")));

    // A template about one talk of the case needs --item naming it.
    const QStringList talkArgs{QStringLiteral("doc"),        QStringLiteral("render"),
                               QStringLiteral("--template"), QStringLiteral("talk_record"),
                               QStringLiteral("--record"),   caseUid,
                               QStringLiteral("-o"),         dir.filePath(QStringLiteral("talk.pdf"))};
    CliRun noItem = runCli(talkArgs + loginAs(vault, QStringLiteral("wang.qiang")));
    CHECK(noItem.code != cli::ExitOk);
    CHECK(noItem.err.contains(QLatin1String("choose which")));
    CliRun unknownItem = runCli(talkArgs + QStringList{QStringLiteral("--item"), QStringLiteral("no-such-talk")} +
                                loginAs(vault, QStringLiteral("wang.qiang")));
    CHECK(unknownItem.code != cli::ExitOk);
    INFO(unknownItem.err.toStdString());
    CHECK(unknownItem.err.contains(QLatin1String("no such talk record")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("talk.pdf"))));

    // Usage: no output file.
    CHECK(runCli(QStringList{QStringLiteral("doc"), QStringLiteral("render"), QStringLiteral("--template"),
                             QStringLiteral("case_filing_decision"), QStringLiteral("--record"), caseUid} +
                 loginAs(vault, QStringLiteral("liu.yang")))
              .code == cli::ExitUsage);
}
