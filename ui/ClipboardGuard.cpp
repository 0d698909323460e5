#include "ClipboardGuard.h"

#include "UiSettings.h"

#include <QApplication>
#include <QClipboard>
#include <QWidget>

namespace qf::ui {

namespace {
const char* const kProtectedProperty = "qfProtectedValue";
} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfUnchanged);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            [this] { considerCopy(QApplication::focusWidget()); });
}

void ClipboardGuard::markProtected(QWidget* widget)
{
    widget->setProperty(kProtectedProperty, true);
}

bool ClipboardGuard::isProtected(const QWidget* widget)
{
    for (const QWidget* current = widget; current; current = current->parentWidget())
        if (current->property(kProtectedProperty).toBool())
            return true;
    return false;
}

void ClipboardGuard::considerCopy(const QWidget* source)
{
    const int seconds = UiSettings::clipboardClearSeconds();
    if (seconds <= 0 || !isProtected(source))
        return;
    m_copied = QGuiApplication::clipboard()->text();
    if (!m_copied.isEmpty())
        m_timer.start(seconds * 1000);
}

void ClipboardGuard::clearIfUnchanged()
{
    m_timer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!m_copied.isEmpty() && clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.clear();
}

} // namespace qf::ui
