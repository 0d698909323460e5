#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace qf::ui {

class RecoveryKeySheet;

// Shows a new recovery key once (after a rekey or a rotation); closing needs the "written down" box ticked.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString& organName, const QString& vaultPath, const QString& recoveryKey,
                      QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

private:
    RecoveryKeySheet* m_sheet;
    QCheckBox* m_confirmCheck;
    QPushButton* m_closeButton;
};

} // namespace qf::ui
