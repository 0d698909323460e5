#include "LockKeyFilter.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace qf::ui {

LockKeyFilter::LockKeyFilter(const QKeySequence& key, QObject* parent) : QObject(parent), m_key(key[0])
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

LockKeyFilter::~LockKeyFilter()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool LockKeyFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (!key->isAutoRepeat() && key->keyCombination() == m_key) {
            Q_EMIT triggered();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qf::ui
