// The case screens on the offscreen platform: a case taken from filing through review with the stage bar and the
// approval inbox, a failed guard shown with its reason, and the case list model.
#include "../cases/CaseFixture.h"
#include "ApprovalInboxPage.h"
#include "CaseListModel.h"
#include "CaseOverviewTab.h"
#include "CaseWorkspace.h"
#include "CasesPage.h"
#include "DecisionDialog.h"
#include "FileCaseDialog.h"
#include "FormDialog.h"
#include "MeasureValidityDialog.h"
#include "PendingMeasuresPanel.h"
#include "StageBar.h"
#include "TalkRecordDialog.h"
#include "cases/CaseService.h"
#include "cases/MeasureService.h"
#include "cases/ReviewService.h"
#include "decisions/DecisionService.h"
#include "demo/DemoDataService.h"
#include "leads/LeadService.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace qf;
using test::CaseFixture;

namespace {

// Fills in the next FormDialog that opens (a comment or a reason) and presses OK, as a user would.
void answerNextForm(const QString& text)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, text] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            auto* form = qobject_cast<ui::FormDialog*>(window);
            if (!form || !form->isVisible())
                continue;
            timer->stop();
            timer->deleteLater();
            if (auto* edit = form->findChild<QPlainTextEdit*>())
                edit->setPlainText(text);
            form->accept();
            return;
        }
    });
    timer->start();
}

QPushButton* requestButton(ui::StageBar* bar, const QString& transitionId)
{
    for (QPushButton* button : bar->findChildren<QPushButton*>(QStringLiteral("requestButton")))
        if (button->property("transitionId").toString() == transitionId)
            return button;
    return nullptr;
}

// The requester asks for the transition on the workspace's stage bar.
void requestOnStageBar(CaseFixture& fixture, const QString& caseUid, const QString& login, const QString& transition)
{
    auto session = fixture.as(login);
    ui::CaseWorkspace workspace(*session, caseUid);
    QPushButton* button = requestButton(workspace.stageBar(), transition);
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    answerNextForm(QStringLiteral("请审批：%1").arg(transition));
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK_FALSE(requestButton(workspace.stageBar(), transition));
    CHECK(workspace.stageBar()->findChild<QLabel*>(QStringLiteral("pendingRequestLabel")));
}

// The approver approves the only request in their inbox.
void approveInInbox(CaseFixture& fixture, const QString& login)
{
    auto session = fixture.as(login);
    ui::ApprovalInboxPage inbox(*session);
    inbox.reload();
    REQUIRE(inbox.pendingCount() == 1);
    auto* approve = inbox.findChild<QPushButton*>(QStringLiteral("approveButton"));
    REQUIRE(approve);
    REQUIRE(approve->isEnabled());
    answerNextForm(QStringLiteral("同意"));
    QTest::mouseClick(approve, Qt::LeftButton);
    CHECK(inbox.pendingCount() == 0);
}

void recordDecisionInDialog(CaseFixture& fixture, const QString& caseUid, const QString& meetingType)
{
    auto boss = fixture.as(QStringLiteral("boss"));
    ui::DecisionDialog dialog(*boss, caseUid);
    auto* type = dialog.findChild<QComboBox*>(QStringLiteral("meetingTypeComboBox"));
    REQUIRE(type);
    type->setCurrentIndex(type->findData(meetingType));
    for (int i = 0; i < 5; ++i)
        dialog.addMember({QStringLiteral("委员%1").arg(i + 1), true,
                          i == 2 ? QStringLiteral("保留意见") : QStringLiteral("同意"), i == 2});
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("conclusionEdit"))->setPlainText(QStringLiteral("同意立案。"));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("decidedItemsEdit"))->setPlainText(QStringLiteral("立案审查"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.recordedUid().isEmpty());
}

void assignInTeamTab(CaseFixture& fixture, const QString& caseUid, const QString& login, cases::TeamRole role)
{
    auto boss = fixture.as(QStringLiteral("boss"));
    ui::CaseWorkspace workspace(*boss, caseUid);
    auto* edit = workspace.findChild<QLineEdit*>(QStringLiteral("assignLoginEdit"));
    auto* roles = workspace.findChild<QComboBox*>(QStringLiteral("teamRoleComboBox"));
    auto* assign = workspace.findChild<QPushButton*>(QStringLiteral("assignButton"));
    REQUIRE(edit);
    REQUIRE(roles);
    REQUIRE(assign);
    edit->setText(login);
    roles->setCurrentIndex(roles->findData(static_cast<int>(role)));
    QTest::mouseClick(assign, Qt::LeftButton);
    CHECK(edit->text().isEmpty());
    bool found = false;
    for (const cases::TeamMember& member : workspace.currentCase().team)
        found = found || (member.login == login && member.role == role);
    CHECK(found);
}

// Registers another lead about a new subject and disposes of it for filing.
QString fileableLead(CaseFixture& fixture, const QString& subjectName)
{
    QString uid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        leads::LeadDraft draft;
        draft.source = QStringLiteral("report");
        draft.summary = QStringLiteral("反映%1违规收受礼金").arg(subjectName);
        people::Person subject;
        subject.name = subjectName;
        subject.unit = QStringLiteral("某县财政局");
        draft.subjects << subject;
        auto registered = leads::LeadService(*lead).registerLead(draft);
        REQUIRE(registered.ok());
        uid = registered->uid;
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    REQUIRE(leads::LeadService(*boss).decideSingly(uid, leads::Disposition::FileCase, QStringLiteral("拟立案")).ok());
    return uid;
}

} // namespace

TEST_CASE("A case goes from filing through review in the case workspace", "[ui][cases]")
{
    CaseFixture fixture;
    QString caseUid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        ui::CasesPage page(*lead);
        page.reload();
        CHECK(page.model()->rowCount() == 0);
        // Open case from lead…: the dialog lists the eligible lead; OK files it and opens the workspace.
        QTimer::singleShot(0, [] {
            for (QWidget* window : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<ui::FileCaseDialog*>(window)) {
                    auto* leads = dialog->findChild<QListWidget*>(QStringLiteral("leadListWidget"));
                    CHECK(leads->count() == 1);
                    dialog->findChild<QLineEdit*>(QStringLiteral("caseTitleEdit"))
                        ->setText(QStringLiteral("郑国强受贿案"));
                    dialog->accept();
                }
            }
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("fileCaseButton")), Qt::LeftButton);
        REQUIRE(page.model()->rowCount() == 1);
        caseUid = page.model()->data(page.model()->index(0, 0), ui::CaseListModel::UidRole).toString();
        auto* workspace = page.findChild<ui::CaseWorkspace*>();
        REQUIRE(workspace);
        CHECK(workspace->currentCase().uid == caseUid);
        CHECK(workspace->currentCase().title == QStringLiteral("郑国强受贿案"));
        auto* current = workspace->findChild<QLabel*>(QStringLiteral("verificationStageLabel"));
        REQUIRE(current);
        CHECK(current->property("current").toBool());
    }
    assignInTeamTab(fixture, caseUid, QStringLiteral("lead"), cases::TeamRole::LeadInvestigator);
    assignInTeamTab(fixture, caseUid, QStringLiteral("inv"), cases::TeamRole::Member);

    recordDecisionInDialog(fixture, caseUid, QStringLiteral("standing_committee"));
    requestOnStageBar(fixture, caseUid, QStringLiteral("lead"), QStringLiteral("file"));
    CHECK(fixture.stageOf(caseUid) == QStringLiteral("verification"));
    approveInInbox(fixture, QStringLiteral("boss"));
    CHECK(fixture.stageOf(caseUid) == QStringLiteral("filed"));

    requestOnStageBar(fixture, caseUid, QStringLiteral("lead"), QStringLiteral("start_investigation"));
    approveInInbox(fixture, QStringLiteral("boss"));
    CHECK(fixture.stageOf(caseUid) == QStringLiteral("investigation"));

    QString measureUid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        auto requested = cases::MeasureService(*lead).request(
            {caseUid, QStringLiteral("talk"), QStringLiteral("《监督执纪工作规则》"), QStringLiteral("核实受贿事实"),
             QStringLiteral("郑国强")});
        REQUIRE(requested.ok());
        measureUid = requested.value();
    }
    {
        // The approver finds the measure in the inbox and approves it for a period that began two hours ago.
        auto boss = fixture.as(QStringLiteral("boss"));
        ui::ApprovalInboxPage inbox(*boss);
        inbox.reload();
        REQUIRE(inbox.measures()->pendingCount() == 1);
        auto* table = inbox.findChild<QTableWidget*>(QStringLiteral("pendingMeasuresTableWidget"));
        REQUIRE(table);
        table->selectRow(0);
        QTimer::singleShot(0, [] {
            for (QWidget* window : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<ui::MeasureValidityDialog*>(window);
                if (!dialog || !dialog->isVisible())
                    continue;
                auto* from = dialog->findChild<QDateTimeEdit*>(QStringLiteral("validFromDateTimeEdit"));
                from->setDateTime(QDateTime::currentDateTime().addSecs(-7200));
                dialog->accept();
            }
        });
        QTest::mouseClick(inbox.findChild<QPushButton*>(QStringLiteral("approveMeasureButton")), Qt::LeftButton);
        CHECK(inbox.measures()->pendingCount() == 0);
        REQUIRE(decisions::DecisionService(*boss)
                    .record(CaseFixture::decision(caseUid, QStringLiteral("case_meeting")))
                    .ok());
    }
    {
        // The stage bar names the open measure until the talk is recorded.
        auto lead = fixture.as(QStringLiteral("lead"));
        ui::CaseWorkspace workspace(*lead, caseUid);
        CHECK_FALSE(requestButton(workspace.stageBar(), QStringLiteral("transfer_to_review"))->isEnabled());
        ui::TalkRecordDialog talk(*lead, caseUid, measureUid, QStringLiteral("郑国强"));
        talk.findChild<QLineEdit*>(QStringLiteral("venueEdit"))->setText(QStringLiteral("市纪委谈话室1"));
        const QDateTime start = QDateTime::currentDateTime().addSecs(-1800);
        talk.findChild<QDateTimeEdit*>(QStringLiteral("startDateTimeEdit"))->setDateTime(start);
        talk.findChild<QDateTimeEdit*>(QStringLiteral("endDateTimeEdit"))->setDateTime(start.addSecs(1500));
        talk.findChild<QLineEdit*>(QStringLiteral("staffEdit"))->setText(QStringLiteral("lead, inv"));
        talk.findChild<QPlainTextEdit*>(QStringLiteral("contentEdit"))->setPlainText(QStringLiteral("问：……答：……"));
        talk.accept();
        REQUIRE(talk.result() == QDialog::Accepted);
    }
    requestOnStageBar(fixture, caseUid, QStringLiteral("lead"), QStringLiteral("transfer_to_review"));
    approveInInbox(fixture, QStringLiteral("boss"));
    CHECK(fixture.stageOf(caseUid) == QStringLiteral("review"));

    assignInTeamTab(fixture, caseUid, QStringLiteral("rev1"), cases::TeamRole::Reviewer);
    assignInTeamTab(fixture, caseUid, QStringLiteral("rev2"), cases::TeamRole::Reviewer);
    {
        auto rev1 = fixture.as(QStringLiteral("rev1"));
        cases::CaseReviewService review(*rev1);
        REQUIRE(review
                    .recordReview(caseUid, QStringLiteral("report"), QStringLiteral("审理报告：事实清楚。"),
                                  QDate::currentDate())
                    .ok());
        REQUIRE(review
                    .recordReview(caseUid, QStringLiteral("defence"), QStringLiteral("被审查人申辩意见"),
                                  QDate::currentDate())
                    .ok());
    }
    recordDecisionInDialog(fixture, caseUid, QStringLiteral("review_meeting"));
    requestOnStageBar(fixture, caseUid, QStringLiteral("rev1"), QStringLiteral("decide"));
    approveInInbox(fixture, QStringLiteral("boss"));
    CHECK(fixture.stageOf(caseUid) == QStringLiteral("decision"));

    {
        // The timeline holds every step, and the decisions tab lists both meetings.
        auto boss = fixture.as(QStringLiteral("boss"));
        ui::CaseWorkspace workspace(*boss, caseUid);
        auto* timeline = workspace.findChild<QTableWidget*>(QStringLiteral("timelineTableWidget"));
        REQUIRE(timeline);
        int approvals = 0;
        for (int row = 0; row < timeline->rowCount(); ++row)
            approvals += timeline->item(row, 2)->text() == QStringLiteral("Stage change approved") ? 1 : 0;
        CHECK(approvals == 4);
        auto* decisionsTable = workspace.findChild<QTableWidget*>(QStringLiteral("decisionsTableWidget"));
        REQUIRE(decisionsTable);
        CHECK(decisionsTable->rowCount() == 3);
        auto* current = workspace.findChild<QLabel*>(QStringLiteral("decisionStageLabel"));
        REQUIRE(current);
        CHECK(current->property("current").toBool());
    }
}

TEST_CASE("The stage bar shows a failed guard with its reason", "[ui][cases]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    ui::StageBar bar(*lead);
    bar.setCase(caseUid, QStringLiteral("verification"));
    const QList<QLabel*> guards = bar.findChildren<QLabel*>(QStringLiteral("guardLabel"));
    REQUIRE(guards.size() == 1);
    CHECK(guards.first()->property("guard").toString() == QStringLiteral("collective_decision"));
    CHECK_FALSE(guards.first()->property("passed").toBool());
    CHECK(guards.first()->text().contains(QStringLiteral("no valid collective decision")));
    QPushButton* request = requestButton(&bar, QStringLiteral("file"));
    REQUIRE(request);
    CHECK_FALSE(request->isEnabled());
    auto* current = bar.findChild<QLabel*>(QStringLiteral("verificationStageLabel"));
    REQUIRE(current);
    CHECK(current->property("current").toBool());
    CHECK(bar.findChildren<QLabel*>().size() > 8);
}

TEST_CASE("A refusal in the inbox needs a reason", "[ui][cases]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    {
        auto boss = fixture.as(QStringLiteral("boss"));
        REQUIRE(decisions::DecisionService(*boss)
                    .record(CaseFixture::decision(caseUid, QStringLiteral("standing_committee")))
                    .ok());
    }
    requestOnStageBar(fixture, caseUid, QStringLiteral("lead"), QStringLiteral("file"));
    auto boss = fixture.as(QStringLiteral("boss"));
    ui::ApprovalInboxPage inbox(*boss);
    inbox.reload();
    REQUIRE(inbox.pendingCount() == 1);
    bool refusedEmpty = false;
    QTimer::singleShot(0, [&refusedEmpty] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            auto* form = qobject_cast<ui::FormDialog*>(window);
            if (!form || !form->isVisible())
                continue;
            form->accept(); // empty: stays open and says what is missing
            refusedEmpty =
                form->isVisible() && form->findChild<QLabel*>(QStringLiteral("formErrorLabel"))->isVisibleTo(form);
            form->findChild<QPlainTextEdit*>()->setPlainText(QStringLiteral("材料不全"));
            form->accept();
        }
    });
    QTest::mouseClick(inbox.findChild<QPushButton*>(QStringLiteral("refuseButton")), Qt::LeftButton);
    CHECK(refusedEmpty);
    CHECK(inbox.pendingCount() == 0);
    CHECK(cases::CaseService(*boss).caseFile(caseUid)->stage == QStringLiteral("verification"));
}

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
} // namespace

TEST_CASE("The case list model loads in batches and passes the model tester", "[ui][cases]")
{
    CaseFixture fixture;
    fixture.openCaseWithTeam();
    const QStringList extra{fileableLead(fixture, QStringLiteral("王某")),
                            fileableLead(fixture, QStringLiteral("李某"))};
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        for (const QString& leadUid : extra)
            REQUIRE(cases::CaseService(*lead).fileCase(leadUid, {}).ok());
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    modelTestFailures = 0;
    previousHandler = qInstallMessageHandler(countModelTestFailures);
    const auto restore = qScopeGuard([] { qInstallMessageHandler(previousHandler); });
    ui::CaseListModel model(*boss);
    model.setPageSize(2);
    model.reload();
    CHECK(model.rowCount() == 2);
    CHECK(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 3);
    CHECK(model.data(model.index(0, ui::CaseListModel::StageColumn)).toString() ==
          QStringLiteral("Preliminary verification"));
    CHECK_FALSE(model.data(model.index(0, ui::CaseListModel::DueColumn)).toString().isEmpty());
    model.setStageFilter(QStringLiteral("filed"));
    CHECK(model.rowCount() == 0);
    model.setStageFilter(QStringLiteral("verification"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 3);
    // Three months on, the two-month verification deadline has passed: the rows say so.
    model.setReferenceDate(QDate::currentDate().addMonths(3));
    model.reload();
    REQUIRE(model.rowCount() > 0);
    CHECK(model.data(model.index(0, 0), ui::CaseListModel::OverdueRole).toBool());
    CHECK(model.data(model.index(0, ui::CaseListModel::DueColumn)).toString().contains(QStringLiteral("overdue")));
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(modelTestFailures == 0);
}

TEST_CASE("every event of a demo case's timeline has a name, none shows its internal action key", "[ui][case]")
{
    qf::test::TestVault vault;
    vault.addDemoStaff();
    qf::demo::DemoDataService demo(vault.admin());
    REQUIRE(demo.markAsDemoVault().ok());
    REQUIRE(demo.generate(2, 7).ok());
    auto actions = qf::storage::runQuery(
        vault.admin().database(), QStringLiteral("SELECT DISTINCT action FROM audit_entry WHERE target_type = 'case'"));
    REQUIRE(actions.ok());
    int seen = 0;
    while (actions->next()) {
        const QString action = actions->value(0).toString();
        INFO(action.toStdString());
        CHECK(qf::ui::CaseOverviewTab::eventName(action) != action);
        ++seen;
    }
    CHECK(seen >= 8);
}
