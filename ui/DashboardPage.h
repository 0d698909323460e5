#pragma once

#include "WorkspacePage.h"

class QFormLayout;
class QLabel;

namespace qf::access {
class Session;
}

namespace qf::ui {

class IntakeCountersPanel;

// The start page: which organ's vault is open, who is logged in, and the state of the vault and its audit trail.
class DashboardPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit DashboardPage(access::Session& session, QWidget* parent = nullptr);

    void reload() override;
    void releaseForLock() override;

private:
    QLabel* addValue(QFormLayout* form, const QString& label, const QString& objectName);

    access::Session& m_session;
    QLabel* m_organLabel;
    QLabel* m_userLabel = nullptr;
    QLabel* m_rolesLabel = nullptr;
    QLabel* m_vaultLabel = nullptr;
    QLabel* m_cipherLabel = nullptr;
    QLabel* m_auditCountLabel = nullptr;
    QLabel* m_auditLastLabel = nullptr;
    IntakeCountersPanel* m_intakeCounters = nullptr;
};

} // namespace qf::ui
