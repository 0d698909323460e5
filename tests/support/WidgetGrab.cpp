#include "WidgetGrab.h"

#include <QPixmap>
#include <QWidget>

namespace qf::test {

void grabIfAsked(QWidget& widget, const QString& name)
{
    if (qEnvironmentVariableIsSet("QF_GRAB_DIR"))
        widget.grab().save(qEnvironmentVariable("QF_GRAB_DIR") + u'/' + name + QStringLiteral(".png"));
}

} // namespace qf::test
