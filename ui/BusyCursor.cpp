#include "BusyCursor.h"

#include <QApplication>
#include <QCursor>

namespace qf::ui {

BusyCursor::BusyCursor()
{
    QApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    // Let the cursor and any status text paint before the blocking call starts.
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

BusyCursor::~BusyCursor()
{
    QApplication::restoreOverrideCursor();
}

} // namespace qf::ui
