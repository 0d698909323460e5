#pragma once

#include <QWidget>

namespace qf::ui {

// A page of the main window. The window tells pages when to load, and when to drop what they show before locking.
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Reads what the page shows from the session (on first show and after unlocking).
    virtual void reload() {}
    // Stops background work and forgets decrypted data; called before the vault locks. Must always succeed.
    virtual void releaseForLock() {}
};

} // namespace qf::ui
