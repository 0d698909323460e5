// A talk record made from the documents page for the talk it is about, and the whole case file printed to PDF from
// the case file dialog with every document in it logged as a copy.
#include "../documents/CatalogCase.h"
#include "../documents/PdfText.h"
#include "CaseWorkspace.h"
#include "documents/DocumentService.h"
#include "printing/CaseFilePrintDialog.h"
#include "printing/DocumentsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qf;
using test::CaseFixture;

TEST_CASE("a talk record is made for its talk, and the whole case file prints as one logged run",
          "[ui][documents][casefile]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    const QString talkUid = test::recordTalk(fixture, caseUid, QStringLiteral("郑国强"), 12);
    QString talkRecord;
    QString decision;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        ui::DocumentsPage page(*lead);
        page.reload();
        REQUIRE(page.setRecord(caseUid));
        REQUIRE(page.selectTemplate(QStringLiteral("talk_record")));
        // The preview binds the case's only talk.
        bool boundTalk = false;
        for (int row = 0; row < page.fieldsTable()->rowCount(); ++row)
            boundTalk = boundTalk || (page.fieldsTable()->item(row, 0)->text() == QStringLiteral("item_uid") &&
                                      page.fieldsTable()->item(row, 1)->text() == talkUid);
        CHECK(boundTalk);
        talkRecord = page.createFromTemplate();
        REQUIRE_FALSE(talkRecord.isEmpty());
        REQUIRE(page.selectTemplate(QStringLiteral("case_filing_decision")));
        decision = page.createFromTemplate();
        REQUIRE_FALSE(decision.isEmpty());
        CHECK(page.findChild<QPushButton*>(QStringLiteral("printCaseFileButton"))->isEnabled());
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    documents::DocumentService service(*boss);
    REQUIRE(service.approve(talkRecord).ok());
    REQUIRE(service.approve(decision).ok());

    ui::CaseFilePrintDialog dialog(*boss, caseUid, QStringLiteral("case"));
    const int previewPages = dialog.previewPageCount();
    CHECK(previewPages >= 5);
    CHECK(service.printLog(talkRecord)->isEmpty()); // the preview logs nothing
    dialog.recipientEdit()->setText(QStringLiteral("档案室"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casefile.pdf"));
    REQUIRE(dialog.exportPdf(path));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("caseFileResultLabel"))->text().contains(QLatin1String("page")));
    const int pages = test::pdfPageCount(path);
    CHECK(pages >= previewPages); // a copy adds its copy number line, which may push a sheet over
    const QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("卷内目录")));
    CHECK(text.contains(QStringLiteral("备考表")));
    CHECK(text.contains(QStringLiteral("谈话笔录")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("—\\s*%1\\s*—").arg(pages))));
    for (const QString& uid : {talkRecord, decision}) {
        auto log = service.printLog(uid);
        REQUIRE(log.ok());
        REQUIRE(log->size() == 1);
        CHECK(log->first().copyNumber == 1);
        CHECK(log->first().recipient == QStringLiteral("档案室"));
        CHECK(log->first().output == QStringLiteral("pdf"));
    }
    CHECK(text.contains(QStringLiteral("000001")));

    // The case workspace reaches the same dialog.
    ui::CaseWorkspace workspace(*boss, caseUid);
    CHECK(workspace.findChild<QPushButton*>(QStringLiteral("printCaseFileButton"))->isEnabled());
}
