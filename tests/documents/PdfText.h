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
QSizeF pdfPageSizeMm(const QString& pdfPath);

} // namespace qf::test
