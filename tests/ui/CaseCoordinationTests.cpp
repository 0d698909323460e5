// The coordination tab of the case workspace on the offscreen platform: the supervising leader, a joint handling
// partner, a jurisdiction dispute raised, escalated and decided, and an error accountability record, each checked
// through core afterwards.
#include "../cases/CaseFixture.h"
#include "CaseCoordinationTab.h"
#include "CaseWorkspace.h"
#include "FormDialog.h"
#include "StageBar.h"
#include "cases/AccountabilityService.h"
#include "cases/CaseRecords.h"
#include "cases/CaseService.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

using namespace qf;
using test::CaseFixture;

namespace {

// Fills in the next FormDialog that opens with `fill` and presses OK, as a user would.
void answerNextForm(std::function<void(ui::FormDialog*)> fill)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, fill = std::move(fill)] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            auto* form = qobject_cast<ui::FormDialog*>(window);
            if (!form || !form->isVisible())
                continue;
            timer->stop();
            timer->deleteLater();
            fill(form);
            form->accept();
            if (form->isVisible()) // refused: give up rather than hang
                form->reject();
            return;
        }
    });
    timer->start();
}

void setLine(ui::FormDialog* form, const QString& name, const QString& text)
{
    auto* edit = form->findChild<QLineEdit*>(name);
    REQUIRE(edit);
    edit->setText(text);
}

void setText(ui::FormDialog* form, const QString& name, const QString& text)
{
    auto* edit = form->findChild<QPlainTextEdit*>(name);
    REQUIRE(edit);
    edit->setPlainText(text);
}

QPushButton* button(QWidget* parent, const QString& name)
{
    auto* found = parent->findChild<QPushButton*>(name);
    REQUIRE(found);
    return found;
}

QChar mnemonic(const QString& text)
{
    const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
    return at < 0 ? QChar() : text.at(at + 1).toLower();
}

QSet<QString> timelineActions(CaseFixture& fixture, const QString& caseUid)
{
    auto boss = fixture.as(QStringLiteral("boss"));
    auto timeline = cases::CaseRecords(*boss).timeline(caseUid);
    REQUIRE(timeline.ok());
    QSet<QString> actions;
    for (const audit::AuditEntry& entry : timeline.value())
        actions.insert(entry.action);
    return actions;
}

} // namespace

TEST_CASE("The coordination tab sets the leader, adds partners, settles disputes and records accountability",
          "[ui][cases]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();

    {
        // The approver sets the supervising leader.
        auto boss = fixture.as(QStringLiteral("boss"));
        ui::CaseWorkspace workspace(*boss, caseUid);
        auto* tab = workspace.findChild<ui::CaseCoordinationTab*>(QStringLiteral("caseCoordinationTab"));
        REQUIRE(tab);
        auto* tabs = workspace.findChild<QTabWidget*>(QStringLiteral("caseTabWidget"));
        REQUIRE(tabs);
        const int index = tabs->indexOf(tab);
        REQUIRE(index >= 0);
        // Keyboard paths: the tab titles and the tab's own buttons each have their own accelerator.
        QList<QChar> keys;
        for (int i = 0; i < tabs->count(); ++i)
            keys << mnemonic(tabs->tabText(i));
        for (QPushButton* b : tab->findChildren<QPushButton*>())
            keys << mnemonic(b->text());
        keys << mnemonic(button(&workspace, QStringLiteral("refreshButton"))->text());
        QSet<QChar> stageKeys; // the stage bar's request buttons share one accelerator
        for (QPushButton* b : workspace.stageBar()->findChildren<QPushButton*>())
            stageKeys.insert(mnemonic(b->text()));
        keys += stageKeys.values();
        CHECK_FALSE(keys.contains(QChar()));
        CHECK(QSet<QChar>(keys.begin(), keys.end()).size() == keys.size());
        QPushButton* setLeader = button(tab, QStringLiteral("setLeaderButton"));
        CHECK_FALSE(setLeader->isHidden());
        REQUIRE(setLeader->isEnabled());
        answerNextForm(
            [](ui::FormDialog* form) { setLine(form, QStringLiteral("leaderLoginEdit"), QStringLiteral("boss2")); });
        QTest::mouseClick(setLeader, Qt::LeftButton);
        CHECK(cases::CaseService(*boss).caseFile(caseUid)->supervisingLeader == QStringLiteral("boss2"));
        auto* leader = tab->findChild<QLabel*>(QStringLiteral("supervisingLeaderLabel"));
        REQUIRE(leader);
        CHECK(leader->text() == QStringLiteral("boss2"));
        CHECK_FALSE(button(tab, QStringLiteral("raiseDisputeButton"))->isEnabled()); // approvers do not work cases
    }
    QString disputeUid;
    {
        // The lead investigator adds a partner, raises a dispute and escalates it.
        auto lead = fixture.as(QStringLiteral("lead"));
        ui::CaseWorkspace workspace(*lead, caseUid);
        auto* tab = workspace.findChild<ui::CaseCoordinationTab*>(QStringLiteral("caseCoordinationTab"));
        REQUIRE(tab);
        CHECK(button(tab, QStringLiteral("setLeaderButton"))->isHidden());
        CHECK(tab->findChild<QGroupBox*>(QStringLiteral("accountabilityGroupBox"))->isHidden());

        answerNextForm([](ui::FormDialog* form) {
            setLine(form, QStringLiteral("partnerAgencyEdit"), QStringLiteral("某市公安局"));
            setText(form, QStringLiteral("partnerResponsibilitiesEdit"), QStringLiteral("协助调取通话记录"));
        });
        QTest::mouseClick(button(tab, QStringLiteral("addPartnerButton")), Qt::LeftButton);
        auto* partners = tab->findChild<QTableWidget*>(QStringLiteral("jointPartnersTableWidget"));
        REQUIRE(partners);
        REQUIRE(partners->rowCount() == 1);
        CHECK(partners->item(0, 0)->text() == QStringLiteral("某市公安局"));

        answerNextForm([](ui::FormDialog* form) {
            setLine(form, QStringLiteral("disputePartiesEdit"), QStringLiteral("市纪委监委、区纪委监委"));
            setText(form, QStringLiteral("disputeNoteEdit"), QStringLiteral("双方均主张管辖"));
        });
        QTest::mouseClick(button(tab, QStringLiteral("raiseDisputeButton")), Qt::LeftButton);
        auto* disputes = tab->findChild<QTableWidget*>(QStringLiteral("disputesTableWidget"));
        REQUIRE(disputes);
        REQUIRE(disputes->rowCount() == 1);
        QPushButton* escalate = button(tab, QStringLiteral("escalateDisputeButton"));
        CHECK_FALSE(escalate->isEnabled());
        disputes->selectRow(0);
        REQUIRE(escalate->isEnabled());
        CHECK_FALSE(button(tab, QStringLiteral("decideDisputeButton"))->isEnabled());
        answerNextForm([](ui::FormDialog* form) {
            setText(form, QStringLiteral("disputeStepNoteEdit"), QStringLiteral("协商未果，报上级"));
        });
        QTest::mouseClick(escalate, Qt::LeftButton);

        auto records = cases::CaseRecords(*lead).disputes(caseUid);
        REQUIRE(records.ok());
        REQUIRE(records->size() == 1);
        disputeUid = records->first().uid;
        CHECK(records->first().status == QStringLiteral("escalated"));
        CHECK(records->first().level == 1);
        CHECK(records->first().raisedBy == QStringLiteral("lead"));
        CHECK(disputes->item(0, 1)->text() == ui::CaseCoordinationTab::disputeStatusName(QStringLiteral("escalated")));
        auto partnerRecords = cases::CaseRecords(*lead).jointPartners(caseUid);
        REQUIRE(partnerRecords.ok());
        REQUIRE(partnerRecords->size() == 1);
        CHECK(partnerRecords->first().responsibilities == QStringLiteral("协助调取通话记录"));
        CHECK(cases::CaseRecords(*lead).accountability(caseUid).code() == ErrorCode::PermissionDenied);
    }
    {
        // The approver decides the dispute and records an accountability item.
        auto boss = fixture.as(QStringLiteral("boss"));
        ui::CaseWorkspace workspace(*boss, caseUid);
        auto* tab = workspace.findChild<ui::CaseCoordinationTab*>(QStringLiteral("caseCoordinationTab"));
        REQUIRE(tab);
        auto* disputes = tab->findChild<QTableWidget*>(QStringLiteral("disputesTableWidget"));
        REQUIRE(disputes->rowCount() == 1);
        disputes->selectRow(0);
        QPushButton* decide = button(tab, QStringLiteral("decideDisputeButton"));
        REQUIRE(decide->isEnabled());
        answerNextForm([](ui::FormDialog* form) {
            setText(form, QStringLiteral("disputeStepNoteEdit"), QStringLiteral("由市纪委监委管辖"));
        });
        QTest::mouseClick(decide, Qt::LeftButton);
        auto records = cases::CaseRecords(*boss).disputes(caseUid);
        REQUIRE(records.ok());
        REQUIRE(records->size() == 1);
        CHECK(records->first().status == QStringLiteral("decided"));
        CHECK(records->first().outcome == QStringLiteral("由市纪委监委管辖"));
        CHECK(disputes->item(0, 3)->text() == QStringLiteral("由市纪委监委管辖"));
        disputes->selectRow(0);
        CHECK_FALSE(decide->isEnabled()); // decided disputes take no further step

        QPushButton* record = button(tab, QStringLiteral("recordAccountabilityButton"));
        REQUIRE(record->isEnabled());
        answerNextForm([](ui::FormDialog* form) {
            auto* staff = form->findChild<QComboBox*>(QStringLiteral("accountabilityStaffComboBox"));
            auto* kind = form->findChild<QComboBox*>(QStringLiteral("accountabilityKindComboBox"));
            REQUIRE(staff);
            REQUIRE(kind);
            staff->setCurrentIndex(staff->findText(QStringLiteral("inv")));
            kind->setCurrentIndex(kind->findData(QStringLiteral("procedural_violation")));
            setText(form, QStringLiteral("accountabilityDescriptionEdit"), QStringLiteral("未经审批先行谈话"));
        });
        QTest::mouseClick(record, Qt::LeftButton);
        auto* table = tab->findChild<QTableWidget*>(QStringLiteral("accountabilityTableWidget"));
        REQUIRE(table);
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 0)->text() == QStringLiteral("inv"));

        auto all = cases::AccountabilityService(*boss).records();
        REQUIRE(all.ok());
        REQUIRE(all->size() == 1);
        CHECK(all->first().staffLogin == QStringLiteral("inv"));
        CHECK(all->first().kind == QStringLiteral("procedural_violation"));
        CHECK(all->first().caseNumber == cases::CaseService(*boss).caseFile(caseUid)->number);
        auto ofCase = cases::CaseRecords(*boss).accountability(caseUid);
        REQUIRE(ofCase.ok());
        REQUIRE(ofCase->size() == 1);
        CHECK(ofCase->first().description == QStringLiteral("未经审批先行谈话"));
        CHECK(ofCase->first().recordedBy == QStringLiteral("boss"));
    }
    // Every step is on the case timeline; the confidential accountability record is not.
    const QSet<QString> actions = timelineActions(fixture, caseUid);
    for (const char* action :
         {"case.supervising_leader", "case.joint_partner", "dispute.raise", "dispute.escalate", "dispute.decide"})
        CHECK(actions.contains(QLatin1String(action)));
    CHECK_FALSE(actions.contains(QStringLiteral("accountability.record")));
}
