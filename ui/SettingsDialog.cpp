#include "SettingsDialog.h"

#include "GeneralSettingsTab.h"
#include "PrintingSettingsTab.h"
#include "UiSettings.h"
#include "VaultSettingsTab.h"
#include "access/Session.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qf::ui {

SettingsDialog::SettingsDialog(access::Session& session, QWidget* parent)
    : QDialog(parent), m_tabs(new QTabWidget), m_general(new GeneralSettingsTab), m_printing(new PrintingSettingsTab)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    m_tabs->addTab(m_general, tr("&General"));
    m_tabs->addTab(m_printing, tr("&Printing"));
    if (session.can(access::Permission::ManageUsers)) {
        m_vault = new VaultSettingsTab(session);
        auto* scroll = new QScrollArea;
        scroll->setWidget(m_vault);
        scroll->setWidgetResizable(true);
        m_tabs->addTab(scroll, tr("&Vault"));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    resize(720, 640);
}

void SettingsDialog::accept()
{
    if (m_vault && !m_vault->save()) {
        m_tabs->setCurrentIndex(m_tabs->count() - 1);
        return;
    }
    m_printing->save();
    if (m_general->save())
        installTranslations(*QCoreApplication::instance(), UiSettings::language());
    QDialog::accept();
}

} // namespace qf::ui
