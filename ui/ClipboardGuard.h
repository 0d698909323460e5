#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace qf::ui {

// Removes protected values from the clipboard: when text is copied from a widget marked with markProtected() (a
// revealed reporter identity, ...), the clipboard is cleared after UiSettings::clipboardClearSeconds(), unless
// something else was copied meanwhile. 0 seconds leaves the clipboard alone.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(QObject* parent = nullptr);

    static void markProtected(QWidget* widget);
    static bool isProtected(const QWidget* widget);

    // Called when the clipboard changed while `source` had the focus; starts the countdown for protected sources.
    void considerCopy(const QWidget* source);
    bool isPending() const { return m_timer.isActive(); }
    int pendingMilliseconds() const { return m_timer.interval(); }
    // Clears the clipboard when it still holds what was copied from the protected widget.
    void clearIfUnchanged();

private:
    QTimer m_timer;
    QString m_copied;
};

} // namespace qf::ui
