#include "CaseLetterExport.h"

#include "BusyCursor.h"
#include "ErrorMessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

namespace qf::ui {

bool exportCaseLetter(QWidget* parent, access::Session& session, const Result<cases::CaseLetter>& letter,
                      const QString& title)
{
    if (!letter.ok()) {
        ErrorMessages::show(parent, title, letter.error());
        return false;
    }
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(title + QStringLiteral(".pdf")),
                                     QCoreApplication::translate("qf::ui::CaseLetterExport", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    BusyCursor busy;
    auto pages = cases::printCaseLetterToPdf(session, letter.value(), path);
    if (!pages.ok()) {
        ErrorMessages::show(parent, title, pages.error());
        return false;
    }
    return true;
}

} // namespace qf::ui
