// The documents area on the offscreen platform: a document created from a template on a real case, approved, exported
// as PDF through the page (checked with pdftotext), its print log, and the numbering registry with a void.
#include "../cases/CaseFixture.h"
#include "../documents/PdfText.h"
#include "cases/CaseService.h"
#include "documents/NumberingService.h"
#include "printing/DocumentsPage.h"
#include "printing/NumberingRegistryDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace qf;
using test::CaseFixture;

TEST_CASE("documents page: create from a template, approve, export a logged PDF, void in the registry",
          "[ui][documents]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    QString documentUid;
    QString caseNumber;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        caseNumber = cases::CaseService(*lead).caseFile(caseUid)->number;
        ui::DocumentsPage page(*lead);
        page.reload();
        // Before anything is chosen, the preview says what will appear in it.
        auto* caption = page.findChild<QLabel*>(QStringLiteral("previewCaptionLabel"));
        REQUIRE(caption);
        CHECK(caption->text() == ui::DocumentsPage::previewHint());
        CHECK_FALSE(caption->text().isEmpty());
        // The record is found by its number from the keyboard.
        auto* recordEdit = page.findChild<QLineEdit*>(QStringLiteral("recordLineEdit"));
        REQUIRE(recordEdit);
        recordEdit->setText(caseNumber); // contains CJK, which QTest cannot type
        QTest::keyClick(recordEdit, Qt::Key_Return);
        auto* templates = page.findChild<QListWidget*>(QStringLiteral("templateListWidget"));
        REQUIRE(templates);
        CHECK(templates->count() > 0);
        REQUIRE(page.selectTemplate(QStringLiteral("case_filing_decision")));
        CHECK(page.fieldsTable()->rowCount() > 0);
        auto* create = page.findChild<QPushButton*>(QStringLiteral("createDocumentButton"));
        REQUIRE(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        REQUIRE(page.documentsTable()->rowCount() == 1);
        documentUid = page.currentDocumentUid();
        REQUIRE_FALSE(documentUid.isEmpty());
        CHECK(page.documentsTable()->item(0, 3)->text().isEmpty()); // no number before approval
        // A lead investigator cannot approve, nor print a draft.
        CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("approveDocumentButton"))->isEnabled());
        CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->isEnabled());
    }

    auto boss = fixture.as(QStringLiteral("boss"));
    ui::DocumentsPage page(*boss);
    page.reload();
    REQUIRE(page.setRecord(caseUid));
    REQUIRE(page.selectDocument(documentUid));
    CHECK(page.findChild<QPushButton*>(QStringLiteral("approveDocumentButton"))->isEnabled());
    REQUIRE(page.approveCurrent());
    REQUIRE(page.currentDocumentUid() == documentUid);
    const QString number = page.documentsTable()->item(0, 3)->text();
    CHECK(number == QStringLiteral("苏纪立〔%1〕1号").arg(QDate::currentDate().year()));
    CHECK(page.findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("decision.pdf"));
    REQUIRE(page.exportPdf(path, 1, QStringLiteral("某市交通运输局党委")));
    const QString text = test::pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(number));
    CHECK(text.contains(QStringLiteral("关于对郑国强同志立案审查调查的决定")));
    CHECK(text.contains(QStringLiteral("000001")));
    REQUIRE(page.printLogTable()->rowCount() == 1);
    CHECK(page.printLogTable()->item(0, 0)->text() == QStringLiteral("000001"));
    CHECK(page.printLogTable()->item(0, 1)->text() == QStringLiteral("某市交通运输局党委"));
    CHECK(page.printLogTable()->item(0, 2)->text() == QStringLiteral("boss"));

    // The numbering registry lists the number; an approver voids it with a reason, and it stays voided.
    ui::NumberingRegistryDialog registry(*boss);
    REQUIRE(registry.rowCount() >= 1);
    int row = -1;
    for (int i = 0; i < registry.rowCount(); ++i)
        if (registry.table()->item(i, 0)->text() == number)
            row = i;
    REQUIRE(row >= 0);
    CHECK_FALSE(registry.voidRow(row, QStringLiteral("  ")));
    REQUIRE(registry.voidRow(row, QStringLiteral("填写错误")));
    auto records = documents::NumberingService(*boss).list();
    REQUIRE(records.ok());
    bool voided = false;
    for (const documents::NumberRecord& record : records.value())
        if (record.text == number)
            voided = record.voided && record.voidReason == QStringLiteral("填写错误");
    CHECK(voided);

    // A lead investigator may read the registry but not void.
    auto lead = fixture.as(QStringLiteral("lead"));
    ui::NumberingRegistryDialog readOnly(*lead);
    CHECK(readOnly.rowCount() >= 1);
    readOnly.table()->selectRow(0);
    CHECK_FALSE(readOnly.findChild<QPushButton*>(QStringLiteral("voidNumberButton"))->isEnabled());
    CHECK(documents::NumberingService(*lead).voidNumber(number, QStringLiteral("x")).code() ==
          ErrorCode::PermissionDenied);
}
