#pragma once

#include "reporting/Statistics.h"

#include <QCoreApplication>

class QWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Opens one record where the user works on it: a case in its workspace, a lead in its detail dialog, a report in a
// read-only summary. Access is checked by the service each view reads through.
class RecordOpener
{
    Q_DECLARE_TR_FUNCTIONS(qf::ui::RecordOpener)

public:
    static void open(access::Session& session, reporting::RecordKind kind, const QString& uid, QWidget* parent);

private:
    static void showIntegrityRequest(access::Session& session, const QString& uid, QWidget* parent);
    static void showReport(access::Session& session, const QString& uid, QWidget* parent);
};

} // namespace qf::ui
