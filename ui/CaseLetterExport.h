#pragma once

#include "cases/CaseLetter.h"
#include "common/Result.h"

class QWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Asks where to save a case letter (a sanction decision, a reminder, an assistance request) and prints it to PDF
// there; failures are shown to the user. Returns whether a PDF was written.
bool exportCaseLetter(QWidget* parent, access::Session& session, const Result<cases::CaseLetter>& letter,
                      const QString& title);

} // namespace qf::ui
