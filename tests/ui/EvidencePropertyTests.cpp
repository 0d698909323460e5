// The evidence tab and the property ledger on the offscreen platform: an item registered and seized through the
// two-person dialogs under an approved measure, and an item of evidence recorded, a file attached, verified and
// handed on in its chain of custody.
#include "../cases/CaseFixture.h"
#include "CaseEvidenceTab.h"
#include "CasePropertyTab.h"
#include "QtCatchText.h"
#include "SecondSignerDialog.h"
#include "cases/CaseService.h"
#include "cases/MeasureService.h"
#include "evidence/EvidenceService.h"
#include "property/Money.h"
#include "property/PropertyService.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

using namespace qf;
using test::CaseFixture;

namespace {

// Runs `fill` on the next visible dialog with this object name, as the user at the keyboard would.
void whenDialogOpens(const QString& objectName, std::function<void(QDialog*)> fill)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, objectName, fill] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QDialog*>(window);
            if (!dialog || !dialog->isVisible() || dialog->objectName() != objectName)
                continue;
            timer->stop();
            timer->deleteLater();
            fill(dialog);
            return;
        }
    });
    timer->start();
}

void sign(QDialog* dialog, const QString& login, const QString& password)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("signerLoginEdit"))->setText(login);
    dialog->findChild<QLineEdit*>(QStringLiteral("signerPasswordEdit"))->setText(password);
}

QString approvedMeasure(CaseFixture& fixture, const QString& caseUid, const QString& kind)
{
    QString uid;
    {
        auto lead = fixture.as(QStringLiteral("lead"));
        auto requested = cases::MeasureService(*lead).request(
            {caseUid, kind, QStringLiteral("依据"), QStringLiteral("防止转移"), QStringLiteral("张某家中现金")});
        REQUIRE(requested.ok());
        uid = requested.value();
    }
    auto boss = fixture.as(QStringLiteral("boss"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(cases::MeasureService(*boss).approve(uid, now.addSecs(-60), now.addDays(30)).ok());
    return uid;
}

cases::Case caseOf(access::Session& session, const QString& caseUid)
{
    auto c = cases::CaseService(session).caseFile(caseUid);
    REQUIRE(c.ok());
    return c.value();
}

} // namespace

TEST_CASE("the property ledger registers and seizes an item with a second signer under an approved measure",
          "[ui][property]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    const QString seizure = approvedMeasure(fixture, caseUid, QStringLiteral("seizure"));
    auto lead = fixture.as(QStringLiteral("lead"));
    ui::CasePropertyTab tab(*lead);
    tab.setCase(caseOf(*lead, caseUid));
    auto* ledger = tab.findChild<QTableWidget*>(QStringLiteral("ledgerTableWidget"));
    REQUIRE(ledger);
    CHECK(ledger->rowCount() == 0);

    bool refusedFirst = false;
    whenDialogOpens(QStringLiteral("propertyItemDialog"), [&refusedFirst](QDialog* dialog) {
        auto* category = dialog->findChild<QComboBox*>(QStringLiteral("categoryComboBox"));
        category->setCurrentIndex(category->findData(QStringLiteral("cash")));
        dialog->findChild<QLineEdit*>(QStringLiteral("propertyDescriptionEdit"))->setText(QStringLiteral("人民币现金"));
        dialog->findChild<QLineEdit*>(QStringLiteral("featuresEdit"))->setText(QStringLiteral("第五套人民币"));
        dialog->findChild<QLineEdit*>(QStringLiteral("serialEdit"))->setText(QStringLiteral("AB12345678"));
        dialog->findChild<QLineEdit*>(QStringLiteral("propertyKindEdit"))->setText(QStringLiteral("纸币"));
        dialog->findChild<QLineEdit*>(QStringLiteral("faceValueEdit"))->setText(QStringLiteral("100.00"));
        dialog->findChild<QSpinBox*>(QStringLiteral("piecesSpinBox"))->setValue(50);
        // A wrong password keeps the dialog open with the reason.
        sign(dialog, QStringLiteral("inv"), QStringLiteral("not-the-password"));
        dialog->accept();
        refusedFirst = dialog->isVisible() &&
                       dialog->findChild<QLabel*>(QStringLiteral("signerErrorLabel"))->isVisibleTo(dialog) &&
                       dialog->findChild<QLineEdit*>(QStringLiteral("signerPasswordEdit"))->text().isEmpty();
        sign(dialog, QStringLiteral("inv"), test::TestVault::passwordOf(QStringLiteral("inv")));
        dialog->accept();
    });
    REQUIRE(tab.registerItem());
    CHECK(refusedFirst);

    property::PropertyService service(*lead);
    auto items = service.ledger(caseUid);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 1);
    const property::PropertyItem item = items->first();
    CHECK(item.category == QStringLiteral("cash"));
    CHECK(item.amountCents == 500000);
    CHECK(item.faceValueCents == 10000);
    CHECK(item.pieces == 50);
    CHECK(item.state == QStringLiteral("registered"));
    REQUIRE(ledger->rowCount() == 1);
    CHECK(ledger->item(0, 8)->text() == property::formatAmount(500000, QStringLiteral("CNY")));

    REQUIRE(tab.selectItem(item.uid));
    CHECK(tab.findChild<QPushButton*>(QStringLiteral("seizeButton"))->isEnabled());
    CHECK(tab.findChild<QPushButton*>(QStringLiteral("sealButton"))->isEnabled());
    CHECK_FALSE(tab.findChild<QPushButton*>(QStringLiteral("takeCustodyButton"))->isEnabled());
    CHECK_FALSE(tab.findChild<QPushButton*>(QStringLiteral("confiscateButton"))->isEnabled());

    QString offeredMeasure;
    QString coveringNote;
    whenDialogOpens(QStringLiteral("propertyActionDialog"), [&offeredMeasure, &coveringNote](QDialog* dialog) {
        auto* measure = dialog->findChild<QComboBox*>(QStringLiteral("measureComboBox"));
        offeredMeasure = measure ? measure->currentData().toString() : QString();
        if (auto* covering = dialog->findChild<QLabel*>(QStringLiteral("coveringDocumentLabel")))
            coveringNote = covering->text();
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("actionNoteEdit"))->setPlainText(QStringLiteral("现场暂扣"));
        sign(dialog, QStringLiteral("inv"), test::TestVault::passwordOf(QStringLiteral("inv")));
        dialog->accept();
    });
    REQUIRE(tab.act(QStringLiteral("seize")));
    CHECK(offeredMeasure == seizure);

    auto history = service.history(item.uid);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(1).action == QStringLiteral("seize"));
    CHECK(history->at(1).measureUid == seizure);
    CHECK(history->at(1).firstSigner == QStringLiteral("lead"));
    CHECK(history->at(1).secondSigner == QStringLiteral("inv"));
    auto after = service.ledger(caseUid);
    REQUIRE(after.ok());
    CHECK(after->first().state == QStringLiteral("seized"));
    CHECK(after->first().seizedBy == QStringLiteral("lead"));
    // No seizure list takes the item: the step goes ahead, shown as not covered, and the ledger warns.
    CHECK(coveringNote.contains(QLatin1String("No list takes this item")));
    auto* historyTable = tab.findChild<QTableWidget*>(QStringLiteral("historyTableWidget"));
    REQUIRE(historyTable->rowCount() == 2);
    CHECK(historyTable->item(0, 2)->text().isEmpty());
    CHECK(historyTable->item(1, 2)->text() == QStringLiteral("not covered by a list"));
    CHECK(tab.findChild<QPushButton*>(QStringLiteral("handOverButton"))->isEnabled());
    CHECK_FALSE(tab.findChild<QPushButton*>(QStringLiteral("seizeButton"))->isEnabled());

    auto lines = service.reconcile(caseUid);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 1);
    CHECK(lines->first().registeredCents == 500000);
    CHECK(lines->first().inTransitCents == 500000);
    CHECK(lines->first().disposedCents == 0);
    CHECK(lines->first().balances());
    auto* totals = tab.findChild<QTableWidget*>(QStringLiteral("reconciliationTableWidget"));
    REQUIRE(totals->rowCount() == 1);
    CHECK(totals->item(0, 4)->text() == property::formatAmount(500000, QStringLiteral("CNY")));
    CHECK(tab.findChild<QLabel*>(QStringLiteral("undisposedWarningLabel"))->isVisibleTo(&tab));
    CHECK(tab.findChild<QLabel*>(QStringLiteral("undisposedWarningLabel"))
              ->text()
              .contains(QLatin1String("without an approved list")));
}

TEST_CASE("the evidence tab records an item, attaches a file, verifies it and adds a custody step", "[ui][evidence]")
{
    CaseFixture fixture;
    const QString caseUid = fixture.openCaseWithTeam();
    auto lead = fixture.as(QStringLiteral("lead"));
    ui::CaseEvidenceTab tab(*lead);
    tab.setCase(caseOf(*lead, caseUid));

    whenDialogOpens(QStringLiteral("evidenceRecordDialog"), [](QDialog* dialog) {
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("evidenceKindComboBox"));
        CHECK(kind->count() == 8);
        kind->setCurrentIndex(kind->findData(QStringLiteral("documentary")));
        dialog->findChild<QLineEdit*>(QStringLiteral("descriptionEdit"))
            ->setText(QStringLiteral("工程款支付凭证复印件"));
        dialog->findChild<QLineEdit*>(QStringLiteral("sourceEdit"))->setText(QStringLiteral("某市交通运输局财务科"));
        dialog->findChild<QLineEdit*>(QStringLiteral("holderEdit"))->setText(QStringLiteral("财务科科长"));
        dialog->findChild<QLineEdit*>(QStringLiteral("placeEdit"))->setText(QStringLiteral("某市交通运输局"));
        dialog->findChild<QLineEdit*>(QStringLiteral("witnessEdit"))->setText(QStringLiteral("王见证"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("factsEdit"))->setPlainText(QStringLiteral("收受工程款回扣"));
        auto* collectors = dialog->findChild<QListWidget*>(QStringLiteral("collectorsListWidget"));
        for (int row = 0; row < collectors->count(); ++row)
            if (collectors->item(row)->data(Qt::UserRole).toString() == QStringLiteral("inv"))
                collectors->item(row)->setCheckState(Qt::Checked);
        dialog->accept();
    });
    tab.findChild<QPushButton*>(QStringLiteral("recordEvidenceButton"))->click();

    evidence::EvidenceService service(*lead);
    auto items = service.evidenceOf(caseUid);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 1);
    const QString evidenceUid = items->first().uid;
    CHECK(items->first().seq == 1);
    CHECK(items->first().kind == QStringLiteral("documentary"));
    CHECK(items->first().collectors.contains(QStringLiteral("lead")));
    CHECK(items->first().collectors.contains(QStringLiteral("inv")));
    CHECK(items->first().facts == QStringLiteral("收受工程款回扣"));
    auto* list = tab.findChild<QTableWidget*>(QStringLiteral("evidenceTableWidget"));
    REQUIRE(list->rowCount() == 1);
    CHECK(list->item(0, 5)->text() == QStringLiteral("收受工程款回扣"));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("凭证扫描.txt"));
    QByteArray content;
    for (int i = 0; i < 3000; ++i)
        content.append("payment voucher line ").append(QByteArray::number(i)).append('\n');
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
    }
    REQUIRE(tab.selectEvidence(evidenceUid));
    REQUIRE(tab.attachFile(path));
    auto withFile = service.evidenceOf(caseUid);
    REQUIRE(withFile.ok());
    REQUIRE(withFile->first().attachments.size() == 1);
    const storage::AttachmentInfo stored = withFile->first().attachments.first();
    CHECK(stored.size == content.size());
    CHECK(stored.sha256 == QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    CHECK(stored.name == QStringLiteral("凭证扫描.txt"));
    auto* files = tab.findChild<QTableWidget*>(QStringLiteral("attachmentsTableWidget"));
    REQUIRE(files->rowCount() == 1);
    CHECK(files->item(0, 2)->text() == QString::fromLatin1(stored.sha256.toHex()));
    CHECK(list->item(0, 6)->text() == QStringLiteral("1"));

    CHECK(tab.verifySelectedAttachment());
    auto* result = tab.findChild<QLabel*>(QStringLiteral("verificationResultLabel"));
    CHECK(result->isVisibleTo(&tab));
    CHECK_FALSE(result->property("failed").toBool());
    CHECK(service.verifyAttachment(stored.uid)->passed);
    QSignalSpy verified(&tab, &ui::CaseEvidenceTab::caseVerificationFinished);
    REQUIRE(tab.verifyWholeCase());
    CHECK(tab.findChild<QProgressBar*>(QStringLiteral("verifyCaseProgressBar"))->isVisibleTo(&tab));
    CHECK_FALSE(tab.verifyWholeCase()); // one run at a time
    REQUIRE(verified.wait(20000));
    CHECK(verified.takeFirst().at(0).toBool());
    CHECK_FALSE(tab.findChild<QProgressBar*>(QStringLiteral("verifyCaseProgressBar"))->isVisibleTo(&tab));
    CHECK_FALSE(result->property("failed").toBool());
    CHECK(storage::querySingleValue(lead->database(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = "
                                                                     "'case.verify_attachments'"))
              ->toInt() == 1);

    whenDialogOpens(QStringLiteral("secondSignerDialog"), [](QDialog* dialog) {
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("custodyKindComboBox"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("stored")));
        dialog->findChild<QLineEdit*>(QStringLiteral("custodyPlaceEdit"))->setText(QStringLiteral("证据室"));
        sign(dialog, QStringLiteral("inv"), test::TestVault::passwordOf(QStringLiteral("inv")));
        dialog->accept();
    });
    tab.findChild<QPushButton*>(QStringLiteral("addCustodyButton"))->click();
    auto events = service.custodyOf(evidenceUid);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->first().kind == QStringLiteral("stored"));
    CHECK(events->first().handedBy == QStringLiteral("lead"));
    CHECK(events->first().receivedBy == QStringLiteral("inv"));
    CHECK(tab.findChild<QTableWidget*>(QStringLiteral("custodyTableWidget"))->rowCount() == 1);
}
