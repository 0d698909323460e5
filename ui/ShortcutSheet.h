#pragma once

#include <QDialog>

class QTableWidget;

namespace qf::ui {

// The keyboard shortcuts of a window, read from its actions so the sheet always matches the application.
class ShortcutSheet : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutSheet(const QWidget* window, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // An action's text as the sheet lists it: without mnemonics (also the bracketed "(&S)" of Chinese labels) and
    // without a trailing ellipsis.
    static QString plainLabel(QString text);

private:
    QTableWidget* m_table;
};

} // namespace qf::ui
