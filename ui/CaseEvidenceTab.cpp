#include "CaseEvidenceTab.h"

#include "AttachmentDropZone.h"
#include "CaseVerifyThread.h"
#include "ErrorMessages.h"
#include "EvidenceRecordDialog.h"
#include "EvidenceTerms.h"
#include "SecondSignerDialog.h"
#include "access/Session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <atomic>

namespace qf::ui {

namespace {

// Progress of a byte stream in a dialog; keeps the window responsive while core streams on this thread.
storage::ByteProgress progressTo(QProgressDialog& dialog, std::atomic_bool* cancel)
{
    return [&dialog, cancel](qint64 done, qint64 total) {
        const int permille = total > 0 ? static_cast<int>(done * 1000 / total) : 0;
        dialog.setValue(std::min(permille, 999));
        QCoreApplication::processEvents();
        if (cancel && dialog.wasCanceled())
            cancel->store(true);
    };
}

} // namespace

CaseEvidenceTab::CaseEvidenceTab(access::Session& session, QWidget* parent)
    : CaseTab(session, parent), m_table(makeTable({tr("No."), tr("Type"), tr("Description"), tr("Source"),
                                                   tr("Collected by"), tr("Facts supported"), tr("Files")},
                                                  QStringLiteral("evidenceTableWidget"))),
      m_attachments(makeTable({tr("File"), tr("Size"), tr("SHA-256"), tr("Integrity")},
                              QStringLiteral("attachmentsTableWidget"))),
      m_custody(makeTable({tr("When"), tr("Step"), tr("Place"), tr("Handed over by"), tr("Received by"), tr("Note")},
                          QStringLiteral("custodyTableWidget"))),
      m_dropZone(new AttachmentDropZone), m_resultLabel(new QLabel), m_verifyProgress(new QProgressBar),
      m_recordButton(makeButton(tr("Record evide&nce…"), QStringLiteral("recordEvidenceButton"))),
      m_attachButton(makeButton(tr("Attach f&ile…"), QStringLiteral("attachFileButton"))),
      m_verifyButton(makeButton(tr("Verif&y integrity"), QStringLiteral("verifyAttachmentButton"))),
      m_verifyAllButton(makeButton(tr("Verify &all of this case"), QStringLiteral("verifyCaseButton"))),
      m_cancelVerifyButton(makeButton(tr("Cancel verification"), QStringLiteral("cancelVerifyCaseButton"))),
      m_exportButton(makeButton(tr("E&xport copy…"), QStringLiteral("exportCopyButton"))),
      m_previewButton(makeButton(tr("Pre&view"), QStringLiteral("previewAttachmentButton"))),
      m_custodyButton(makeButton(tr("Add &custody step…"), QStringLiteral("addCustodyButton")))
{
    setObjectName(QStringLiteral("caseEvidenceTab"));
    m_table->setColumnWidth(0, 50);
    m_table->setColumnWidth(1, 150);
    m_table->setColumnWidth(2, 230);
    m_table->setColumnWidth(3, 170);
    m_table->setColumnWidth(4, 150);
    m_table->setColumnWidth(5, 220);
    m_attachments->setColumnWidth(0, 170);
    m_attachments->setColumnWidth(1, 80);
    m_attachments->setColumnWidth(2, 150);
    m_custody->setColumnWidth(0, 115);
    m_custody->setColumnWidth(1, 85);
    m_custody->setColumnWidth(2, 85);
    m_custody->setColumnWidth(3, 80);
    m_custody->setColumnWidth(4, 80);
    m_resultLabel->setObjectName(QStringLiteral("verificationResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_resultLabel->hide();
    m_verifyProgress->setObjectName(QStringLiteral("verifyCaseProgressBar"));
    m_verifyProgress->setRange(0, 1000);
    m_verifyProgress->setFormat(tr("Verifying… %p%"));
    m_verifyProgress->hide();
    m_cancelVerifyButton->hide();

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_recordButton);
    listButtons->addStretch();
    listButtons->addWidget(m_verifyProgress);
    listButtons->addWidget(m_cancelVerifyButton);
    listButtons->addWidget(m_verifyAllButton);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(listButtons);

    auto* filesBox = new QGroupBox(tr("Attached files of the selected evidence"));
    filesBox->setObjectName(QStringLiteral("attachmentsGroupBox"));
    auto* fileButtons = new QHBoxLayout;
    for (QPushButton* button : {m_attachButton, m_verifyButton, m_previewButton, m_exportButton})
        fileButtons->addWidget(button);
    fileButtons->addStretch();
    auto* filesLayout = new QVBoxLayout(filesBox);
    filesLayout->addWidget(m_dropZone);
    filesLayout->addWidget(m_attachments, 1);
    filesLayout->addLayout(fileButtons);

    auto* custodyBox = new QGroupBox(tr("Chain of custody"));
    custodyBox->setObjectName(QStringLiteral("custodyGroupBox"));
    auto* custodyButtons = new QHBoxLayout;
    custodyButtons->addWidget(m_custodyButton);
    custodyButtons->addStretch();
    auto* custodyLayout = new QVBoxLayout(custodyBox);
    custodyLayout->addWidget(m_custody, 1);
    custodyLayout->addLayout(custodyButtons);

    auto* details = new QSplitter(Qt::Horizontal);
    details->setObjectName(QStringLiteral("evidenceDetailsSplitter"));
    details->addWidget(filesBox);
    details->addWidget(custodyBox);
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);
    details->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("evidenceSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_resultLabel);

    connect(m_recordButton, &QPushButton::clicked, this, &CaseEvidenceTab::recordEvidence);
    connect(m_attachButton, &QPushButton::clicked, this, &CaseEvidenceTab::chooseFiles);
    connect(m_dropZone, &AttachmentDropZone::filesDropped, this, &CaseEvidenceTab::attachFiles);
    connect(m_verifyButton, &QPushButton::clicked, this, &CaseEvidenceTab::verifySelectedAttachment);
    connect(m_verifyAllButton, &QPushButton::clicked, this, &CaseEvidenceTab::verifyWholeCase);
    connect(m_cancelVerifyButton, &QPushButton::clicked, this, &CaseEvidenceTab::cancelCaseVerification);
    connect(m_exportButton, &QPushButton::clicked, this, &CaseEvidenceTab::exportCopy);
    connect(m_previewButton, &QPushButton::clicked, this, &CaseEvidenceTab::previewAttachment);
    connect(m_custodyButton, &QPushButton::clicked, this, &CaseEvidenceTab::addCustodyStep);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseEvidenceTab::showDetails);
    connect(m_attachments, &QTableWidget::itemSelectionChanged, this, &CaseEvidenceTab::updateButtons);
}

void CaseEvidenceTab::reload()
{
    if (m_shownCaseUid != m_case.uid) {
        m_shownCaseUid = m_case.uid;
        m_checks.clear();
        m_failed.clear();
        m_resultLabel->hide();
    }
    const QString keep = selectedKey(m_table);
    m_table->setRowCount(0);
    auto items = evidence::EvidenceService(m_session).evidenceOf(m_case.uid);
    m_items = items.ok() ? items.value() : QList<evidence::EvidenceItem>{};
    m_table->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const evidence::EvidenceItem& e = m_items.at(row);
        const QString source = e.holder.isEmpty() ? e.source : tr("%1 (from %2)").arg(e.source, e.holder);
        setRow(m_table, row,
               {QString::number(e.seq), EvidenceTerms::evidenceKindName(e.kind), e.description, source,
                e.collectors.join(tr(", ")), e.facts, QString::number(e.attachments.size())},
               e.uid);
        m_table->item(row, 0)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->item(row, 6)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (e.uid == keep)
            m_table->selectRow(row);
    }
    showDetails();
}

const evidence::EvidenceItem* CaseEvidenceTab::selectedItem() const
{
    const QString uid = selectedKey(m_table);
    for (const evidence::EvidenceItem& e : m_items)
        if (e.uid == uid)
            return &e;
    return nullptr;
}

bool CaseEvidenceTab::selectEvidence(const QString& evidenceUid)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == evidenceUid) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

void CaseEvidenceTab::showDetails()
{
    const QString keep = selectedKey(m_attachments);
    m_attachments->setRowCount(0);
    m_custody->setRowCount(0);
    m_events.clear();
    const evidence::EvidenceItem* e = selectedItem();
    if (e) {
        m_attachments->setRowCount(static_cast<int>(e->attachments.size()));
        for (int row = 0; row < e->attachments.size(); ++row) {
            const storage::AttachmentInfo& a = e->attachments.at(row);
            const QString hex = QString::fromLatin1(a.sha256.toHex());
            setRow(m_attachments, row,
                   {a.name, EvidenceTerms::byteSize(a.size), hex, m_checks.value(a.uid, tr("not checked here"))},
                   a.uid);
            m_attachments->item(row, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_attachments->item(row, 0)->setToolTip(
                tr("%1\n%2, %3").arg(a.name, a.mimeType, EvidenceTerms::byteSize(a.size)));
            QFont mono = m_attachments->font();
            mono.setFamily(QStringLiteral("monospace"));
            m_attachments->item(row, 2)->setFont(mono);
            if (m_failed.contains(a.uid)) {
                QTableWidgetItem* check = m_attachments->item(row, 3);
                check->setForeground(QColor(0xb0, 0x00, 0x20));
                QFont bold = check->font();
                bold.setBold(true);
                check->setFont(bold);
            }
            if (a.uid == keep)
                m_attachments->selectRow(row);
        }
        if (m_attachments->rowCount() > 0 && keep.isEmpty())
            m_attachments->selectRow(0);
        auto events = evidence::EvidenceService(m_session).custodyOf(e->uid);
        m_events = events.ok() ? events.value() : QList<evidence::CustodyEvent>{};
        m_custody->setRowCount(static_cast<int>(m_events.size()));
        for (int row = 0; row < m_events.size(); ++row) {
            const evidence::CustodyEvent& ev = m_events.at(row);
            QString note = ev.note;
            if (!ev.correctsUid.isEmpty()) {
                for (int earlier = 0; earlier < row; ++earlier)
                    if (m_events.at(earlier).uid == ev.correctsUid)
                        note = tr("Corrects step %1: %2").arg(earlier + 1).arg(ev.note);
            }
            setRow(m_custody, row,
                   {EvidenceTerms::dateTime(ev.at), EvidenceTerms::custodyKindName(ev.kind), ev.place, ev.handedBy,
                    ev.receivedBy, note},
                   ev.uid);
        }
    }
    updateButtons();
}

void CaseEvidenceTab::updateButtons()
{
    const bool manager = m_session.can(access::Permission::ManageCases);
    const bool item = selectedItem() != nullptr;
    const bool attachment = !selectedKey(m_attachments).isEmpty();
    m_recordButton->setEnabled(manager && !m_case.uid.isEmpty());
    m_attachButton->setEnabled(manager && item);
    m_dropZone->setEnabled(manager && item);
    m_custodyButton->setEnabled(manager && item);
    m_verifyButton->setEnabled(attachment);
    m_exportButton->setEnabled(attachment);
    m_previewButton->setEnabled(attachment);
    bool any = false;
    for (const evidence::EvidenceItem& e : std::as_const(m_items))
        any = any || !e.attachments.isEmpty();
    m_verifyAllButton->setEnabled(any && !m_verifyThread);
}

void CaseEvidenceTab::recordEvidence()
{
    EvidenceRecordDialog dialog(m_session, m_case, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString uid = dialog.recorded().uid;
    Q_EMIT changed();
    reload();
    selectEvidence(uid);
}

void CaseEvidenceTab::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files to the evidence"));
    attachFiles(paths);
}

void CaseEvidenceTab::attachFiles(const QStringList& paths)
{
    bool any = false;
    for (const QString& path : paths) {
        if (!attachFile(path))
            break;
        any = true;
    }
    if (any)
        Q_EMIT changed();
}

bool CaseEvidenceTab::attachFile(const QString& path)
{
    const evidence::EvidenceItem* e = selectedItem();
    if (!e)
        return false;
    const QString evidenceUid = e->uid;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Attach a file"),
            tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QString mime = QMimeDatabase().mimeTypeForFile(path).name();
    QProgressDialog progress(tr("Storing %1 in the vault…").arg(name), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("attachProgressDialog"));
    progress.setWindowTitle(tr("Attach a file"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    std::atomic_bool cancel{false};
    auto stored = evidence::EvidenceService(m_session).attach(evidenceUid, file, name, mime,
                                                              progressTo(progress, &cancel), &cancel);
    progress.close();
    reload();
    selectEvidence(evidenceUid);
    if (!stored.ok()) {
        if (!cancel.load())
            showFailure(stored.error(), tr("Attach a file"));
        return false;
    }
    for (int row = 0; row < m_attachments->rowCount(); ++row)
        if (m_attachments->item(row, 0)->data(Qt::UserRole).toString() == stored->uid)
            m_attachments->selectRow(row);
    showResult(stored->reused
                   ? tr("%1 is stored. The same content was already in the vault and is kept once.").arg(name)
                   : tr("%1 is stored encrypted in the vault (SHA-256 %2).")
                         .arg(name, QString::fromLatin1(stored->sha256.toHex())),
               false);
    return true;
}

bool CaseEvidenceTab::verifySelectedAttachment()
{
    const QString uid = selectedKey(m_attachments);
    if (uid.isEmpty())
        return false;
    const QString name = m_attachments->item(m_attachments->currentRow(), 0)->text();
    auto check = evidence::EvidenceService(m_session).verifyAttachment(uid);
    if (!check.ok())
        return showFailure(check.error(), tr("Verify integrity"));
    if (check->passed) {
        m_checks.insert(uid, tr("passed %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"))));
        if (m_failed.contains(uid))
            m_checks.insert(uid, tr("FAILED earlier; this check passed"));
        showResult(tr("%1: every chunk matches its SHA-256. The check is recorded.").arg(name), false);
    } else {
        m_failed.insert(uid);
        m_checks.insert(uid, tr("FAILED"));
        showResult(tr("Verification FAILED for %1: %2. This failure is recorded permanently in the vault and is "
                      "never cleared.")
                       .arg(name, check->detail),
                   true);
    }
    showDetails();
    return check->passed;
}

bool CaseEvidenceTab::verifyWholeCase()
{
    if (m_verifyThread || m_case.uid.isEmpty() || m_session.isLocked())
        return false;
    auto attachments = evidence::CaseVerificationService(m_session).attachmentsOf(m_case.uid);
    if (!attachments.ok())
        return showFailure(attachments.error(), tr("Verify all of this case"));
    m_verifyThread = new CaseVerifyThread(m_session.vault(), attachments.value(), this);
    connect(m_verifyThread, &CaseVerifyThread::progressed, this, [this](qint64 done, qint64 total) {
        m_verifyProgress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 1000);
    });
    connect(m_verifyThread, &QThread::finished, this, &CaseEvidenceTab::finishCaseVerification);
    m_verifyProgress->setValue(0);
    m_verifyProgress->show();
    m_cancelVerifyButton->show();
    m_cancelVerifyButton->setFocus();
    m_verifyAllButton->setEnabled(false);
    m_resultLabel->hide();
    m_verifyThread->start(QThread::LowPriority);
    return true;
}

void CaseEvidenceTab::cancelCaseVerification()
{
    if (m_verifyThread)
        m_verifyThread->cancel();
}

void CaseEvidenceTab::stopCaseVerification()
{
    if (!m_verifyThread)
        return;
    m_verifyThread->disconnect(this);
    m_verifyThread->cancel();
    m_verifyThread->wait();
    delete m_verifyThread;
    m_verifyThread = nullptr;
    m_verifyProgress->hide();
    m_cancelVerifyButton->hide();
    updateButtons();
}

void CaseEvidenceTab::releaseForLock()
{
    stopCaseVerification();
}

// The hashes were computed on the worker's connection; the outcome is recorded here, with its audit entry.
void CaseEvidenceTab::finishCaseVerification()
{
    if (!m_verifyThread)
        return;
    const auto outcome = m_verifyThread->outcome();
    stopCaseVerification();
    if (!outcome || !outcome->ok()) {
        if (outcome && outcome->code() == ErrorCode::Cancelled)
            showResult(tr("Verification cancelled; nothing was recorded."), false);
        else
            showFailure(outcome ? outcome->error() : makeError(ErrorCode::Failed, tr("The verification did not run.")),
                        tr("Verify all of this case"));
        Q_EMIT caseVerificationFinished(false);
        return;
    }
    auto recorded = evidence::CaseVerificationService(m_session).record(m_case.uid, outcome->value());
    if (!recorded.ok()) {
        showFailure(recorded.error(), tr("Verify all of this case"));
        Q_EMIT caseVerificationFinished(false);
        return;
    }
    for (const evidence::AttachmentOutcome& checked : outcome->value()) {
        if (!checked.check.passed)
            m_failed.insert(checked.attachment.uid);
        m_checks.insert(checked.attachment.uid, checked.check.passed ? tr("passed") : tr("FAILED"));
    }
    showDetails();
    const evidence::CaseVerification& v = recorded.value();
    if (v.failed == 0) {
        showResult(
            tr("All %n attachment(s) of this case passed verification. The check is recorded.", nullptr, v.attachments),
            false);
    } else {
        showResult(tr("Verification FAILED for %1 of %2 attachments: %3. Failures are recorded permanently and are "
                      "never cleared.")
                       .arg(v.failed)
                       .arg(v.attachments)
                       .arg(v.failures.join(tr("; "))),
                   true);
    }
    Q_EMIT caseVerificationFinished(v.failed == 0);
}

// Images and text are shown from memory; nothing decrypted touches the disk. Other types are exported on request.
void CaseEvidenceTab::previewAttachment()
{
    const QString uid = selectedKey(m_attachments);
    if (uid.isEmpty())
        return;
    auto content = evidence::EvidenceService(m_session).previewAttachment(uid);
    if (!content.ok()) {
        showFailure(content.error(), tr("Preview"));
        return;
    }
    const QString name = m_attachments->item(m_attachments->currentRow(), 0)->text();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("attachmentPreviewDialog"));
    dialog.setWindowTitle(tr("Preview of %1").arg(name));
    auto* layout = new QVBoxLayout(&dialog);
    QImage image;
    if (image.loadFromData(content.value())) {
        auto* area = new QScrollArea;
        auto* picture = new QLabel;
        picture->setObjectName(QStringLiteral("previewImageLabel"));
        picture->setPixmap(QPixmap::fromImage(image));
        area->setWidget(picture);
        layout->addWidget(area);
    } else if (const QString text = QString::fromUtf8(content.value()); !text.contains(QChar(0xFFFD))) {
        auto* view = new QPlainTextEdit(text);
        view->setObjectName(QStringLiteral("previewTextEdit"));
        view->setReadOnly(true);
        layout->addWidget(view);
    } else {
        layout->addWidget(
            new QLabel(tr("This type of file cannot be shown here. Use Export copy… to open it in another "
                          "program.")));
    }
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(close);
    dialog.resize(900, 700);
    dialog.exec();
    content.value().fill('\0'); // do not leave the decrypted bytes lying around in freed memory
}

void CaseEvidenceTab::exportCopy()
{
    const QString uid = selectedKey(m_attachments);
    if (uid.isEmpty())
        return;
    const QString name = m_attachments->item(m_attachments->currentRow(), 0)->text();
    const auto answer = QMessageBox::warning(
        this, tr("Export a copy"),
        tr("This writes a decrypted, plaintext copy of %1 outside the vault. Anyone who can read the folder you "
           "choose can read the file. The export is recorded in the audit log.\n\nExport anyway?")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a plaintext copy"), name);
    if (path.isEmpty())
        return;
    QSaveFile output(path);
    if (!output.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(this, tr("Export a copy"),
                             tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), output.errorString()));
        return;
    }
    QProgressDialog progress(tr("Writing a plaintext copy of %1…").arg(name), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    const Status exported =
        evidence::EvidenceService(m_session).exportAttachment(uid, output, progressTo(progress, nullptr));
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (!exported.ok() || cancelled) {
        output.cancelWriting();
        if (!exported.ok())
            showFailure(exported.error(), tr("Export a copy"));
        return;
    }
    if (!output.commit()) {
        QMessageBox::warning(this, tr("Export a copy"),
                             tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), output.errorString()));
        return;
    }
    showResult(tr("A plaintext copy of %1 was written to %2.").arg(name, QDir::toNativeSeparators(path)), false);
}

void CaseEvidenceTab::addCustodyStep()
{
    const evidence::EvidenceItem* e = selectedItem();
    if (!e)
        return;
    const QString evidenceUid = e->uid;
    SecondSignerDialog dialog(
        m_session, tr("Add a custody step"),
        tr("Evidence no. %1: %2. You hand it over; the person receiving it confirms.").arg(e->seq).arg(e->description),
        this);
    auto* kind = new QComboBox;
    kind->setObjectName(QStringLiteral("custodyKindComboBox"));
    for (const QString& code : EvidenceTerms::custodyKinds())
        kind->addItem(EvidenceTerms::custodyKindName(code), code);
    auto* place = new QLineEdit;
    place->setObjectName(QStringLiteral("custodyPlaceEdit"));
    auto* corrects = new QComboBox;
    corrects->setObjectName(QStringLiteral("correctsComboBox"));
    for (int row = 0; row < m_events.size(); ++row) {
        const evidence::CustodyEvent& ev = m_events.at(row);
        corrects->addItem(tr("%1. %2, %3, %4")
                              .arg(row + 1)
                              .arg(EvidenceTerms::custodyKindName(ev.kind), EvidenceTerms::dateTime(ev.at), ev.place),
                          ev.uid);
    }
    corrects->setEnabled(false);
    auto* note = new QPlainTextEdit;
    note->setObjectName(QStringLiteral("custodyNoteEdit"));
    note->setTabChangesFocus(true);
    note->setMaximumHeight(note->fontMetrics().height() * 4);
    dialog.insertRow(tr("&Step:"), kind);
    dialog.insertRow(tr("&Place:"), place);
    dialog.insertRow(tr("C&orrects:"), corrects);
    dialog.insertRow(tr("&Note:"), note);
    connect(kind, &QComboBox::currentIndexChanged, corrects,
            [kind, corrects] { corrects->setEnabled(kind->currentData().toString() == QLatin1String("correction")); });
    QStringList team;
    for (const cases::TeamMember& member : std::as_const(m_case.team))
        team.append(member.login);
    dialog.setSuggestedLogins(team);
    dialog.setCheck([this, kind, place, corrects, note]() -> QString {
        if (place->text().trimmed().isEmpty())
            return tr("Say where the step took place.");
        if (kind->currentData().toString() == QLatin1String("correction") &&
            (corrects->currentIndex() < 0 || note->toPlainText().trimmed().isEmpty()))
            return tr("A correction names the step it corrects and says in the note what was wrong.");
        return {};
    });
    dialog.setAction([this, evidenceUid, kind, place, corrects, note](const access::SecondSigner& signer) -> Status {
        const bool correction = kind->currentData().toString() == QLatin1String("correction");
        auto added = evidence::EvidenceService(m_session).addCustodyEvent(
            evidenceUid, kind->currentData().toString(), place->text().trimmed(), signer, note->toPlainText().trimmed(),
            correction ? corrects->currentData().toString() : QString());
        return added.ok() ? Status() : Status(added.error());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT changed();
    reload();
    selectEvidence(evidenceUid);
}

void CaseEvidenceTab::showResult(const QString& text, bool failed)
{
    m_resultLabel->setText(text);
    if (failed) {
        m_resultLabel->setStyleSheet(QStringLiteral(
            "QLabel { background: #fde7e9; color: #8a0016; border: 2px solid #c50f1f; border-radius: 4px; "
            "padding: 8px; font-weight: bold; }"));
    } else {
        m_resultLabel->setStyleSheet(QStringLiteral(
            "QLabel { background: #e9f5ec; color: #0b5a24; border: 1px solid #6bb77b; border-radius: 4px; "
            "padding: 6px; }"));
    }
    m_resultLabel->setProperty("failed", failed);
    m_resultLabel->show();
}

} // namespace qf::ui
