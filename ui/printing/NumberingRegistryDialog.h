#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// The numbering registry (文号登记): every number issued, by kind and year, with its target, who issued it and
// when, and whether it was voided and why. Approvers void a number here (with a reason); it is never reused.
class NumberingRegistryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NumberingRegistryDialog(access::Session& session, QWidget* parent = nullptr);

    void reload();
    int rowCount() const;
    QTableWidget* table() const { return m_table; }
    // Voids the number in the given row with the reason; returns false (and shows why) when refused.
    bool voidRow(int row, const QString& reason);

private:
    void voidCurrent();
    void updateButtons();

    access::Session& m_session;
    QSpinBox* m_yearSpin;
    QTableWidget* m_table;
    QPushButton* m_voidButton;
    QLabel* m_errorLabel;
};

} // namespace qf::ui
