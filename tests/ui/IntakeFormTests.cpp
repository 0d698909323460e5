// The report intake form driven only by the keyboard, as a clerk types from a letter.
#include "KeyboardInput.h"
#include "QtCatchText.h"
#include "ReportIntakeDialog.h"
#include "ScreeningDialog.h"
#include "TestVault.h"
#include "intake/IdentityService.h"
#include "intake/ReportService.h"
#include "people/IdNumber.h"

#include <QApplication>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <catch2/catch.hpp>

using qf::test::TestVault;
using qf::test::type;

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

QString focusedName()
{
    return focused() ? focused()->objectName() : QStringLiteral("<no focus>");
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    REQUIRE(focused());
    QTest::keyClick(focused(), key, modifiers);
}

void tab()
{
    press(Qt::Key_Tab);
}

QString validIdNumber(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("320102") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + qf::people::idNumberCheckCharacter(first17);
}

// A wrong check character for an otherwise valid number.
QString invalidIdNumber(const QDate& birth, int sequence)
{
    QString number = validIdNumber(birth, sequence);
    number[17] = number[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    return number;
}

std::unique_ptr<qf::access::Session> clerkSession(TestVault& vault)
{
    vault.addUser(QStringLiteral("clerk"), qf::access::Role::Clerk);
    vault.closeAdmin();
    auto session = vault.login(QStringLiteral("clerk"), TestVault::passwordOf(QStringLiteral("clerk")));
    REQUIRE(session.ok());
    return std::move(session.value());
}

} // namespace

TEST_CASE("A clerk registers a report with the keyboard alone")
{
    TestVault vault;
    auto session = clerkSession(vault);
    const QString reporterId = validIdNumber(QDate(1980, 5, 17), 123);
    const QString badId = invalidIdNumber(QDate(1975, 3, 2), 41);
    const QString goodId = validIdNumber(QDate(1969, 11, 30), 77);
    REQUIRE_FALSE(qf::people::checkIdNumber(badId).valid);

    qf::ui::ReportIntakeDialog dialog(*session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(focusedName() == QStringLiteral("channelComboBox"));

    press(Qt::Key_Down); // 来信 → 来访
    press(Qt::Key_Down); // → 来电
    tab();
    REQUIRE(focusedName() == QStringLiteral("receivedDateEdit"));
    press(Qt::Key_Down); // one step back in the first date section
    // Tab walks the date's sections (as in every Qt date field) and then leaves it.
    for (int sections = 0; sections < 5 && focusedName() == QStringLiteral("receivedDateEdit"); ++sections)
        tab();
    REQUIRE(focusedName() == QStringLiteral("realNameCheckBox"));
    press(Qt::Key_Space);
    tab();
    REQUIRE(focusedName() == QStringLiteral("reporterNameLineEdit"));
    type(QStringLiteral("钱多多"));
    tab();
    REQUIRE(focusedName() == QStringLiteral("reporterIdLineEdit"));
    type(reporterId);
    tab();
    type(QStringLiteral("13912345678"));
    tab();
    type(QStringLiteral("南京市玄武区北京东路41号"));
    tab();
    REQUIRE(focusedName() == QStringLiteral("reporterUnitLineEdit"));
    tab();

    // The subjects table: Tab walks the cells of a row and leaves after the last one.
    auto* subjects = dialog.findChild<QWidget*>(QStringLiteral("subjectsTableWidget"));
    REQUIRE(subjects);
    REQUIRE((focused() == subjects || subjects->isAncestorOf(focused())));
    type(QStringLiteral("张三"));
    tab();
    type(badId);
    tab();
    type(QStringLiteral("某县住房和城乡建设局"));
    tab();
    type(QStringLiteral("局长"));
    tab();
    press(Qt::Key_Down); // (none) → 省管干部
    press(Qt::Key_Down); // → 市管干部
    press(Qt::Key_Down); // → 县管干部
    auto* problems = dialog.findChild<QLabel*>(QStringLiteral("subjectProblemsLabel"));
    REQUIRE(problems);
    CHECK_FALSE(problems->isHidden());
    CHECK(problems->text().contains(badId));

    press(Qt::Key_N, Qt::ControlModifier); // a second subject
    type(QStringLiteral("李四"));
    tab();
    type(goodId);
    tab();
    type(QStringLiteral("某县财政局"));
    tab();
    type(QStringLiteral("科长"));
    tab();
    tab(); // cadre level left empty; Tab leaves the table
    REQUIRE(focusedName() == QStringLiteral("allegationListWidget"));
    press(Qt::Key_Home);
    press(Qt::Key_Space); // 贪污贿赂
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Space); // 失职渎职
    tab();
    REQUIRE(focusedName() == QStringLiteral("sectorComboBox"));
    press(Qt::Key_Down); // 国土资源
    tab();
    REQUIRE(focusedName() == QStringLiteral("summaryPlainTextEdit"));
    type(QStringLiteral("反映张三在工程招标中收受贿赂，李四知情不报。"));
    press(Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto& registration = dialog.registration();
    REQUIRE(registration.has_value());
    CHECK(registration->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("张三")));

    auto stored = qf::intake::ReportService(*session).report(registration->report.uid);
    REQUIRE(stored.ok());
    const qf::intake::Report& report = stored.value();
    CHECK(report.channel == qf::intake::Channel::Phone);
    CHECK(report.receivedDate.isValid());
    CHECK(report.receivedDate < QDate::currentDate());
    CHECK(report.realName);
    REQUIRE(report.subjects.size() == 2);
    CHECK(report.subjects.at(0).name == QStringLiteral("张三"));
    CHECK(report.subjects.at(0).idNumber == badId);
    CHECK_FALSE(report.subjects.at(0).idNumberValid);
    CHECK(report.subjects.at(0).unit == QStringLiteral("某县住房和城乡建设局"));
    CHECK(report.subjects.at(0).position == QStringLiteral("局长"));
    CHECK(report.subjects.at(0).cadreLevel == QStringLiteral("county"));
    CHECK(report.subjects.at(1).name == QStringLiteral("李四"));
    CHECK(report.subjects.at(1).idNumberValid);
    CHECK(report.subjects.at(1).cadreLevel.isEmpty());
    CHECK(report.allegations == QStringList{QStringLiteral("bribery"), QStringLiteral("dereliction")});
    CHECK(report.sector == QStringLiteral("land"));
    CHECK(report.summary == QStringLiteral("反映张三在工程招标中收受贿赂，李四知情不报。"));
    CHECK(report.screening == qf::intake::Screening::Pending);

    // The reporter was stored apart, and reads back masked.
    auto identities = qf::intake::IdentityService(*session).identitiesOfReport(report.uid);
    REQUIRE(identities.ok());
    REQUIRE(identities->size() == 1);
    CHECK(identities->at(0).name.startsWith(QStringLiteral("钱")));
    CHECK_FALSE(identities->at(0).name.contains(QStringLiteral("多")));
    CHECK_FALSE(identities->at(0).idNumber.contains(reporterId.mid(6, 8)));

    // And the list finds it by a Chinese substring of the summary.
    qf::intake::ReportFilter filter;
    filter.text = QStringLiteral("工程招标");
    auto found = qf::intake::ReportService(*session).list(filter);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->at(0).uid == report.uid);
}

TEST_CASE("A refused save keeps what was typed")
{
    TestVault vault;
    auto session = clerkSession(vault);
    qf::ui::ReportIntakeDialog dialog(*session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* summary = dialog.findChild<QPlainTextEdit*>(QStringLiteral("summaryPlainTextEdit"));
    REQUIRE(summary);
    summary->setFocus();
    type(QStringLiteral("只有摘要，没有被反映人"));
    press(Qt::Key_Return, Qt::ControlModifier);

    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.registration().has_value());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    REQUIRE(error);
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("at least one person")));
    CHECK(summary->toPlainText() == QStringLiteral("只有摘要，没有被反映人"));
    auto all = qf::intake::ReportService(*session).list({});
    REQUIRE(all.ok());
    CHECK(all->isEmpty());
}

TEST_CASE("Enter in the screening dialog's lead-number field does not record the screening", "[ui][intake]")
{
    TestVault vault;
    vault.addUser(QStringLiteral("inv"), qf::access::Role::Investigator);
    auto clerk = clerkSession(vault);
    qf::intake::ReportDraft draft;
    draft.channel = qf::intake::Channel::Letter;
    draft.receivedDate = QDate::currentDate();
    qf::people::Person subject;
    subject.name = QStringLiteral("钱某");
    subject.unit = QStringLiteral("某局");
    draft.subjects << subject;
    draft.summary = QStringLiteral("反映问题");
    auto registered = qf::intake::ReportService(*clerk).registerReport(draft);
    REQUIRE(registered.ok());
    clerk.reset();
    auto inv = vault.login(QStringLiteral("inv"), TestVault::passwordOf(QStringLiteral("inv")));
    REQUIRE(inv.ok());
    qf::ui::ScreeningDialog dialog(*inv.value(), registered->report);
    dialog.show();
    auto* reason = dialog.findChild<QPlainTextEdit*>();
    REQUIRE(reason);
    reason->setPlainText(QStringLiteral("理由"));
    const auto edits = dialog.findChildren<QLineEdit*>();
    REQUIRE_FALSE(edits.isEmpty());
    for (QLineEdit* edit : edits) {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return);
    }
    auto report = qf::intake::ReportService(*inv.value()).report(registered->report.uid);
    REQUIRE(report.ok());
    CHECK(report->screening == qf::intake::Screening::Pending);
}
