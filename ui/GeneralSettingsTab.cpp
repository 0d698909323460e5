#include "GeneralSettingsTab.h"

#include "SettingExplanation.h"
#include "UiSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace qf::ui {

GeneralSettingsTab::GeneralSettingsTab(QWidget* parent)
    : QWidget(parent), m_languageCombo(new QComboBox), m_idleLockSpin(new QSpinBox), m_clipboardSpin(new QSpinBox)
{
    setObjectName(QStringLiteral("generalSettingsTab"));
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(tr("Follow the system"), QString());
    m_languageCombo->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int current = m_languageCombo->findData(UiSettings::language());
    m_languageCombo->setCurrentIndex(current >= 0 ? current : 0);

    m_idleLockSpin->setObjectName(QStringLiteral("idleLockSpin"));
    m_idleLockSpin->setRange(0, 240);
    m_idleLockSpin->setSuffix(tr(" min"));
    m_idleLockSpin->setSpecialValueText(tr("Never"));
    m_idleLockSpin->setValue(UiSettings::idleLockMinutes());

    m_clipboardSpin->setObjectName(QStringLiteral("clipboardClearSpin"));
    m_clipboardSpin->setRange(0, 600);
    m_clipboardSpin->setSuffix(tr(" s"));
    m_clipboardSpin->setSpecialValueText(tr("Never"));
    m_clipboardSpin->setValue(UiSettings::clipboardClearSeconds());

    auto* form = new QFormLayout(this);
    addExplainedRow(form, tr("&Language:"), m_languageCombo,
                    tr("The language of menus, messages and the manual. The window switches as soon as you press "
                       "OK; printed forms are always in Chinese."));
    addExplainedRow(form, tr("&Idle lock after:"), m_idleLockSpin,
                    tr("Without keyboard or mouse input for this long, the workbench locks and wipes the key from "
                       "memory; your password unlocks it. Ctrl+L locks at once."));
    addExplainedRow(form, tr("&Clear clipboard after:"), m_clipboardSpin,
                    tr("A protected value you copy (such as a reporter's identity) is removed from the clipboard "
                       "after this many seconds, unless something else was copied meanwhile."));
}

bool GeneralSettingsTab::save() const
{
    const QString language = m_languageCombo->currentData().toString();
    const bool languageChanged = language != UiSettings::language();
    UiSettings::setLanguage(language);
    UiSettings::setIdleLockMinutes(m_idleLockSpin->value());
    UiSettings::setClipboardClearSeconds(m_clipboardSpin->value());
    return languageChanged;
}

} // namespace qf::ui
