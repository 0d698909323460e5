#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace qf::access {
class Session;
}

namespace qf::ui {

// Covers the window while the vault is locked; nothing behind it is shown. Unlocking asks for the same user's password.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(access::Session& session, QWidget* parent = nullptr);

    // Clears the field and any old message, and takes the keyboard focus.
    void prepare();
    void tryUnlock();

Q_SIGNALS:
    void unlocked();
    void quitRequested();

private:
    access::Session& m_session;
    QLabel* m_userLabel;
    QLineEdit* m_passwordEdit;
    QPushButton* m_unlockButton;
    QLabel* m_messageLabel;
};

} // namespace qf::ui
