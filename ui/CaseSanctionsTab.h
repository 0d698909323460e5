#pragma once

#include "CaseTab.h"

namespace qf::ui {

// Sanctions of a case (处分 and 组织处理): each decision with every version an appeal made of it, the execution steps
// with their due dates and feedback, and the printed decision, feedback form and reminder to the executing unit.
class CaseSanctionsTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseSanctionsTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

private:
    void recordSanction();
    void applyAppeal();
    void recordExecution();
    void updateButtons();
    QString selectedStepSanction() const; // the sanction of the selected execution step

    QTableWidget* m_sanctions;
    QPushButton* m_decideButton;
    QPushButton* m_appealButton;
    QPushButton* m_printDecisionButton;
    QTableWidget* m_steps;
    QPushButton* m_executionButton;
    QPushButton* m_feedbackFormButton;
    QPushButton* m_reminderButton;
};

} // namespace qf::ui
