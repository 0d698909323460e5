#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace qf::ui {

// Watches the whole application for keyboard, mouse and touch input and emits idleTimeout() after a quiet period.
class IdleLockController : public QObject
{
    Q_OBJECT

public:
    // The interval comes from UiSettings::idleLockMinutes(); 0 minutes disables the idle lock.
    explicit IdleLockController(QObject* parent = nullptr);
    ~IdleLockController() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    bool isEnabled() const { return m_enabled; }
    bool isRunning() const { return m_timer.isActive(); }

    // While locked there is nothing to time; resume() starts counting again.
    void pause();
    void resume();

Q_SIGNALS:
    void idleTimeout();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_enabled = true;
    bool m_paused = false;
};

} // namespace qf::ui
