#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QXmlStreamReader>

namespace qf::test {

namespace {
QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}
constexpr double kPointsToMm = 25.4 / 72.0;
} // namespace

// Compatibility normalisation: the PDF's ToUnicode map may name a CJK radical (⽴) for the glyph of the ideograph
// (立) it shares with it; NFKC folds them back.
QString pdfText(const QString& pdfPath)
{
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")}))
        .normalized(QString::NormalizationForm_KC);
}

bool pdfContains(const QString& text, const QString& part)
{
    static const QRegularExpression breaks(QStringLiteral("[\\s\u3000-]"));
    auto plain = [](const QString& value) { return value.normalized(QString::NormalizationForm_KC).remove(breaks); };
    return plain(text).contains(plain(part));
}

QList<PdfWord> pdfWords(const QString& pdfPath)
{
    QXmlStreamReader xml(run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdfPath, QStringLiteral("-")}));
    QList<PdfWord> words;
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("page")) {
            ++page;
        } else if (xml.name() == QLatin1String("word")) {
            const auto attributes = xml.attributes();
            const double x0 = attributes.value(QLatin1String("xMin")).toDouble() * kPointsToMm;
            const double y0 = attributes.value(QLatin1String("yMin")).toDouble() * kPointsToMm;
            const double x1 = attributes.value(QLatin1String("xMax")).toDouble() * kPointsToMm;
            const double y1 = attributes.value(QLatin1String("yMax")).toDouble() * kPointsToMm;
            words << PdfWord{page, xml.readElementText().normalized(QString::NormalizationForm_KC),
                             QRectF(QPointF(x0, y0), QPointF(x1, y1))};
        }
    }
    return words;
}

int pdfPageCount(const QString& pdfPath)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdfPath}));
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QSizeF pdfPageSizeMm(const QString& pdfPath)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdfPath}));
    const auto match = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    return match.hasMatch()
               ? QSizeF(match.captured(1).toDouble() * kPointsToMm, match.captured(2).toDouble() * kPointsToMm)
               : QSizeF();
}

} // namespace qf::test
