#include "PdfText.h"
#include "SanctionSupport.h"
#include "cases/CoordinationService.h"
#include "sanctions/SanctionDocuments.h"
#include "sanctions/SanctionService.h"
#include "storage/SettingsRepository.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using sanctions::SanctionKind;
using test::CaseFixture;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The text of the printed PDF without line breaks or spaces, so phrases split across lines still match.
QString printed(access::Session& session, const Result<cases::CaseLetter>& letter, const QString& path)
{
    REQUIRE(letter.ok());
    auto pages = cases::printCaseLetterToPdf(session, letter.value(), path);
    if (!pages.ok())
        FAIL(pages.message().toStdString());
    CHECK(test::pdfPageCount(path) == pages.value());
    return test::pdfText(path).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("the sanction decision prints its title, number, grounds, period and the right to appeal",
          "[sanctions][documents]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    const QString person = test::subjectOf(*reviewer, caseUid);
    auto terms =
        test::termsFor(person, SanctionKind::PartyProbation, date("2025-03-10"), QStringLiteral("苏纪处〔2025〕15号"));
    terms.probationYears = 2;
    const QString uid = test::decideAsReviewer(fixture, caseUid, terms);
    QTemporaryDir dir;
    const QString text = printed(*reviewer, sanctions::SanctionDocuments(*reviewer).decision(uid),
                                 dir.filePath(QStringLiteral("decision.pdf")));
    CHECK(text.contains(QStringLiteral("关于给予郑国强留党察看二年处分的决定")));
    CHECK(text.contains(QStringLiteral("苏纪处〔2025〕15号")));
    CHECK(text.contains(QStringLiteral("收受财物")));
    CHECK(text.contains(QStringLiteral("2025年3月10日")));
    CHECK(text.contains(QStringLiteral("24个月内")));
    CHECK(text.contains(QStringLiteral("提出申诉")));
    CHECK(text.contains(QStringLiteral("没有表决权")));
    // Each printed copy of the decision gets the next copy number (份号).
    CHECK(text.contains(QStringLiteral("000001")));
    const QString reprint = printed(*reviewer, sanctions::SanctionDocuments(*reviewer).decision(uid),
                                    dir.filePath(QStringLiteral("reprint.pdf")));
    CHECK(reprint.contains(QStringLiteral("000002")));
    CHECK_FALSE(reprint.contains(QStringLiteral("000001")));

    auto auditor = fixture.as(QStringLiteral("auditor"));
    CHECK(sanctions::SanctionDocuments(*auditor).decision(uid).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("the execution feedback form and the reminder to the executing unit print the state of each step",
          "[sanctions][documents]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    QString uid;
    {
        auto reviewer = fixture.as(QStringLiteral("rev1"));
        const QString person = test::subjectOf(*reviewer, caseUid);
        auto terms = test::termsFor(person, SanctionKind::DismissalFromPost, date("2025-03-10"));
        terms.executingUnit = QStringLiteral("某市交通运输局党组");
        uid = test::decideAsReviewer(fixture, caseUid, terms);
    }
    auto lead = fixture.as(QStringLiteral("lead"));
    sanctions::SanctionService service(*lead);
    auto steps = service.executionOf(caseUid);
    REQUIRE(steps.ok());
    REQUIRE(steps->size() == 3);
    REQUIRE(
        service.recordExecution(steps->at(0).uid, date("2025-03-20"), QStringLiteral("已向本人及所在单位宣布")).ok());

    sanctions::SanctionDocuments documents(*lead);
    QTemporaryDir dir;
    const QString form = printed(*lead, documents.executionFeedback(uid), dir.filePath(QStringLiteral("form.pdf")));
    CHECK(form.contains(QStringLiteral("处分执行情况反馈表")));
    CHECK(form.contains(QStringLiteral("撤职")));
    CHECK(form.contains(QStringLiteral("已于2025年3月20日完成")));
    CHECK(form.contains(QStringLiteral("尚未完成")));
    CHECK(form.contains(QStringLiteral("2025年9月10日")));
    CHECK(form.contains(QStringLiteral("已向本人及所在单位宣布")));

    // On 2025-04-11 the job and pay changes are a day overdue; the report is not due for months.
    CHECK(documents.executionReminder(uid, date("2025-03-11"), date("2025-03-20")).code() == ErrorCode::Invalid);
    const QString reminder = printed(*lead, documents.executionReminder(uid, date("2025-04-11"), date("2025-04-25")),
                                     dir.filePath(QStringLiteral("reminder.pdf")));
    CHECK(reminder.contains(QStringLiteral("某市交通运输局党组")));
    CHECK(reminder.contains(QStringLiteral("职务、职级、工资等相应变更")));
    CHECK(reminder.contains(QStringLiteral("已逾期")));
    CHECK(reminder.contains(QStringLiteral("2025年4月25日")));
    CHECK_FALSE(reminder.contains(QStringLiteral("报告执行情况（")));
}

TEST_CASE("the assistance request letter names the recipient, the request and the deadline",
          "[coordination][documents]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    cases::CoordinationService service(*lead);
    cases::AssistanceRequestDraft draft{caseUid,
                                        QStringLiteral("telecom"),
                                        QStringLiteral("某电信运营商某市分公司"),
                                        QStringLiteral("郑国强使用的手机号码2024年通话记录"),
                                        date("2025-04-03"),
                                        date("2025-04-18")};
    auto uid = service.sendAssistanceRequest(draft);
    REQUIRE(uid.ok());
    QTemporaryDir dir;
    const QString text =
        printed(*lead, service.assistanceLetter(uid.value()), dir.filePath(QStringLiteral("assistance.pdf")));
    CHECK(text.contains(QStringLiteral("协查函")));
    CHECK(text.contains(QStringLiteral("某电信运营商某市分公司")));
    CHECK(text.contains(QStringLiteral("2024年通话记录")));
    CHECK(text.contains(QStringLiteral("2025年4月18日")));
    auto case_ = storage::SettingsRepository(lead->database()).value(storage::settingkeys::organName);
    REQUIRE(case_.ok());
    CHECK(text.contains(case_.value().remove(QRegularExpression(QStringLiteral("\\s")))));
}
