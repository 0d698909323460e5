#include "PasswordFields.h"

#include <QFormLayout>
#include <QLineEdit>

namespace qf::ui {

PasswordFields::PasswordFields(QFormLayout* form, const QString& objectNamePrefix, QObject* parent)
    : QObject(parent), m_password(new QLineEdit), m_repeat(new QLineEdit)
{
    m_password->setObjectName(objectNamePrefix + QStringLiteral("PasswordEdit"));
    m_repeat->setObjectName(objectNamePrefix + QStringLiteral("RepeatPasswordEdit"));
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        connect(edit, &QLineEdit::textChanged, this, &PasswordFields::changed);
    }
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, kMinimumLength));
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
}

QString PasswordFields::problem() const
{
    if (m_password->text().size() < kMinimumLength)
        return tr("The password must have at least %n characters.", nullptr, kMinimumLength);
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords do not match.");
    return {};
}

crypto::SecretBytes PasswordFields::secret() const
{
    return secretOf(m_password);
}

crypto::SecretBytes PasswordFields::secretOf(const QLineEdit* edit)
{
    QByteArray utf8 = edit->text().toUtf8();
    return crypto::SecretBytes::takeFrom(utf8);
}

void PasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

} // namespace qf::ui
