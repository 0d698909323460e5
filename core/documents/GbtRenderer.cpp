#include "documents/GbtRenderer.h"

#include "documents/FontRoles.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <algorithm>

namespace qf::documents {

namespace {

using namespace geometry;

const QColor kRed(0xE6, 0x00, 0x12);
const QString kIndent = QStringLiteral("\u3000\u3000"); // two full-width spaces: the two-character indent

struct LaidLine
{
    QTextLine line;
    double offset = 0; // x offset inside the text block
};

// Paints one run of documents; page numbers continue across documents.
class Composer
{
public:
    Composer(QPainter& painter, QPagedPaintDevice& device) : m_painter(painter), m_device(device)
    {
        m_unitsPerMm = device.logicalDpiX() / 25.4;
        m_pitch = mm(blockHeightMm / linesPerPage);
        m_charPitch = mm(blockWidthMm / charsPerLine);
    }

    int pages() const { return m_page; }

    void document(const DocumentLayout& doc, bool first)
    {
        m_doc = &doc;
        if (!first)
            newPage();
        m_firstPageOfDocument = m_page;
        m_y = mm(topMm);
        header();
        for (const Block& block : doc.body) {
            if (const auto* paragraph = std::get_if<Paragraph>(&block))
                text(*paragraph);
            else if (const auto* table = std::get_if<Table>(&block))
                drawTable(*table);
            else if (const auto* spacer = std::get_if<Spacer>(&block))
                m_y += m_pitch * spacer->lines;
        }
        attachments();
        signature();
        endBlock();
        finishPage();
    }

private:
    double mm(double millimetres) const { return millimetres * m_unitsPerMm; }
    double left() const { return mm(leftMm); }
    double width() const { return mm(blockWidthMm); }
    double bottom() const { return mm(topMm + blockHeightMm); }
    // Where running text stops: above the closing lines a record repeats on every sheet.
    double flowBottom() const { return bottom() - m_pitch * m_doc->pageClosing.size(); }
    bool letter() const { return m_doc->kind == LayoutKind::Letter; }

    QFont fitted(FontRole role, double points) const
    {
        QFont font = makeFont(role, points);
        // Body text runs 28 characters to a 156 mm line. A 3号 character is 5.64 mm wide against a 5.57 mm pitch, so
        // the size is trimmed by the difference (about 1%); letter spacing is not used because the PDF engine scales
        // it.
        if (points >= size::san - 0.1 && points <= size::san + 0.1) {
            const double advance =
                QFontMetricsF(makeFont(role, points, false), &m_device).horizontalAdvance(QChar(0x4E2D));
            if (advance > m_charPitch)
                font.setPointSizeF(points * m_charPitch / advance);
        }
        return font;
    }

    void ensureRoom(double height)
    {
        if (m_y + height > flowBottom() + 0.5)
            newPage();
    }

    void newPage()
    {
        finishPage();
        m_device.newPage();
        ++m_page;
        m_y = mm(topMm);
        if (!m_doc->continuationTitle.isEmpty())
            line(m_doc->continuationTitle, FontRole::HeiTi, size::san, Qt::AlignHCenter);
    }

    void finishPage()
    {
        if (m_finishedPage == m_page)
            return;
        m_finishedPage = m_page;
        pageClosing();
        if (letter() && m_page == m_firstPageOfDocument)
            letterBottomRules();
        else
            pageNumber();
        traceMark();
    }

    // Lays a text out to the width and paints it line by line on the pitch, breaking pages as needed.
    // `flow` breaks pages when the text block is full; page furniture (numbers, the end block) is placed outside it.
    void paintText(const QString& textToDraw, const QFont& font, double x, double lineWidth, Qt::Alignment align,
                   const QColor& color = Qt::black, double pitch = -1, bool flow = true)
    {
        const double step = pitch > 0 ? pitch : m_pitch;
        QTextLayout layout(textToDraw, font, &m_device);
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        QList<QTextLine> lines;
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(lineWidth +
                              mm(0.2)); // a full line of 28 characters must not lose its last one to rounding
            lines << line;
        }
        layout.endLayout();
        m_painter.setPen(color);
        for (const QTextLine& line : std::as_const(lines)) {
            if (flow)
                ensureRoom(step);
            const double top = m_y + (step - line.height()) / 2;
            line.draw(&m_painter, QPointF(x, top - line.y()));
            m_y += step;
        }
    }

    void line(const QString& content, FontRole role, double points, Qt::Alignment align,
              const QColor& color = Qt::black)
    {
        paintText(content, fitted(role, points), left(), width(), align, color);
    }

    void rule(double y, double thicknessMm, const QColor& color, double x0, double x1)
    {
        m_painter.save();
        QPen pen(color);
        pen.setWidthF(mm(thicknessMm));
        pen.setCapStyle(Qt::FlatCap);
        m_painter.setPen(pen);
        m_painter.drawLine(QPointF(x0, y), QPointF(x1, y));
        m_painter.restore();
    }

    void header()
    {
        const DocumentLayout& doc = *m_doc;
        if (doc.kind == LayoutKind::Form) {
            if (!doc.copyNumber.isEmpty() || !doc.secrecy.isEmpty())
                line(QStringList{doc.copyNumber, doc.secrecy}.join(QStringLiteral("  ")).trimmed(), FontRole::HeiTi,
                     size::san, Qt::AlignLeft);
            if (!doc.organMark.isEmpty())
                line(doc.organMark, FontRole::XiaoBiaoSong, size::xiaoEr, Qt::AlignHCenter);
            line(doc.title, FontRole::XiaoBiaoSong, size::er, Qt::AlignHCenter);
            if (!doc.docNumber.isEmpty())
                line(doc.docNumber, FontRole::FangSong, size::san, Qt::AlignRight);
            return;
        }
        if (letter()) {
            m_y = mm(30);
            organMark(doc.organMark);
            const double ruleY = m_y + mm(2);
            const double x0 = mm((pageWidthMm - 170) / 2);
            rule(ruleY, 0.8, kRed, x0, x0 + mm(170));
            rule(ruleY + mm(1.2), 0.3, kRed, x0, x0 + mm(170));
            m_y = std::max(ruleY + mm(3), mm(topMm));
            if (!doc.copyNumber.isEmpty())
                line(doc.copyNumber, FontRole::FangSong, size::san, Qt::AlignLeft);
            if (!doc.secrecy.isEmpty())
                line(doc.secrecy, FontRole::HeiTi, size::san, Qt::AlignLeft);
            if (!doc.docNumber.isEmpty())
                line(doc.docNumber, FontRole::FangSong, size::san, Qt::AlignRight);
        } else {
            line(doc.copyNumber, FontRole::FangSong, size::san, Qt::AlignLeft);
            if (!doc.secrecy.isEmpty())
                line(doc.secrecy, FontRole::HeiTi, size::san, Qt::AlignLeft);
            if (!doc.urgency.isEmpty())
                line(doc.urgency, FontRole::HeiTi, size::san, Qt::AlignLeft);
            m_y = mm(topMm + 35);
            organMark(doc.organMark);
            m_y += m_pitch * 2; // two blank lines
            line(doc.docNumber, FontRole::FangSong, size::san, Qt::AlignHCenter);
            const double ruleY =
                m_y - (m_pitch - QFontMetricsF(fitted(FontRole::FangSong, size::san), &m_device).height()) / 2 + mm(4);
            rule(ruleY, 0.7, kRed, left(), left() + width());
            m_y = ruleY;
        }
        m_y += m_pitch * 2; // two blank lines before the title
        paintText(doc.title, fitted(FontRole::XiaoBiaoSong, size::er), left(), width(), Qt::AlignHCenter);
        if (!doc.addressee.isEmpty()) {
            m_y += m_pitch;
            line(doc.addressee + QStringLiteral("："), FontRole::FangSong, size::san, Qt::AlignLeft);
        }
    }

    void organMark(const QString& mark)
    {
        if (mark.isEmpty())
            return;
        double points = size::xiaoChu;
        QFont font = makeFont(FontRole::XiaoBiaoSong, points);
        while (points > size::er && QFontMetricsF(font, &m_device).horizontalAdvance(mark) > width()) {
            points -= 1;
            font.setPointSizeF(points);
        }
        const double height = QFontMetricsF(font, &m_device).height();
        paintText(mark, font, left(), width(), Qt::AlignHCenter, kRed, height * 1.1);
    }

    void text(const Paragraph& paragraph)
    {
        FontRole role = FontRole::FangSong;
        if (paragraph.headingLevel == 1)
            role = FontRole::HeiTi;
        else if (paragraph.headingLevel == 2)
            role = FontRole::KaiTi;
        const QString content = paragraph.indent && !paragraph.centered ? kIndent + paragraph.text : paragraph.text;
        paintText(content, fitted(role, size::san), left(), width(),
                  paragraph.centered ? Qt::AlignHCenter : Qt::AlignLeft | Qt::AlignAbsolute);
    }

    QList<double> columnWidths(const Table& table) const
    {
        double total = 0;
        for (const TableColumn& column : table.columns)
            total += column.weight;
        QList<double> widths;
        for (const TableColumn& column : table.columns)
            widths << width() * column.weight / std::max(total, 0.001);
        return widths;
    }

    // Height of a row and its laid-out cells.
    double rowHeight(const QStringList& cells, const QList<double>& widths, const QFont& font, double cellPitch) const
    {
        int lines = 1;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            QTextLayout layout(c < cells.size() ? cells.at(c) : QString(), font, &m_device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            int count = 0;
            while (true) {
                QTextLine line = layout.createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(widths.at(c) - mm(3));
                ++count;
            }
            layout.endLayout();
            lines = std::max(lines, count);
        }
        return lines * cellPitch + mm(2);
    }

    void paintRow(const QStringList& cells, const QList<double>& widths, const Table& table, bool isHeader,
                  double height, double cellPitch)
    {
        double x = left();
        m_painter.save();
        QPen pen(Qt::black);
        pen.setWidthF(mm(0.25));
        m_painter.setPen(pen);
        m_painter.drawRect(QRectF(left(), m_y, width(), height));
        const double savedY = m_y;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            if (c > 0)
                m_painter.drawLine(QPointF(x, m_y), QPointF(x, m_y + height));
            const bool label = isHeader || table.labelColumns.contains(static_cast<int>(c));
            QFont font = makeFont(label ? FontRole::HeiTi : FontRole::FangSong, size::xiaoSi);
            m_y = savedY + mm(1);
            const QString content = c < cells.size() ? cells.at(c) : QString();
            QTextLayout layout(content, font, &m_device);
            QTextOption option(isHeader ? Qt::AlignHCenter : Qt::AlignLeft | Qt::AlignAbsolute);
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            double lineTop = m_y;
            while (true) {
                QTextLine line = layout.createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(widths.at(c) - mm(3));
                line.draw(&m_painter, QPointF(x + mm(1.5), lineTop + (cellPitch - line.height()) / 2 - line.y()));
                lineTop += cellPitch;
            }
            layout.endLayout();
            x += widths.at(c);
        }
        m_painter.restore();
        m_y = savedY + height;
    }

    void drawTable(const Table& table)
    {
        const QList<double> widths = columnWidths(table);
        const QFont font = makeFont(FontRole::FangSong, size::xiaoSi);
        const double cellPitch = QFontMetricsF(font, &m_device).height() * 1.35;
        QStringList headers;
        for (const TableColumn& column : table.columns)
            headers << column.header;
        const double headerHeight = table.showHeader ? rowHeight(headers, widths, font, cellPitch) : 0;
        if (table.showHeader) {
            ensureRoom(headerHeight * 2);
            paintRow(headers, widths, table, true, headerHeight, cellPitch);
        }
        for (const QStringList& cells : table.rows) {
            // In a form, a value whose row has nothing after it runs across the rest of the row.
            QList<double> rowWidths = widths;
            QStringList row = cells;
            if (!table.labelColumns.isEmpty() && row.size() > 2 &&
                std::all_of(row.cbegin() + 2, row.cend(), [](const QString& cell) { return cell.isEmpty(); })) {
                double rest = 0;
                for (qsizetype c = 1; c < rowWidths.size(); ++c)
                    rest += rowWidths.at(c);
                rowWidths = {rowWidths.first(), rest};
                row = row.mid(0, 2);
            }
            const double height = rowHeight(row, rowWidths, font, cellPitch);
            if (m_y + height > flowBottom() + 0.5) {
                newPage();
                if (table.showHeader) // continuation pages repeat the column headers
                    paintRow(headers, widths, table, true, headerHeight, cellPitch);
            }
            paintRow(row, rowWidths, table, false, height, cellPitch);
        }
        m_y += m_pitch / 2;
    }

    void attachments()
    {
        if (m_doc->attachments.isEmpty())
            return;
        m_y += m_pitch;
        for (qsizetype i = 0; i < m_doc->attachments.size(); ++i) {
            const QString prefix = i == 0 ? QStringLiteral("附件：") : QStringLiteral("\u3000\u3000\u3000");
            line(kIndent + prefix + QStringLiteral("%1.").arg(i + 1) + m_doc->attachments.at(i), FontRole::FangSong,
                 size::san, Qt::AlignLeft);
        }
    }

    void signature()
    {
        if (!m_doc->signature)
            return;
        m_y += m_pitch; // one blank line below the text
        ensureRoom(m_pitch * 2);
        const QFont font = fitted(FontRole::FangSong, size::san);
        const double organWidth = QFontMetricsF(font, &m_device).horizontalAdvance(m_doc->signature->organ);
        const double organX = left() + width() - m_charPitch * 2 - organWidth;
        paintText(m_doc->signature->organ, font, organX, organWidth + m_charPitch, Qt::AlignLeft);
        const QString date = chineseDate(m_doc->signature->date);
        const double dateWidth = QFontMetricsF(font, &m_device).horizontalAdvance(date);
        paintText(date, font, organX + (organWidth - dateWidth) / 2, dateWidth + m_charPitch, Qt::AlignLeft);
    }

    void endBlock()
    {
        if (!m_doc->endBlock)
            return;
        const double needed = m_pitch * 2 + mm(2);
        if (m_y + needed > bottom())
            newPage();
        const double top = bottom() - needed;
        rule(top, 0.35, Qt::black, left(), left() + width());
        m_y = top + mm(1);
        const QFont font = makeFont(FontRole::FangSong, size::si);
        if (!m_doc->endBlock->copiesTo.isEmpty())
            paintText(QStringLiteral("抄送：") + m_doc->endBlock->copiesTo, font, left() + m_charPitch,
                      width() - m_charPitch * 2, Qt::AlignLeft, Qt::black, -1, false);
        rule(m_y, 0.25, Qt::black, left(), left() + width());
        const QString printed = chineseDate(m_doc->endBlock->printedOn) + QStringLiteral("印发");
        const double printedWidth = QFontMetricsF(font, &m_device).horizontalAdvance(printed);
        const double lineY = m_y;
        paintText(m_doc->endBlock->printingOrgan, font, left() + m_charPitch, width() / 2, Qt::AlignLeft, Qt::black, -1,
                  false);
        m_y = lineY;
        paintText(printed, font, left() + width() - m_charPitch - printedWidth, printedWidth + m_charPitch,
                  Qt::AlignLeft, Qt::black, -1, false);
        rule(bottom(), 0.35, Qt::black, left(), left() + width());
    }

    void pageClosing()
    {
        const double savedY = m_y;
        m_y = flowBottom();
        for (const QString& closing : m_doc->pageClosing)
            paintText(closing, fitted(FontRole::FangSong, size::san), left(), width(), Qt::AlignLeft, Qt::black, -1,
                      false);
        m_y = savedY;
    }

    void pageNumber()
    {
        const QString number = QStringLiteral("— %1 —").arg(m_page);
        const QFont font = makeFont(FontRole::SongTi, size::si);
        const double numberWidth = QFontMetricsF(font, &m_device).horizontalAdvance(number);
        const double x = m_page % 2 == 1 ? left() + width() - m_charPitch - numberWidth : left() + m_charPitch;
        const double savedY = m_y;
        m_y = bottom() + mm(pageNumberGapMm);
        paintText(number, font, x, numberWidth + m_charPitch, Qt::AlignLeft, Qt::black,
                  QFontMetricsF(font, &m_device).height(), false);
        m_y = savedY;
    }

    void letterBottomRules()
    {
        const double x0 = mm((pageWidthMm - 170) / 2);
        const double y = mm(pageHeightMm - 20);
        rule(y - mm(1.2), 0.3, kRed, x0, x0 + mm(170));
        rule(y, 0.8, kRed, x0, x0 + mm(170));
    }

    void traceMark()
    {
        if (m_doc->traceMark.isEmpty())
            return;
        QFont font = makeFont(FontRole::SongTi, 6);
        m_painter.save();
        m_painter.setFont(font);
        m_painter.setPen(QColor(150, 150, 150));
        m_painter.drawText(QRectF(left(), mm(pageHeightMm - 12), width(), mm(5)), Qt::AlignHCenter, m_doc->traceMark);
        m_painter.restore();
    }

    QPainter& m_painter;
    QPagedPaintDevice& m_device;
    const DocumentLayout* m_doc = nullptr;
    double m_unitsPerMm = 1;
    double m_pitch = 0;
    double m_charPitch = 0;
    double m_y = 0;
    int m_page = 1;
    int m_finishedPage = 0;
    int m_firstPageOfDocument = 1;
};

} // namespace

void GbtRenderer::preparePdfWriter(QPdfWriter& writer, const QString& title)
{
    writer.setResolution(1200);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Qingfeng"));
}

Result<int> GbtRenderer::render(const QList<DocumentLayout>& documents, QPagedPaintDevice& device)
{
    if (documents.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("qf::documents", "There is nothing to print."));
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("qf::documents", "The printer or file cannot be written."));
    painter.setRenderHint(QPainter::Antialiasing);
    Composer composer(painter, device);
    for (qsizetype i = 0; i < documents.size(); ++i)
        composer.document(documents.at(i), i == 0);
    painter.end();
    return composer.pages();
}

Result<int> GbtRenderer::renderToPdf(const QList<DocumentLayout>& documents, const QString& path)
{
    QPdfWriter writer(path);
    preparePdfWriter(writer, documents.isEmpty() ? QString() : documents.first().title);
    return render(documents, writer);
}

} // namespace qf::documents
