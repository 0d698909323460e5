#include "RecoveryKeyPage.h"

#include "RecoveryKeySheet.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace qf::ui {

RecoveryKeyPage::RecoveryKeyPage(QWidget* parent)
    : QWizardPage(parent), m_sheet(new RecoveryKeySheet),
      m_confirmCheck(new QCheckBox(tr("I have printed or &written down the recovery key")))
{
    setTitle(tr("Recovery key"));
    setSubTitle(tr("The vault has been created. Keep the recovery key safe before you continue."));
    m_confirmCheck->setObjectName(QStringLiteral("confirmCheckBox"));
    connect(m_confirmCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sheet);
    layout->addStretch();
    layout->addWidget(m_confirmCheck);
}

RecoveryKeyPage::~RecoveryKeyPage()
{
    m_sheet->clear();
}

void RecoveryKeyPage::setDetails(const QString& organName, const QString& vaultPath, const QString& recoveryKey)
{
    m_sheet->setDetails(organName, vaultPath, recoveryKey);
}

bool RecoveryKeyPage::isComplete() const
{
    return isConfirmed();
}

bool RecoveryKeyPage::isConfirmed() const
{
    return m_confirmCheck->isChecked();
}

} // namespace qf::ui
