#pragma once

#include "CaseTab.h"

class QLabel;

namespace qf::ui {

// Asset recovery of a case: the amounts recovered with their totals per currency, and the exit controls
// requested for a flight risk, which are investigative measures approved before use.
class CaseRecoveryTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseRecoveryTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

private:
    void recordRecovery();
    void requestExitControl();

    QTableWidget* m_recoveries;
    QLabel* m_totalLabel;
    QPushButton* m_recordButton;
    QTableWidget* m_exitControls;
    QPushButton* m_exitControlButton;
};

} // namespace qf::ui
