#pragma once

#include "documents/DocumentLayout.h"

#include <QPrintPreviewDialog>

class QPrinter;

namespace qf::ui {

// The print preview of one document at its exact page geometry, with a note above it when stand-in fonts play the
// official ones. Printing from here goes through the caller (it must be logged), so the dialog only previews.
class DocumentPrintPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    DocumentPrintPreviewDialog(const documents::DocumentLayout& layout, const QString& title,
                               QWidget* parent = nullptr);

private:
    void paint(QPrinter* printer);

    documents::DocumentLayout m_layout;
};

} // namespace qf::ui
