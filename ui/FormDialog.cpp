#include "FormDialog.h"

#include "CaseTerms.h"
#include "ErrorMessages.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qf::ui {

FormDialog::FormDialog(const QString& title, QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("formErrorLabel"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("formDialog"));
    setWindowTitle(title);
    m_buttons->setObjectName(QStringLiteral("formButtonBox"));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    setMinimumWidth(460);
}

void FormDialog::addRow(const QString& label, QWidget* field)
{
    m_form->addRow(label, field);
}

void FormDialog::addNote(const QString& text)
{
    auto* note = new QLabel(text);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(note);
}

QLineEdit* FormDialog::addLine(const QString& label, const QString& objectName, bool required)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    addRow(label, edit);
    if (required)
        m_required.append({label, edit});
    return edit;
}

QPlainTextEdit* FormDialog::addText(const QString& label, const QString& objectName, bool required)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().height() * 4);
    addRow(label, edit);
    if (required)
        m_required.append({label, edit});
    return edit;
}

QDateEdit* FormDialog::addDate(const QString& label, const QString& objectName, const QDate& value)
{
    auto* edit = new QDateEdit(value);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(CaseTerms::kDateFormat);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 60);
    addRow(label, edit);
    return edit;
}

QDateTimeEdit* FormDialog::addDateTime(const QString& label, const QString& objectName, const QDateTime& value)
{
    auto* edit = new QDateTimeEdit(value);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(CaseTerms::kDateTimeFormat);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 60);
    addRow(label, edit);
    return edit;
}

QComboBox* FormDialog::addCombo(const QString& label, const QString& objectName)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    addRow(label, combo);
    return combo;
}

QSpinBox* FormDialog::addSpin(const QString& label, const QString& objectName, int minimum, int maximum, int value)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    addRow(label, spin);
    return spin;
}

void FormDialog::showError(const QString& message)
{
    m_errorLabel->setText(message.toHtmlEscaped());
    m_errorLabel->setVisible(!message.isEmpty());
}

void FormDialog::accept()
{
    for (const auto& [label, field] : std::as_const(m_required)) {
        QString text;
        if (auto* line = qobject_cast<QLineEdit*>(field))
            text = line->text();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(field))
            text = plain->toPlainText();
        if (text.trimmed().isEmpty()) {
            QString name = label;
            name.remove(QLatin1Char('&'));
            if (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0xFF1A)))
                name.chop(1);
            showError(tr("Fill in %1.").arg(name));
            field->setFocus();
            return;
        }
    }
    if (m_check) {
        const QString problem = m_check();
        if (!problem.isEmpty()) {
            showError(problem);
            return;
        }
    }
    showError({});
    QDialog::accept();
}

std::optional<QString> FormDialog::askText(QWidget* parent, const QString& title, const QString& label, bool required,
                                           const QString& objectName)
{
    FormDialog dialog(title, parent);
    // The title bar is easy to miss; say inside what the text is for.
    auto* heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("formHeadingLabel"));
    heading->setWordWrap(true);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    dialog.m_form->addRow(heading);
    QPlainTextEdit* edit = dialog.addText(label, objectName, required);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->toPlainText().trimmed();
}

} // namespace qf::ui
