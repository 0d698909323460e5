#pragma once

#include "CaseTab.h"

class QGroupBox;
class QLabel;
class QTableWidget;

namespace qf::ui {

// Coordination of a case with others: the supervising leader, joint handling partners (协同联办), jurisdiction
// disputes (受理争议) and how they were negotiated, escalated and decided, and the error accountability records of
// the case (错案责任), which only approvers and auditors see.
class CaseCoordinationTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseCoordinationTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

    static QString disputeStatusName(const QString& status);
    static QString accountabilityKindName(const QString& kind);

private:
    void setLeader();
    void addPartner();
    void raiseDispute();
    void advanceDispute(const QString& step);
    void recordAccountability();
    void updateButtons();

    QLabel* m_leaderLabel;
    QPushButton* m_setLeaderButton;
    QTableWidget* m_partners;
    QPushButton* m_addPartnerButton;
    QTableWidget* m_disputes;
    QPushButton* m_raiseButton;
    QPushButton* m_negotiateButton;
    QPushButton* m_escalateButton;
    QPushButton* m_decideButton;
    QGroupBox* m_accountabilityBox;
    QTableWidget* m_accountability;
    QLabel* m_accountabilityNote;
    QPushButton* m_recordButton;
};

} // namespace qf::ui
