#include "IdleLockController.h"

#include "UiSettings.h"

#include <QCoreApplication>
#include <QEvent>

namespace qf::ui {

IdleLockController::IdleLockController(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockController::idleTimeout);
    setInterval(std::chrono::minutes(UiSettings::idleLockMinutes()));
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleLockController::~IdleLockController()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLockController::setInterval(std::chrono::milliseconds interval)
{
    m_enabled = interval.count() > 0;
    m_timer.stop();
    if (!m_enabled)
        return;
    m_timer.setInterval(interval);
    if (!m_paused)
        m_timer.start();
}

void IdleLockController::pause()
{
    m_paused = true;
    m_timer.stop();
}

void IdleLockController::resume()
{
    m_paused = false;
    if (m_enabled)
        m_timer.start();
}

bool IdleLockController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (m_enabled && !m_paused)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qf::ui
