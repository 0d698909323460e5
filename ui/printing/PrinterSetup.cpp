#include "printing/PrinterSetup.h"

#include "documents/FontRoles.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>

namespace qf::ui {

void PrinterSetup::prepare(QPrinter& printer, const QString& documentTitle)
{
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter, QMarginsF(0, 0, 0, 0)));
    printer.setDocName(documentTitle);
    printer.setCreator(QStringLiteral("Qingfeng"));
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
