// The export and import wizards end to end, on real vaults: A's auditor exports a case through the wizard, B
// verifies and imports it through the wizard; worker threads, progress, cancel, trust and conflicts.
#include "ArchiveFixture.h"
#include "WidgetGrab.h"
#include "archive/ArchiveReportView.h"
#include "archive/ExportPages.h"
#include "archive/ExportWizard.h"
#include "archive/ImportWizard.h"
#include "archive/VerifyArchiveDialog.h"
#include "leads/LeadService.h"
#include "storage/Sql.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <catch2/catch.hpp>

using qf::test::ArchiveFixture;
using qf::ui::ExportWizard;
using qf::ui::ImportWizard;

namespace {

constexpr int kWaitMs = 120000;

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(found);
    return found;
}

// Drives the export wizard through its pages to the running export; returns when the export ended.
bool runExportWizard(ExportWizard& wizard, const QString& caseUid, const QString& path, bool cancelAtOnce = false)
{
    wizard.setKdfParams(qf::crypto::KdfParams::fastForTesting());
    wizard.show();
    REQUIRE(wizard.currentId() == ExportWizard::ScopePageId);
    auto* scope = qobject_cast<qf::ui::ExportScopePage*>(wizard.currentPage());
    REQUIRE(scope);
    CHECK(scope->candidateList()->count() >= 1);
    // Nothing ticked: the wizard stays and says why.
    wizard.next();
    CHECK(wizard.currentId() == ExportWizard::ScopePageId);
    CHECK(child<QLabel>(wizard, "scopeErrorLabel")->isVisibleTo(&wizard));
    REQUIRE(scope->check(caseUid));
    wizard.next();
    REQUIRE(wizard.currentId() == ExportWizard::ProtectionPageId);
    child<QLineEdit>(wizard, "archivePasswordEdit")->setText(QString::fromLatin1(ArchiveFixture::kPassphrase));
    child<QLineEdit>(wizard, "archiveRepeatPasswordEdit")->setText(QStringLiteral("something else entirely"));
    wizard.next();
    CHECK(wizard.currentId() == ExportWizard::ProtectionPageId);
    child<QLineEdit>(wizard, "archiveRepeatPasswordEdit")->setText(QString::fromLatin1(ArchiveFixture::kPassphrase));
    wizard.next();
    REQUIRE(wizard.currentId() == ExportWizard::DestinationPageId);
    child<QLineEdit>(wizard, "destinationEdit")->setText(path);
    QSignalSpy finished(&wizard, &ExportWizard::exportFinished);
    wizard.next();
    REQUIRE(wizard.currentId() == ExportWizard::RunPageId);
    if (cancelAtOnce)
        child<QAbstractButton>(wizard, "exportCancelButton")->click();
    if (finished.isEmpty())
        REQUIRE(finished.wait(kWaitMs));
    REQUIRE(wizard.outcome().has_value());
    return finished.first().first().toBool();
}

void chooseArchive(ImportWizard& wizard, const QString& path, const QString& passphrase)
{
    wizard.show();
    child<QLineEdit>(wizard, "archivePathEdit")->setText(path);
    child<QLineEdit>(wizard, "importPassphraseEdit")->setText(passphrase);
}

bool verifyInWizard(ImportWizard& wizard)
{
    QSignalSpy verified(&wizard, &ImportWizard::verifyFinished);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::VerifyPageId);
    if (verified.isEmpty())
        REQUIRE(verified.wait(kWaitMs));
    REQUIRE(wizard.report().has_value());
    return verified.first().first().toBool();
}

bool importInWizard(ImportWizard& wizard)
{
    QSignalSpy imported(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    if (imported.isEmpty())
        REQUIRE(imported.wait(kWaitMs));
    REQUIRE(wizard.outcome().has_value());
    return imported.first().first().toBool();
}

} // namespace

TEST_CASE("The export wizard writes a case archive on a worker thread and shows its id", "[archive-ui]")
{
    ArchiveFixture f;
    auto auditor = f.a().as(QStringLiteral("auditor"));
    const QString path = f.work(QStringLiteral("wizard-case.qfa"));
    ExportWizard wizard(*auditor);
    REQUIRE(runExportWizard(wizard, f.caseUid(), path));
    const auto& result = wizard.outcome()->value();
    CHECK(QFile::exists(path));
    CHECK(result.path == path);
    CHECK(child<QLineEdit>(wizard, "archiveIdEdit")->text() == result.archiveId);
    CHECK(child<QLabel>(wizard, "exportStatusLabel")->text().contains(QStringLiteral("written")));
    auto* progress = child<QProgressBar>(wizard, "exportProgressBar");
    CHECK(progress->value() == progress->maximum());
    CHECK(result.counts.value(QStringLiteral("case_file")) == 1);
    CHECK(result.counts.value(qf::archive::kAttachmentContent) == 2);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());

    // What the wizard wrote is a real archive: B imports it and holds the same case.
    f.trustAinB();
    auto imported = f.importIntoB(path);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->archiveId == result.archiveId);
    CHECK(qf::test::caseDocuments(f.b().admin().database(), f.caseUid()) ==
          qf::test::caseDocuments(f.a().as(QStringLiteral("auditor"))->database(), f.caseUid()));
}

TEST_CASE("The export list filters by number or title and keeps what was ticked", "[archive-ui]")
{
    ArchiveFixture f;
    {
        auto lead = f.a().as(QStringLiteral("lead"));
        REQUIRE(qf::leads::LeadService(*lead)
                    .registerLead(qf::test::leadAbout(QStringLiteral("反映某科长违规收受礼金"),
                                                      QStringLiteral("钱某某"), QStringLiteral("某区财政局")))
                    .ok());
    }
    auto auditor = f.a().as(QStringLiteral("auditor"));
    ExportWizard wizard(*auditor);
    wizard.show();
    auto* scope = qobject_cast<qf::ui::ExportScopePage*>(wizard.currentPage());
    REQUIRE(scope);
    scope->setKind(qf::archive::ExportScope::Kind::Leads);
    QListWidget* list = scope->candidateList();
    REQUIRE(list->count() >= 2);
    auto visibleRows = [list] {
        QStringList shown;
        for (int row = 0; row < list->count(); ++row)
            if (!list->item(row)->isHidden())
                shown << list->item(row)->text();
        return shown;
    };
    const QString first = list->item(0)->text();
    const QString number = first.section(QStringLiteral("  "), 0, 0);
    list->item(0)->setCheckState(Qt::Checked);

    scope->candidateFilter()->setText(number);
    const QStringList matching = visibleRows();
    REQUIRE(matching.contains(first));
    CHECK(matching.size() < list->count());
    for (const QString& text : matching)
        CHECK(text.contains(number, Qt::CaseInsensitive));
    CHECK(child<QLabel>(wizard, "candidatesShownLabel")->text().startsWith(QString::number(matching.size())));
    qf::test::grabIfAsked(wizard, QStringLiteral("export-wizard-filtered"));

    scope->candidateFilter()->setText(QStringLiteral("no candidate is called this"));
    CHECK(visibleRows().isEmpty());
    // A tick hidden by the filter still counts.
    REQUIRE(scope->scope().uids.size() == 1);
    CHECK(child<QLabel>(wizard, "candidatesShownLabel")->text().endsWith(QStringLiteral("1 ticked")));
    scope->candidateFilter()->clear();
    CHECK(visibleRows().size() == list->count());
}

TEST_CASE("Cancelling the export wizard leaves no archive behind", "[archive-ui]")
{
    ArchiveFixture f;
    auto auditor = f.a().as(QStringLiteral("auditor"));
    const QString path = f.work(QStringLiteral("cancelled.qfa"));
    ExportWizard wizard(*auditor);
    CHECK_FALSE(runExportWizard(wizard, f.caseUid(), path, true));
    CHECK(wizard.outcome()->error().message.contains(QStringLiteral("cancelled")));
    CHECK(wizard.outcome()->error().code == qf::ErrorCode::Cancelled);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(f.work(QString())).entryList({QStringLiteral("cancelled*")}, QDir::Files).isEmpty());
    CHECK(child<QLabel>(wizard, "exportStatusLabel")->text().contains(QStringLiteral("cancelled")));
}

TEST_CASE("The import wizard verifies, imports from a trusted signer and imports the same archive only once",
          "[archive-ui]")
{
    ArchiveFixture f;
    const QString path = f.work(QStringLiteral("case.qfa"));
    auto exported = f.exportCase(path);
    REQUIRE(exported.ok());
    f.trustAinB();
    const QString passphrase = QString::fromLatin1(ArchiveFixture::kPassphrase);

    ImportWizard first(f.b().admin());
    chooseArchive(first, path, passphrase);
    REQUIRE(verifyInWizard(first));
    const auto& report = *first.report();
    CHECK(report.signer.fingerprint == exported->signerFingerprint);
    const QString reportText = child<QPlainTextEdit>(first, "reportText")->toPlainText();
    CHECK(reportText.contains(exported->signerFingerprint));
    CHECK(child<QTableWidget>(first, "entriesTable")->rowCount() == report.manifest.entries.size());
    CHECK(first.currentPage()->isComplete());
    first.next();
    REQUIRE(first.currentId() == ImportWizard::ConfirmPageId);
    CHECK_FALSE(child<QLineEdit>(first, "overrideReasonEdit")->isVisibleTo(&first));
    REQUIRE(importInWizard(first));
    const auto& result = first.outcome()->value();
    CHECK(result.archiveId == exported->archiveId);
    CHECK(result.added > 0);
    CHECK(child<QTableWidget>(first, "conflictTable")->rowCount() == result.conflicts.size());
    CHECK(child<QLabel>(first, "importStatusLabel")->text().contains(QStringLiteral("imported")));
    const auto afterFirst = f.snapshotB();

    ImportWizard second(f.b().admin());
    chooseArchive(second, path, passphrase);
    REQUIRE(verifyInWizard(second));
    second.next();
    REQUIRE(importInWizard(second));
    CHECK(second.outcome()->value().added == 0);
    CHECK(second.outcome()->value().unchanged > 0);
    CHECK(second.outcome()->value().conflicts.isEmpty());
    CHECK(f.snapshotB() == afterFirst);
}

TEST_CASE("An untrusted signer stops an auditor; the administrator imports only with a reason", "[archive-ui]")
{
    ArchiveFixture f;
    const QString path = f.work(QStringLiteral("untrusted.qfa"));
    REQUIRE(f.exportCase(path).ok());
    const QString passphrase = QString::fromLatin1(ArchiveFixture::kPassphrase);
    const auto before = f.snapshotB();

    {
        auto auditor =
            f.b().login(QStringLiteral("auditor"), qf::test::TestVault::passwordOf(QStringLiteral("auditor")));
        REQUIRE(auditor.ok());
        ImportWizard wizard(*auditor.value());
        chooseArchive(wizard, path, passphrase);
        CHECK_FALSE(verifyInWizard(wizard));
        CHECK(wizard.needsOverride());
        CHECK_FALSE(wizard.mayImport());
        CHECK_FALSE(wizard.currentPage()->isComplete());
        CHECK(child<QLabel>(wizard, "verifyStatusLabel")->text().contains(QStringLiteral("administrator")));
    }

    ImportWizard wizard(f.b().admin());
    chooseArchive(wizard, path, passphrase);
    CHECK_FALSE(verifyInWizard(wizard));
    REQUIRE(wizard.mayImport());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ConfirmPageId);
    auto* reason = child<QLineEdit>(wizard, "overrideReasonEdit");
    CHECK(reason->isVisibleTo(&wizard));
    wizard.next(); // no reason given
    CHECK(wizard.currentId() == ImportWizard::ConfirmPageId);
    CHECK(f.snapshotB() == before);
    reason->setText(QStringLiteral("指纹已电话核对"));
    REQUIRE(importInWizard(wizard));
    auto logged = qf::storage::querySingleValue(f.b().admin().database(),
                                                QStringLiteral("SELECT override_reason FROM archive_import"));
    REQUIRE(logged.ok());
    CHECK(logged->toString() == QStringLiteral("指纹已电话核对"));
}

TEST_CASE("A damaged archive is reported by the verify dialog and cannot be imported", "[archive-ui]")
{
    ArchiveFixture f;
    const QString path = f.work(QStringLiteral("damaged.qfa"));
    REQUIRE(f.exportCase(path).ok());
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 middle = file.size() / 2;
        REQUIRE(file.seek(middle));
        char byte = 0;
        REQUIRE(file.getChar(&byte));
        REQUIRE(file.seek(middle));
        REQUIRE(file.putChar(static_cast<char>(byte ^ 0x10)));
    }
    const auto before = f.snapshotB();

    qf::ui::VerifyArchiveDialog dialog(f.b().admin().vault());
    dialog.show();
    dialog.setPath(path);
    child<QLineEdit>(dialog, "verifyPassphraseEdit")->setText(QString::fromLatin1(ArchiveFixture::kPassphrase));
    QSignalSpy verified(&dialog, &qf::ui::VerifyArchiveDialog::verifyFinished);
    child<QAbstractButton>(dialog, "verifyButton")->click();
    if (verified.isEmpty())
        REQUIRE(verified.wait(kWaitMs));
    CHECK_FALSE(verified.first().first().toBool());
    REQUIRE(dialog.report().has_value());
    CHECK(dialog.report()->failure->code == qf::ErrorCode::Damaged);
    CHECK_FALSE(child<QLabel>(dialog, "verdictLabel")->text().isEmpty());

    ImportWizard wizard(f.b().admin());
    chooseArchive(wizard, path, QString::fromLatin1(ArchiveFixture::kPassphrase));
    CHECK_FALSE(verifyInWizard(wizard));
    CHECK_FALSE(wizard.mayImport());
    CHECK_FALSE(wizard.currentPage()->isComplete());
    CHECK(f.snapshotB() == before);
}
