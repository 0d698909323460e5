// The review meeting screen: without quorum the service refuses and nothing changes; with quorum the leads move.
#include "AgendaTableWidget.h"
#include "AttendeesTableWidget.h"
#include "QtCatchText.h"
#include "ReviewMeetingDialog.h"
#include "TestVault.h"
#include "leads/LeadService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using qf::test::TestVault;

namespace {

QString registerLead(qf::access::Session& session, const QString& summary)
{
    qf::leads::LeadDraft draft;
    draft.source = QStringLiteral("report");
    draft.allegation = QStringLiteral("bribery");
    draft.sector = QStringLiteral("land");
    draft.cadreLevel = QStringLiteral("county");
    draft.summary = summary;
    qf::people::Person person;
    person.name = QStringLiteral("某人");
    person.unit = QStringLiteral("某单位");
    draft.subjects << person;
    auto lead = qf::leads::LeadService(session).registerLead(draft);
    REQUIRE(lead.ok());
    return lead->uid;
}

int rowOf(qf::ui::AgendaTableWidget* agenda, const QString& number)
{
    for (int row = 0; row < agenda->rowCount(); ++row)
        if (agenda->numberAt(row) == number)
            return row;
    return -1;
}

} // namespace

TEST_CASE("The review meeting refuses to decide without quorum")
{
    TestVault vault;
    vault.addUser(QStringLiteral("inv"), qf::access::Role::Investigator);
    vault.addUser(QStringLiteral("boss"), qf::access::Role::Approver);
    vault.closeAdmin();
    QString uid;
    {
        auto inv = vault.login(QStringLiteral("inv"), TestVault::passwordOf(QStringLiteral("inv")));
        REQUIRE(inv.ok());
        uid = registerLead(*inv.value(), QStringLiteral("反映其违规经商办企业"));
    }
    auto boss = vault.login(QStringLiteral("boss"), TestVault::passwordOf(QStringLiteral("boss")));
    REQUIRE(boss.ok());
    qf::access::Session& session = *boss.value();
    auto before = qf::leads::LeadService(session).lead(uid);
    REQUIRE(before.ok());
    REQUIRE(before->status == qf::leads::LeadStatus::Registered);

    qf::ui::ReviewMeetingDialog dialog(session);
    auto* schedule = dialog.findChild<QComboBox*>(QStringLiteral("scheduleComboBox"));
    REQUIRE(schedule);
    const int weekly = schedule->findData(QStringLiteral("schedule-office-weekly"));
    REQUIRE(weekly >= 0);
    schedule->setCurrentIndex(weekly);
    REQUIRE(dialog.quorum() == 3);

    const int row = rowOf(dialog.agenda(), before->number);
    REQUIRE(row >= 0);
    dialog.agenda()->setDecision(row, qf::leads::Disposition::Close, QStringLiteral("反映问题查无实据，予以了结"));
    REQUIRE(dialog.attendees()->presentCount() == 1);
    auto* quorum = dialog.findChild<QLabel*>(QStringLiteral("quorumLabel"));
    REQUIRE(quorum);
    CHECK(quorum->text().contains(QStringLiteral("no quorum")));

    auto* sign = dialog.findChild<QCheckBox*>(QStringLiteral("signCheckBox"));
    auto* record = dialog.findChild<QPushButton*>(QStringLiteral("recordPushButton"));
    REQUIRE(sign);
    REQUIRE(record);
    CHECK_FALSE(record->isEnabled()); // nothing is saved unsigned
    sign->setChecked(true);
    REQUIRE(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);

    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.meetingUid().isEmpty());
    INFO("error shown: " << dialog.errorText().toStdString());
    CHECK(dialog.errorText().contains(QStringLiteral("No quorum")));
    auto unchanged = qf::leads::LeadService(session).lead(uid);
    REQUIRE(unchanged.ok());
    CHECK(unchanged->status == qf::leads::LeadStatus::Registered);
    CHECK_FALSE(unchanged->disposition.has_value());

    // Two more members present: the same record now goes through.
    dialog.attendees()->addAttendee(QStringLiteral("委员乙"));
    dialog.attendees()->addAttendee(QStringLiteral("委员丙"));
    CHECK(dialog.attendees()->presentCount() == 3);
    CHECK(quorum->text().contains(QStringLiteral("quorum reached")));
    CHECK_FALSE(sign->isChecked()); // a changed record must be signed again
    sign->setChecked(true);
    QTest::mouseClick(record, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.meetingUid().isEmpty());
    auto closed = qf::leads::LeadService(session).lead(uid);
    REQUIRE(closed.ok());
    CHECK(closed->status == qf::leads::LeadStatus::Closed);
    CHECK(closed->disposition == qf::leads::Disposition::Close);
}
