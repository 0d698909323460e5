#pragma once

#include <QDialog>

class QTabWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

class GeneralSettingsTab;
class PrintingSettingsTab;
class VaultSettingsTab;

// Every setting, each with a line that explains it: this workstation's preferences, and for the administrator the
// settings stored in the vault. OK saves; a language change is applied at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(access::Session& session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    void accept() override;

private:
    QTabWidget* m_tabs;
    GeneralSettingsTab* m_general;
    PrintingSettingsTab* m_printing;
    VaultSettingsTab* m_vault = nullptr;
};

} // namespace qf::ui
