#pragma once

#include <QCoreApplication>

class QPrinter;

namespace qf::ui {

// The one place that prepares a QPrinter for GbtRenderer: A4, zero margins, full-page mode. The renderer positions
// everything itself at the exact GB/T 9704 geometry, so the printer must not add margins of its own.
class PrinterSetup
{
    Q_DECLARE_TR_FUNCTIONS(qf::ui::PrinterSetup)

public:
    static void prepare(QPrinter& printer, const QString& documentTitle);
    // The note shown above print previews: which official fonts are played by stand-ins (empty when none are).
    static QString fontNote();
};

} // namespace qf::ui
