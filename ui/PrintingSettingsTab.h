#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace qf::ui {

// Printing preferences of this workstation: the default printer, the A4 paper check, and which font plays each
// official font role (FORMS.md §4), with stand-ins marked.
class PrintingSettingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit PrintingSettingsTab(QWidget* parent = nullptr);

    void save() const;
    QTableWidget* fontTable() const { return m_fontTable; }

private:
    void fillFontTable();
    void checkPaper();

    QComboBox* m_printerCombo;
    QCheckBox* m_paperCheck;
    QLabel* m_paperResultLabel;
    QTableWidget* m_fontTable;
};

} // namespace qf::ui
