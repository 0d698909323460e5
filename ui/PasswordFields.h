#pragma once

#include "crypto/SecretBytes.h"

#include <QObject>

class QFormLayout;
class QLineEdit;

namespace qf::ui {

// A new password typed twice, as two rows of a form. Checks the minimum length and that both match.
class PasswordFields : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinimumLength = 8;

    PasswordFields(QFormLayout* form, const QString& objectNamePrefix, QObject* parent);

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    // Empty when the password is acceptable; otherwise what the user must fix.
    QString problem() const;
    bool isAcceptable() const { return problem().isEmpty(); }
    crypto::SecretBytes secret() const;
    void clear();

    static crypto::SecretBytes secretOf(const QLineEdit* edit);

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};

} // namespace qf::ui
