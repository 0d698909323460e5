#pragma once

#include "documents/DocumentLayout.h"

#include <QPrintPreviewDialog>

class QPrinter;

namespace qf::ui {

// The print preview of one document (or of a run of them) at its exact page geometry, with a note above it when
// stand-in fonts play the official ones. Printing from here goes through the caller (it must be logged), so the dialog
// only previews.
class DocumentPrintPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    DocumentPrintPreviewDialog(const documents::DocumentLayout& layout, const QString& title,
                               QWidget* parent = nullptr);
    // Several documents as one run with continuous page numbers (a case file).
    DocumentPrintPreviewDialog(const QList<documents::DocumentLayout>& layouts, const QString& title,
                               QWidget* parent = nullptr);

private:
    void paint(QPrinter* printer);

    QList<documents::DocumentLayout> m_layouts;
};

} // namespace qf::ui
