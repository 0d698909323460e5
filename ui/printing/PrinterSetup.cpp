#include "printing/PrinterSetup.h"

#include "UiSettings.h"
#include "documents/FontRoles.h"

#include <QMarginsF>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QPrinterInfo>
#include <algorithm>

namespace qf::ui {

void PrinterSetup::prepare(QPrinter& printer, const QString& documentTitle)
{
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter, QMarginsF(0, 0, 0, 0)));
    printer.setDocName(documentTitle);
    printer.setCreator(QStringLiteral("Qingfeng"));
}

void PrinterSetup::selectDefaultPrinter(QPrinter& printer)
{
    const QString chosen = UiSettings::defaultPrinter();
    if (!chosen.isEmpty() && printer.outputFormat() == QPrinter::NativeFormat &&
        QPrinterInfo::availablePrinterNames().contains(chosen))
        printer.setPrinterName(chosen);
}

namespace {

QPrinterInfo printerInfo(const QString& printerName)
{
    return printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(printerName);
}

} // namespace

bool PrinterSetup::offersA4(const QString& printerName)
{
    const QPrinterInfo info = printerInfo(printerName);
    if (info.isNull())
        return false;
    const QList<QPageSize> sizes = info.supportedPageSizes();
    return std::any_of(sizes.cbegin(), sizes.cend(), [](const QPageSize& size) { return size.id() == QPageSize::A4; });
}

QString PrinterSetup::paperCheck(const QString& printerName)
{
    const QPrinterInfo info = printerInfo(printerName);
    if (info.isNull())
        return printerName.isEmpty() ? tr("No printer is installed on this computer. Documents can still be exported "
                                          "as PDF.")
                                     : tr("The printer %1 is not available on this computer.").arg(printerName);
    if (offersA4(info.printerName()))
        return tr("The printer %1 offers A4 paper: official documents print at their exact size.")
            .arg(info.printerName());
    return tr("The printer %1 offers no A4 paper. Official documents would not print at their exact size; choose "
              "another printer or load A4 paper in its settings.")
        .arg(info.printerName());
}

bool PrinterSetup::confirmPaper(const QPrinter& printer, QWidget* parent)
{
    if (!UiSettings::checkPaperBeforePrinting() || printer.outputFormat() != QPrinter::NativeFormat ||
        offersA4(printer.printerName()))
        return true;
    return QMessageBox::warning(parent, tr("Paper check"),
                                paperCheck(printer.printerName()) + u'\n' + tr("Print anyway?"),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

QString PrinterSetup::fontNote()
{
    const QStringList substitutions = documents::fontSubstitutions();
    if (substitutions.isEmpty())
        return {};
    return tr("Stand-in fonts: the official fonts are not installed on this computer, so the printout uses "
              "substitutes.") +
           u'\n' + substitutions.join(u'\n');
}

} // namespace qf::ui
