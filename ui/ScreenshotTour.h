#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

class MainWindow;

// Saves PNGs of the real screens for the user manual (`make screenshots`): each area of the main window as the
// session's user sees it, the settings tabs and the Help dialogs; or, without a session, the welcome and login
// screens. Files are named <prefix>-<screen>.png; the list of written files is returned.
class ScreenshotTour
{
    Q_DECLARE_TR_FUNCTIONS(qf::ui::ScreenshotTour)

public:
    static Result<QStringList> captureWorkbench(access::Session& session, const QString& directory,
                                                const QString& prefix);
    static Result<QStringList> captureStart(const QString& directory, const QString& prefix);

private:
    static Result<QString> save(QWidget* widget, const QString& directory, const QString& name);
};

} // namespace qf::ui
