#pragma once

#include <QDialog>
#include <QList>
#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace qf::ui {

// A small form in a dialog: the case screens build their request, approval and record forms from it. OK stays
// refused while a required field is empty or the check says what is wrong.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(const QString& title, QWidget* parent = nullptr);

    QLineEdit* addLine(const QString& label, const QString& objectName, bool required = false);
    QPlainTextEdit* addText(const QString& label, const QString& objectName, bool required = false);
    QDateEdit* addDate(const QString& label, const QString& objectName, const QDate& value);
    QDateTimeEdit* addDateTime(const QString& label, const QString& objectName, const QDateTime& value);
    QComboBox* addCombo(const QString& label, const QString& objectName);
    QSpinBox* addSpin(const QString& label, const QString& objectName, int minimum, int maximum, int value);
    void addRow(const QString& label, QWidget* field);
    void addNote(const QString& text);
    // Returns what is wrong with the input, or an empty string.
    void setCheck(std::function<QString()> check) { m_check = std::move(check); }
    void showError(const QString& message);

    void accept() override;

    // Asks for one piece of text (a comment, a reason); nothing when cancelled.
    static std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label, bool required,
                                          const QString& objectName = QStringLiteral("commentEdit"));

private:
    QFormLayout* m_form;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QList<QPair<QString, QWidget*>> m_required;
    std::function<QString()> m_check;
};

} // namespace qf::ui
