#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace qf::test {

// A word of a rendered PDF page with its box in millimetres, read back with poppler's pdftotext.
struct PdfWord
{
    int page = 0;
    QString text;
    QRectF boxMm;
};

QString pdfText(const QString& pdfPath);         // plain text of every page, in reading order
QList<PdfWord> pdfWords(const QString& pdfPath); // words with positions (pdftotext -bbox)
int pdfPageCount(const QString& pdfPath);
// Whether extracted text holds `part`, compared as pdftotext gives it: NFKC-folded (full-width punctuation becomes
// ASCII), without spaces, line breaks or hyphens from wrapping.
bool pdfContains(const QString& text, const QString& part);
QSizeF pdfPageSizeMm(const QString& pdfPath);

} // namespace qf::test
