#pragma once

#include "common/Result.h"
#include "documents/DocumentLayout.h"

#include <QList>

class QPagedPaintDevice;
class QPdfWriter;

namespace qf::documents {

// Page geometry of GB/T 9704-2012 (FORMS.md §1).
namespace geometry {
constexpr double pageWidthMm = 210, pageHeightMm = 297;
constexpr double topMm = 37, leftMm = 28, blockWidthMm = 156, blockHeightMm = 225;
constexpr int linesPerPage = 22, charsPerLine = 28;
constexpr double pageNumberGapMm = 7;
} // namespace geometry

// Lays documents out on A4 pages exactly as GB/T 9704 prescribes and paints them on any paged device: a PDF
// writer, or a printer chosen in the print dialog. Several documents render as one run with continuous page numbers
// (a case file).
class GbtRenderer
{
public:
    // Prepares a PDF writer: A4, no margins (the renderer places everything), high resolution.
    static void preparePdfWriter(QPdfWriter& writer, const QString& title);
    // Returns the number of pages painted.
    static Result<int> render(const QList<DocumentLayout>& documents, QPagedPaintDevice& device);
    static Result<int> renderToPdf(const QList<DocumentLayout>& documents, const QString& path);
};

} // namespace qf::documents
