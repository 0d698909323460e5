#pragma once

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace qf::ui {

// The one place that prepares a QPrinter for GbtRenderer: A4, zero margins, full-page mode. The renderer positions
// everything itself at the exact GB/T 9704 geometry, so the printer must not add margins of its own.
class PrinterSetup
{
    Q_DECLARE_TR_FUNCTIONS(qf::ui::PrinterSetup)

public:
    static void prepare(QPrinter& printer, const QString& documentTitle);
    // Preselects the printer chosen in the settings (UiSettings::defaultPrinter), when it is available.
    static void selectDefaultPrinter(QPrinter& printer);
    // Whether a printer (empty: the system default) offers A4, which GB/T 9704 layouts need.
    static bool offersA4(const QString& printerName);
    // The result of the paper check, as a sentence for the settings dialog.
    static QString paperCheck(const QString& printerName);
    // Asks before printing on a printer without A4 when the paper check is on; true means go ahead.
    static bool confirmPaper(const QPrinter& printer, QWidget* parent);
    // The note shown above print previews: which official fonts are played by stand-ins (empty when none are).
    static QString fontNote();
};

} // namespace qf::ui
