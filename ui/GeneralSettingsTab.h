#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace qf::ui {

// Workstation preferences that are not about printing: language, idle lock, clipboard clearing.
class GeneralSettingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralSettingsTab(QWidget* parent = nullptr);

    // Writes the fields to UiSettings. Returns true when the language changed.
    bool save() const;

private:
    QComboBox* m_languageCombo;
    QSpinBox* m_idleLockSpin;
    QSpinBox* m_clipboardSpin;
};

} // namespace qf::ui
