#include "printing/DocumentPrintPreviewDialog.h"

#include "documents/GbtRenderer.h"
#include "printing/PrinterSetup.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QPrinter>
#include <QToolBar>
#include <QVBoxLayout>

namespace qf::ui {

DocumentPrintPreviewDialog::DocumentPrintPreviewDialog(const documents::DocumentLayout& layout, const QString& title,
                                                       QWidget* parent)
    : DocumentPrintPreviewDialog(QList<documents::DocumentLayout>{layout}, title, parent)
{
}

DocumentPrintPreviewDialog::DocumentPrintPreviewDialog(const QList<documents::DocumentLayout>& layouts,
                                                       const QString& title, QWidget* parent)
    : QPrintPreviewDialog(parent), m_layouts(layouts)
{
    setObjectName(QStringLiteral("documentPrintPreviewDialog"));
    setWindowTitle(tr("Print preview: %1").arg(title));
    PrinterSetup::prepare(*printer(), title);
    // The preview only shows; printing is logged and goes through the documents page.
    const QStringList unlogged = {QCoreApplication::translate("QPrintPreviewDialog", "Print"),
                                  QCoreApplication::translate("QPrintPreviewDialog", "Page setup")};
    for (QToolBar* bar : findChildren<QToolBar*>())
        for (QAction* action : bar->actions())
            if (unlogged.contains(action->text()))
                action->setVisible(false);
    const QString note = PrinterSetup::fontNote();
    if (!note.isEmpty()) {
        auto* label = new QLabel(note);
        label->setObjectName(QStringLiteral("fontNoteLabel"));
        label->setWordWrap(true);
        label->setStyleSheet(
            QStringLiteral("QLabel { background: #fff8e1; border: 1px solid #e0c36c; padding: 6px; }"));
        if (auto* box = qobject_cast<QVBoxLayout*>(this->layout()))
            box->insertWidget(0, label);
    }
    connect(this, &QPrintPreviewDialog::paintRequested, this, &DocumentPrintPreviewDialog::paint);
    resize(900, 860);
}

void DocumentPrintPreviewDialog::paint(QPrinter* printer)
{
    // A failure shows as an empty preview; the page reports errors when the document is printed.
    const auto painted = documents::GbtRenderer::render(m_layouts, *printer);
    Q_UNUSED(painted);
}

} // namespace qf::ui
