// The integrity opinion workflow through the integrity page on the offscreen platform: a request with an ambiguous
// match, the match decided, conclusions confirmed and amended by a reviewer, and the reply exported as a PDF.
#include "IntegrityFixture.h"
#include "PdfText.h"
#include "RecordOpener.h"
#include "WidgetGrab.h"
#include "integrity/IntegrityFilesTab.h"
#include "integrity/IntegrityOpinionsTab.h"
#include "integrity/IntegrityPage.h"
#include "leads/Lead.h"
#include "people/IntegrityFileService.h"
#include "reporting/AlertService.h"
#include "reporting/IntegrityOpinionService.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace qf;
using test::IntegrityFixture;

namespace {

QPushButton* button(QWidget& parent, const char* name)
{
    auto* found = parent.findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// Runs `fill` on the form dialog the next click opens, then accepts it.
template <typename Fill> void onNextDialog(Fill fill)
{
    QTimer::singleShot(0, [fill] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        CHECK(dialog); // no REQUIRE here: an exception must not cross the event loop
        if (!dialog)
            return;
        fill(*dialog);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("integrity opinion workflow: request, decide the match, review, export the reply", "[ui][integrity]")
{
    IntegrityFixture fixture;
    const QString unit = QStringLiteral("某县农业农村局");
    fixture.pendingReport(IntegrityFixture::person(QStringLiteral("陈明"), unit));
    fixture.leadWith(IntegrityFixture::person(QStringLiteral("陈明"), unit, IntegrityFixture::idNumber(41)),
                     int(leads::Disposition::Close));
    const people::Person closed = IntegrityFixture::person(QStringLiteral("李了结"), QStringLiteral("某区财政局"),
                                                           IntegrityFixture::idNumber(42));
    fixture.leadWith(closed, int(leads::Disposition::Close));
    const reporting::OpinionRequestDraft draft{
        QStringLiteral("中共某县委组织部"),
        QStringLiteral("县委组织部征求意见函"),
        QDate::currentDate(),
        {{QStringLiteral("陈明"), QString(), unit, QStringLiteral("副局长"), QStringLiteral("局长")},
         {closed.name, closed.idNumber, closed.unit, closed.position, QStringLiteral("区财政局局长")},
         {QStringLiteral("王清白"), QString(), QStringLiteral("某区教育局"), QStringLiteral("科长"),
          QStringLiteral("副局长")}}};
    QString requestUid;
    {
        auto inv = fixture.as(QStringLiteral("inv"));
        ui::IntegrityPage page(*inv);
        page.resize(1200, 800);
        page.reload();
        ui::IntegrityOpinionsTab* tab = page.opinionsTab();

        // A CSV with a bad line stores nothing and lists the line.
        CHECK_FALSE(tab->importCsv(draft, QByteArray("姓名,单位,拟任职务\n陈明,,局长\n")));
        CHECK(tab->lastError().contains(QStringLiteral("Line 2:")));
        CHECK(tab->findChild<QLabel*>(QStringLiteral("opinionErrorLabel"))->isVisibleTo(tab));
        CHECK(tab->requestsTable()->rowCount() == 0);

        // The request is typed into the new-request dialog, one row per person.
        onNextDialog([&draft](QDialog& dialog) {
            dialog.findChild<QLineEdit*>(QStringLiteral("requestingUnitEdit"))->setText(draft.requestingUnit);
            dialog.findChild<QLineEdit*>(QStringLiteral("requestReferenceEdit"))->setText(draft.reference);
            auto* people = dialog.findChild<QTableWidget*>(QStringLiteral("requestPeopleTable"));
            CHECK(people);
            if (!people)
                return;
            for (int row = 0; row < draft.people.size(); ++row) {
                const reporting::RequestedPerson& person = draft.people.at(row);
                const QStringList cells{person.name, person.idNumber, person.unit, person.position,
                                        person.proposedPost};
                for (int column = 0; column < cells.size(); ++column)
                    people->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            }
        });
        QTest::mouseClick(button(*tab, "newRequestButton"), Qt::LeftButton);
        CHECK(tab->lastError().isEmpty());
        requestUid = tab->currentRequestUid();
        REQUIRE_FALSE(requestUid.isEmpty());
        REQUIRE(tab->requestsTable()->rowCount() == 1);
        QTableWidget* entries = tab->entriesTable();
        REQUIRE(entries->rowCount() == 3);
        CHECK(entries->item(0, 4)->text() == QStringLiteral("Ambiguous: decide"));
        CHECK(entries->item(0, 5)->text() == QStringLiteral("Decide the match first"));
        CHECK(entries->item(1, 5)->text() == QStringLiteral("Reports received and closed"));
        CHECK(entries->item(2, 5)->text() == QStringLiteral("No reports received"));

        REQUIRE(tab->selectEntry(1));
        CHECK(button(*tab, "decideMatchButton")->isEnabled());
        CHECK_FALSE(button(*tab, "confirmConclusionButton")->isEnabled()); // investigators do not review
        CHECK_FALSE(button(*tab, "exportReplyButton")->isEnabled());
        REQUIRE(tab->decideSelected(0)); // none of the candidates
        CHECK(entries->item(0, 4)->text() == QStringLiteral("Decided by hand"));
        CHECK(entries->item(0, 5)->text() == QStringLiteral("No reports received"));
        test::grabIfAsked(page, QStringLiteral("integrity-opinions-investigator"));
    }

    auto boss = fixture.as(QStringLiteral("boss"));
    ui::IntegrityPage page(*boss);
    page.resize(1200, 800);
    page.reload();
    ui::IntegrityOpinionsTab* tab = page.opinionsTab();
    // A page just opened shows its first request with the people, not an empty half.
    CHECK(tab->currentRequestUid() == requestUid);
    CHECK(tab->entriesTable()->rowCount() == 3);
    REQUIRE(tab->selectRequest(requestUid));
    for (int seq : {1, 2}) {
        REQUIRE(tab->selectEntry(seq));
        QPushButton* confirm = button(*tab, "confirmConclusionButton");
        REQUIRE(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
    }
    CHECK(tab->entriesTable()->item(0, 6)->text() == QStringLiteral("Confirmed by boss"));
    CHECK_FALSE(button(*tab, "exportReplyButton")->isEnabled());
    REQUIRE(tab->selectEntry(3));
    CHECK_FALSE(tab->amendSelected(reporting::OpinionConclusion::UnderInvestigation, QString(), QString()));
    // Amended in its dialog: a new conclusion with untouched wording takes the standard sentence.
    onNextDialog([](QDialog& dialog) {
        auto* conclusion = dialog.findChild<QComboBox*>(QStringLiteral("amendConclusionCombo"));
        CHECK(conclusion);
        if (!conclusion)
            return;
        conclusion->setCurrentIndex(conclusion->findData(int(reporting::OpinionConclusion::UnderInvestigation)));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("amendReasonEdit"))
            ->setPlainText(QStringLiteral("组织部另行转来反映材料，正在核查"));
    });
    QTest::mouseClick(button(*tab, "amendConclusionButton"), Qt::LeftButton);
    CHECK(tab->lastError().isEmpty());
    CHECK(tab->entriesTable()->item(2, 5)->text() == QStringLiteral("Under verification or investigation"));
    CHECK(tab->entriesTable()->item(2, 7)->text().contains(QStringLiteral("建议暂缓任用")));
    CHECK(tab->requestsTable()->item(0, 4)->text() == QStringLiteral("3/3"));
    CHECK(button(*tab, "exportReplyButton")->isEnabled());
    test::grabIfAsked(page, QStringLiteral("integrity-opinions-reviewer"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reply.pdf"));
    REQUIRE(tab->exportReply(path));
    const QString text = test::pdfText(path).remove(u'\n').remove(u' ');
    CHECK(text.contains(QStringLiteral("中共某县委组织部")));
    CHECK(text.contains(QStringLiteral("李了结")));
    CHECK(text.contains(QStringLiteral("王清白")));
    CHECK_FALSE(tab->requestsTable()->item(0, 5)->text().isEmpty()); // the reply number
    CHECK(text.contains(tab->requestsTable()->item(0, 5)->text()));
    CHECK_FALSE(button(*tab, "confirmConclusionButton")->isEnabled()); // issued: final

    page.releaseForLock();
    CHECK(tab->requestsTable()->rowCount() == 0);
}

TEST_CASE("integrity files tab lists files and shows a cadre's history", "[ui][integrity]")
{
    IntegrityFixture fixture;
    const people::Person cadre = IntegrityFixture::person(QStringLiteral("吴廉洁"), QStringLiteral("某区发改委"),
                                                          IntegrityFixture::idNumber(43));
    fixture.leadWith(cadre, int(leads::Disposition::PreliminaryVerification));
    auto inv = fixture.as(QStringLiteral("inv"));
    auto file = people::IntegrityFileService(*inv).openFile(cadre);
    REQUIRE(file.ok());
    REQUIRE(people::IntegrityFileService(*inv)
                .raiseFlag(file->uid, people::AnomalyKind::PropertyIncomeMismatch, QStringLiteral("名下房产与收入不符"))
                .ok());
    ui::IntegrityPage page(*inv);
    page.resize(1200, 800);
    page.reload();
    ui::IntegrityFilesTab* tab = page.filesTab();
    REQUIRE(tab->filesTable()->rowCount() == 1);
    CHECK(tab->filesTable()->item(0, 1)->text().contains(u'*')); // ID numbers masked in the list
    CHECK(tab->filesTable()->item(0, 4)->text() == QStringLiteral("县管干部"));
    REQUIRE(tab->selectFile(file->uid));
    REQUIRE(tab->historyTable()->rowCount() == 1);
    CHECK(tab->historyTable()->item(0, 1)->text() == QStringLiteral("Lead"));
    REQUIRE(tab->flagsTable()->rowCount() == 1);
    tab->flagsTable()->selectRow(0);
    QPushButton* toLead = button(*tab, "anomalyLeadButton");
    REQUIRE(toLead->isEnabled());
    QTest::mouseClick(toLead, Qt::LeftButton);
    REQUIRE(tab->flagsTable()->rowCount() == 1);
    CHECK_FALSE(tab->flagsTable()->item(0, 3)->text().isEmpty());
    CHECK(tab->historyTable()->rowCount() == 2);
    test::grabIfAsked(page, QStringLiteral("integrity-files"));
}

TEST_CASE("an integrity request alert opens the request with its people", "[ui][integrity][alerts]")
{
    IntegrityFixture fixture;
    auto inv = fixture.as(QStringLiteral("inv"));
    reporting::OpinionRequestDraft draft{
        QStringLiteral("中共某市委组织部"),
        QStringLiteral("关于征求意见的函"),
        QDate::currentDate().addDays(-20),
        {reporting::RequestedPerson{QStringLiteral("王清白"), IntegrityFixture::idNumber(41),
                                    QStringLiteral("某区教育局"), QString(), QStringLiteral("局长")}}};
    auto created = reporting::IntegrityOpinionService(*inv).createRequest(draft);
    REQUIRE(created.ok());
    auto alerts = reporting::AlertService(*inv).alerts(QDate::currentDate(), 0);
    REQUIRE(alerts.ok());
    const auto alert = std::find_if(alerts->alerts.cbegin(), alerts->alerts.cend(),
                                    [](const reporting::Alert& a) { return a.source == QLatin1String("integrity"); });
    REQUIRE(alert != alerts->alerts.cend());
    CHECK(alert->overdue(QDate::currentDate()));

    QString shownUid;
    int shownPeople = -1;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        CHECK(dialog->objectName() == QStringLiteral("integrityRequestDialog"));
        if (auto* opinions = dialog->findChild<ui::IntegrityOpinionsTab*>()) {
            shownUid = opinions->currentRequestUid();
            shownPeople = opinions->entriesTable()->rowCount();
        }
        dialog->reject();
    });
    ui::RecordOpener::open(*inv, alert->kind, alert->recordUid, nullptr);
    CHECK(shownUid == created.value());
    CHECK(shownPeople == 1);
}
