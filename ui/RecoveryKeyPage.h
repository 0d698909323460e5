#pragma once

#include <QWizardPage>

class QCheckBox;

namespace qf::ui {

class RecoveryKeySheet;

// Last page of the new-vault wizard: the recovery key, shown once; finishing needs the confirmation ticked.
class RecoveryKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryKeyPage(QWidget* parent = nullptr);
    ~RecoveryKeyPage() override;

    void setDetails(const QString& organName, const QString& vaultPath, const QString& recoveryKey);
    bool isComplete() const override;
    bool isConfirmed() const;

private:
    RecoveryKeySheet* m_sheet;
    QCheckBox* m_confirmCheck;
};

} // namespace qf::ui
