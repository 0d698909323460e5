#pragma once

#include "CaseTab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace qf::ui {

// The team (主办人, members, reviewers kept apart), assignment with its conflict check, and recusals.
class CaseTeamTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseTeamTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

private:
    void assign();
    void requestRecusal();
    void decideRecusal(bool recuse);
    void updateButtons();

    QTableWidget* m_team;
    QLineEdit* m_loginEdit;
    QComboBox* m_roleCombo;
    QPushButton* m_assignButton;
    QLabel* m_conflictLabel;
    QTableWidget* m_recusals;
    QPushButton* m_requestRecusalButton;
    QPushButton* m_grantButton;
    QPushButton* m_rejectButton;
};

} // namespace qf::ui
