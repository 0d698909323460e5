#pragma once

#include <QKeySequence>
#include <QObject>

namespace qf::ui {

// Sees the lock key anywhere in the application. A window shortcut is blocked while a modal dialog is open, but
// locking must work then too, so this catches the key press that the blocked shortcut lets through.
class LockKeyFilter : public QObject
{
    Q_OBJECT

public:
    LockKeyFilter(const QKeySequence& key, QObject* parent = nullptr);
    ~LockKeyFilter() override;

Q_SIGNALS:
    void triggered();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QKeyCombination m_key;
};

} // namespace qf::ui
