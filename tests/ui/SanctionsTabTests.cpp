// The sanctions, recovery and transfers tabs of the case workspace and the staff register page on the offscreen
// platform: what core recorded is shown, the keyboard accelerators stay unique, and roles see only their buttons.
#include "../sanctions/SanctionSupport.h"
#include "CaseRecoveryTab.h"
#include "CaseSanctionsTab.h"
#include "CaseTransfersTab.h"
#include "CaseWorkspace.h"
#include "FormDialog.h"
#include "MainWindow.h"
#include "QtCatchText.h"
#include "StaffRegisterPage.h"
#include "cases/CoordinationService.h"
#include "cases/ReviewService.h"
#include "cases/StaffRegisterService.h"
#include "sanctions/AssetRecoveryService.h"
#include "sanctions/SanctionService.h"

#include <QApplication>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace qf;
using test::CaseFixture;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

template <typename Tab> Tab* shownTab(ui::CaseWorkspace& workspace, const char* objectName)
{
    auto* tab = workspace.findChild<Tab*>(QString::fromLatin1(objectName));
    REQUIRE(tab);
    workspace.tabs()->setCurrentWidget(tab);
    return tab;
}

QTableWidget* table(QWidget* parent, const char* objectName)
{
    auto* found = parent->findChild<QTableWidget*>(QString::fromLatin1(objectName));
    REQUIRE(found);
    return found;
}

QPushButton* button(QWidget* parent, const char* objectName)
{
    auto* found = parent->findChild<QPushButton*>(QString::fromLatin1(objectName));
    REQUIRE(found);
    return found;
}

// The tab titles, the tab's own buttons and the refresh button each need their own accelerator.
void checkAccelerators(ui::CaseWorkspace& workspace, QWidget* tab)
{
    QList<QKeySequence> keys;
    for (int i = 0; i < workspace.tabs()->count(); ++i)
        keys << QKeySequence::mnemonic(workspace.tabs()->tabText(i));
    for (QPushButton* b : tab->findChildren<QPushButton*>())
        keys << QKeySequence::mnemonic(b->text());
    keys << QKeySequence::mnemonic(workspace.findChild<QPushButton*>(QStringLiteral("refreshButton"))->text());
    CHECK_FALSE(keys.contains(QKeySequence()));
    CHECK(QSet<QKeySequence>(keys.begin(), keys.end()).size() == keys.size());
}

// Once the modal form is up, fills it in as a user would and presses OK; a refused form is closed, not left open.
void fillFormWhenShown(const std::function<void(ui::FormDialog*)>& fill)
{
    QTimer::singleShot(0, [fill] {
        auto* form = qobject_cast<ui::FormDialog*>(QApplication::activeModalWidget());
        if (!form)
            return;
        fill(form);
        form->accept();
        if (form->isVisible())
            form->reject();
    });
}

template <typename Widget> Widget* field(ui::FormDialog* form, const char* objectName)
{
    auto* found = form->findChild<Widget*>(QString::fromLatin1(objectName));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("A sanction and its execution feedback are recorded through the tab's forms", "[ui][sanctions]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    {
        auto reviewer = fixture.as(QStringLiteral("rev1"));
        ui::CaseWorkspace workspace(*reviewer, caseUid);
        auto* tab = shownTab<ui::CaseSanctionsTab>(workspace, "caseSanctionsTab");
        fillFormWhenShown([](ui::FormDialog* form) {
            auto* kind = field<QComboBox>(form, "sanctionKindComboBox");
            kind->setCurrentIndex(kind->findData(sanctions::sanctionKey(sanctions::SanctionKind::Demerit)));
            field<QLineEdit>(form, "decisionNumberEdit")->setText(QStringLiteral("苏纪处〔2026〕9号"));
            field<QPlainTextEdit>(form, "sanctionGroundsEdit")->setPlainText(QStringLiteral("违规收受礼金。"));
        });
        QTest::mouseClick(button(tab, "recordSanctionButton"), Qt::LeftButton);
        QTableWidget* sanctions = table(tab, "sanctionsTableWidget");
        REQUIRE(sanctions->rowCount() == 1);
        CHECK(sanctions->item(0, 2)->text() == QStringLiteral("苏纪处〔2026〕9号"));
        auto recorded = sanctions::SanctionService(*reviewer).sanctionsOf(caseUid);
        REQUIRE(recorded.ok());
        REQUIRE(recorded->size() == 1);
        CHECK(recorded->first().kind == sanctions::SanctionKind::Demerit);
        CHECK(recorded->first().reason == QStringLiteral("违规收受礼金。"));
    }
    auto lead = fixture.as(QStringLiteral("lead"));
    ui::CaseWorkspace workspace(*lead, caseUid);
    auto* tab = shownTab<ui::CaseSanctionsTab>(workspace, "caseSanctionsTab");
    QTableWidget* steps = table(tab, "executionTableWidget");
    REQUIRE(steps->rowCount() == 3);
    steps->selectRow(0);
    fillFormWhenShown([](ui::FormDialog* form) {
        field<QPlainTextEdit>(form, "executionFeedbackEdit")->setPlainText(QStringLiteral("已在全局大会上宣布"));
    });
    QTest::mouseClick(button(tab, "recordExecutionButton"), Qt::LeftButton);
    auto executed = sanctions::SanctionService(*lead).executionOf(caseUid);
    REQUIRE(executed.ok());
    CHECK(executed->first().doneOn == QDate::currentDate());
    CHECK(executed->first().feedback == QStringLiteral("已在全局大会上宣布"));
    CHECK(table(tab, "executionTableWidget")->item(0, 5)->text() == QStringLiteral("已在全局大会上宣布"));
}

TEST_CASE("The sanctions tab lists every version of a decision and the execution steps", "[ui][sanctions]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    {
        auto reviewer = fixture.as(QStringLiteral("rev1"));
        const QString person = test::subjectOf(*reviewer, caseUid);
        const QString warning = test::decideAsReviewer(
            fixture, caseUid, test::termsFor(person, sanctions::SanctionKind::MajorDemerit, date("2025-03-01")));
        test::decideAsReviewer(fixture, caseUid,
                               test::termsFor(person, sanctions::SanctionKind::Demotion, date("2025-03-02")));
        auto appeal = cases::CaseReviewService(*reviewer).lodgeAppeal(caseUid, QStringLiteral("郑国强"),
                                                                      QStringLiteral("不服"), date("2025-03-20"));
        REQUIRE(appeal.ok());
        REQUIRE(sanctions::SanctionService(*reviewer)
                    .reexamine({appeal.value(), warning, cases::AppealOutcome::Revoke, QStringLiteral("撤销原处分"),
                                QStringLiteral("苏纪复〔2025〕1号"), date("2025-04-01")})
                    .ok());
    }
    auto reviewer = fixture.as(QStringLiteral("rev1"));
    ui::CaseWorkspace workspace(*reviewer, caseUid);
    auto* tab = shownTab<ui::CaseSanctionsTab>(workspace, "caseSanctionsTab");
    checkAccelerators(workspace, tab);
    QTableWidget* sanctions = table(tab, "sanctionsTableWidget");
    REQUIRE(sanctions->rowCount() == 3);
    CHECK(sanctions->item(0, 1)->text() == sanctions::sanctionDisplayName(sanctions::SanctionKind::MajorDemerit));
    CHECK(sanctions->item(0, 6)->text() == ui::CaseSanctionsTab::tr("Replaced"));
    CHECK(sanctions->item(2, 6)->text() == ui::CaseSanctionsTab::tr("Revoked on appeal"));
    CHECK(sanctions->item(1, 6)->text() == ui::CaseSanctionsTab::tr("In force"));
    CHECK(sanctions->item(1, 2)->text() == QStringLiteral("苏纪处〔2025〕1号"));
    // Only the demotion's three steps are listed: the revoked major demerit needs no execution.
    QTableWidget* steps = table(tab, "executionTableWidget");
    REQUIRE(steps->rowCount() == 3);
    CHECK(steps->item(0, 1)->text() == sanctions::sanctionDisplayName(sanctions::SanctionKind::Demotion));
    CHECK(button(tab, "recordSanctionButton")->isEnabled());
    CHECK_FALSE(button(tab, "applyAppealButton")->isEnabled());
    sanctions->selectRow(1);
    CHECK(button(tab, "applyAppealButton")->isEnabled());
    CHECK(button(tab, "printDecisionButton")->isEnabled());
    steps->selectRow(0);
    CHECK_FALSE(button(tab, "recordExecutionButton")->isEnabled()); // reviewers do not record execution
    const QImage shot = workspace.grab().toImage();
    CHECK_FALSE(shot.isNull());
    if (qEnvironmentVariableIsSet("QF_SCREENSHOT_DIR"))
        shot.save(qEnvironmentVariable("QF_SCREENSHOT_DIR") + QStringLiteral("/sanctions_tab.png"));

    auto lead = fixture.as(QStringLiteral("lead"));
    ui::CaseWorkspace leadWorkspace(*lead, caseUid);
    auto* leadTab = shownTab<ui::CaseSanctionsTab>(leadWorkspace, "caseSanctionsTab");
    CHECK_FALSE(button(leadTab, "recordSanctionButton")->isEnabled());
    table(leadTab, "executionTableWidget")->selectRow(0);
    CHECK(button(leadTab, "recordExecutionButton")->isEnabled());
}

TEST_CASE("The recovery and transfers tabs show amounts, exit controls, transfers and assistance requests",
          "[ui][sanctions]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    REQUIRE(sanctions::AssetRecoveryService(*lead)
                .record(caseUid, 12345678, QStringLiteral("CNY"), date("2025-05-01"), QStringLiteral("主动退缴"))
                .ok());
    REQUIRE(sanctions::AssetRecoveryService(*lead)
                .record(caseUid, 100, QStringLiteral("CNY"), date("2025-05-02"), QStringLiteral("追缴"))
                .ok());
    cases::CoordinationService coordination(*lead);
    REQUIRE(coordination
                .recordTransfer({caseUid,
                                 true,
                                 QStringLiteral("police"),
                                 QStringLiteral("某市公安局"),
                                 {QStringLiteral("移送函"), QStringLiteral("证据材料")},
                                 date("2025-04-01"),
                                 date("2025-04-15")})
                .ok());
    REQUIRE(coordination
                .sendAssistanceRequest({caseUid, QStringLiteral("securities"), QStringLiteral("某证券公司"),
                                        QStringLiteral("证券账户持仓"), date("2025-04-01"), date("2025-04-10")})
                .ok());

    ui::CaseWorkspace workspace(*lead, caseUid);
    auto* recovery = shownTab<ui::CaseRecoveryTab>(workspace, "caseRecoveryTab");
    checkAccelerators(workspace, recovery);
    CHECK(table(recovery, "recoveriesTableWidget")->rowCount() == 2);
    auto* total = recovery->findChild<QLabel*>(QStringLiteral("recoveredTotalLabel"));
    REQUIRE(total);
    CHECK(total->text().contains(QStringLiteral("123,457.78 CNY")));
    CHECK(button(recovery, "requestExitControlButton")->isEnabled());

    auto* transfers = shownTab<ui::CaseTransfersTab>(workspace, "caseTransfersTab");
    checkAccelerators(workspace, transfers);
    QTableWidget* transferTable = table(transfers, "transfersTableWidget");
    REQUIRE(transferTable->rowCount() == 1);
    CHECK(transferTable->item(0, 1)->text() == QStringLiteral("某市公安局"));
    CHECK(transferTable->item(0, 3)->text() == QStringLiteral("移送函；证据材料"));
    CHECK(transferTable->item(0, 4)->foreground().color() == QColor(Qt::red)); // feedback overdue
    QTableWidget* requests = table(transfers, "assistanceRequestsTableWidget");
    REQUIRE(requests->rowCount() == 1);
    CHECK_FALSE(button(transfers, "printAssistanceLetterButton")->isEnabled());
    requests->selectRow(0);
    CHECK(button(transfers, "printAssistanceLetterButton")->isEnabled());
    CHECK(button(transfers, "recordAssistanceReplyButton")->isEnabled());
    if (qEnvironmentVariableIsSet("QF_SCREENSHOT_DIR"))
        workspace.grab().save(qEnvironmentVariable("QF_SCREENSHOT_DIR") + QStringLiteral("/transfers_tab.png"));
}

TEST_CASE("The staff register page lists staff for team assigners and lets administrators keep it", "[ui][staff]")
{
    CaseFixture fixture;
    fixture.openCaseWithTeam();
    {
        auto admin = fixture.as(QStringLiteral("admin"));
        cases::StaffRegisterService service(*admin);
        REQUIRE(service
                    .addCertification(QStringLiteral("inv"), QStringLiteral("JC-7"), date("2024-01-01"),
                                      QDate::currentDate().addYears(1))
                    .ok());
        REQUIRE(service.setTier(QStringLiteral("inv"), QStringLiteral("expert")).ok());
        REQUIRE(service.setOffice(QStringLiteral("inv"), QStringLiteral("inspection_3")).ok());
        ui::MainWindow window(*admin);
        CHECK(window.hasArea(ui::MainWindow::Area::Staff));
        REQUIRE(window.showArea(ui::MainWindow::Area::Staff));
        auto* page = qobject_cast<ui::StaffRegisterPage*>(window.page(ui::MainWindow::Area::Staff));
        REQUIRE(page);
        page->table()->selectRow(0);
        CHECK(button(page, "addCertificateButton")->isEnabled());
        CHECK(button(page, "setOfficeButton")->isEnabled());
        CHECK_FALSE(QKeySequence::mnemonic(button(page, "setOfficeButton")->text()).isEmpty());
        // The office form starts on the person's office; the choice is saved and shown.
        for (int row = 0; row < page->table()->rowCount(); ++row)
            if (page->table()->item(row, 1)->text() == QStringLiteral("inv"))
                page->table()->selectRow(row);
        QString offered;
        fillFormWhenShown([&offered](ui::FormDialog* form) {
            auto* office = field<QComboBox>(form, "officeComboBox");
            offered = office->currentData().toString();
            office->setCurrentIndex(office->findData(QStringLiteral("case_review")));
        });
        button(page, "setOfficeButton")->click();
        CHECK(offered == QStringLiteral("inspection_3"));
    }
    auto lead = fixture.as(QStringLiteral("lead"));
    ui::StaffRegisterPage page(*lead);
    page.reload();
    QTableWidget* staff = page.table();
    int invRow = -1;
    for (int row = 0; row < staff->rowCount(); ++row)
        if (staff->item(row, 1)->text() == QStringLiteral("inv"))
            invRow = row;
    REQUIRE(invRow >= 0);
    CHECK(staff->item(invRow, 4)->text() == ui::StaffRegisterPage::tierName(QStringLiteral("expert")));
    CHECK(staff->item(invRow, 5)->text() == QStringLiteral("案件审理室"));
    CHECK(staff->item(invRow, 6)->text().startsWith(QStringLiteral("苏纪案〔")));
    staff->selectRow(invRow);
    CHECK(button(&page, "addCertificateButton")->isHidden());
    CHECK(button(&page, "setOfficeButton")->isHidden());
    CHECK(button(&page, "showTrainingButton")->isEnabled());
    if (qEnvironmentVariableIsSet("QF_SCREENSHOT_DIR")) {
        page.resize(1000, 500);
        page.grab().save(qEnvironmentVariable("QF_SCREENSHOT_DIR") + QStringLiteral("/staff_register.png"));
    }

    auto inv = fixture.as(QStringLiteral("inv"));
    ui::MainWindow window(*inv);
    CHECK_FALSE(window.hasArea(ui::MainWindow::Area::Staff));
}
