#include "RecoveryKeyDialog.h"

#include "RecoveryKeySheet.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const QString& organName, const QString& vaultPath, const QString& recoveryKey,
                                     QWidget* parent)
    : QDialog(parent), m_sheet(new RecoveryKeySheet),
      m_confirmCheck(new QCheckBox(tr("I have printed or &written down the recovery key")))
{
    setWindowTitle(tr("New recovery key"));
    m_sheet->setDetails(organName, vaultPath, recoveryKey);
    m_confirmCheck->setObjectName(QStringLiteral("confirmCheckBox"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setEnabled(false);
    connect(m_confirmCheck, &QCheckBox::toggled, m_closeButton, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sheet);
    layout->addWidget(m_confirmCheck);
    layout->addWidget(buttons);
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    m_sheet->clear();
}

} // namespace qf::ui
