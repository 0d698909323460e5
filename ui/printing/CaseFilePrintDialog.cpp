#include "printing/CaseFilePrintDialog.h"

#include "ErrorMessages.h"
#include "documents/CaseFileAssembler.h"
#include "documents/GbtRenderer.h"
#include "printing/DocumentPrintPreviewDialog.h"
#include "printing/PrinterSetup.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

CaseFilePrintDialog::CaseFilePrintDialog(access::Session& session, const QString& caseUid, const QString& caseNumber,
                                         QWidget* parent)
    : QDialog(parent), m_session(session), m_caseUid(caseUid), m_caseNumber(caseNumber), m_recipientEdit(new QLineEdit),
      m_resultLabel(new QLabel)
{
    setObjectName(QStringLiteral("caseFilePrintDialog"));
    setWindowTitle(tr("Print case file %1").arg(caseNumber));
    auto* intro = new QLabel(tr("The case file is printed as one run with continuous page numbers: the cover, the "
                                "contents with the page each document starts on, every approved document of the "
                                "case, then the reference sheet. Each document in it is logged as a copy with its "
                                "copy number."));
    intro->setWordWrap(true);
    m_recipientEdit->setObjectName(QStringLiteral("caseFileRecipientLineEdit"));
    m_recipientEdit->setPlaceholderText(tr("e.g. archives office"));
    m_resultLabel->setObjectName(QStringLiteral("caseFileResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Recipient:"), m_recipientEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* previewButton = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("caseFilePreviewButton"));
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("caseFilePrintButton"));
    QPushButton* exportButton = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("caseFileExportButton"));
    connect(previewButton, &QPushButton::clicked, this, &CaseFilePrintDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &CaseFilePrintDialog::print);
    connect(exportButton, &QPushButton::clicked, this, &CaseFilePrintDialog::exportDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_resultLabel);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void CaseFilePrintDialog::showResult(const QString& text, bool error)
{
    m_resultLabel->setText(text);
    m_resultLabel->setStyleSheet(error ? QStringLiteral("QLabel { color: #a4262c; }") : QString());
    m_resultLabel->show();
}

int CaseFilePrintDialog::previewPageCount()
{
    auto run = documents::CaseFileAssembler(m_session).preview(m_caseUid);
    if (!run.ok()) {
        showResult(ErrorMessages::describe(run.error()), true);
        return 0;
    }
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter writer(&scratch);
    documents::GbtRenderer::preparePdfWriter(writer, m_caseNumber);
    auto pages = documents::GbtRenderer::render(run.value(), writer);
    return pages.ok() ? pages.value() : 0;
}

void CaseFilePrintDialog::preview()
{
    auto run = documents::CaseFileAssembler(m_session).preview(m_caseUid);
    if (!run.ok()) {
        showResult(ErrorMessages::describe(run.error()), true);
        return;
    }
    DocumentPrintPreviewDialog dialog(run.value(), tr("case file %1").arg(m_caseNumber), this);
    dialog.exec();
}

void CaseFilePrintDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    PrinterSetup::prepare(printer, tr("case file %1").arg(m_caseNumber));
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("caseFilePrintSystemDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Copies are counted by the print log, one per run.
    printer.setCopyCount(1);
    PrinterSetup::prepare(printer, printer.docName());
    auto pages =
        documents::CaseFileAssembler(m_session).render(m_caseUid, printer, m_recipientEdit->text().trimmed(), false);
    if (!pages.ok())
        showResult(ErrorMessages::describe(pages.error()), true);
    else
        showResult(tr("Printed %n page(s).", nullptr, pages.value()), false);
}

bool CaseFilePrintDialog::exportPdf(const QString& path)
{
    auto pages =
        documents::CaseFileAssembler(m_session).renderToPdf(m_caseUid, path, m_recipientEdit->text().trimmed());
    if (!pages.ok()) {
        showResult(ErrorMessages::describe(pages.error()), true);
        return false;
    }
    showResult(tr("Exported %n page(s) to %1.", nullptr, pages.value()).arg(path), false);
    return true;
}

void CaseFilePrintDialog::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export case file"), tr("case file %1.pdf").arg(m_caseNumber), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

} // namespace qf::ui
