#pragma once

#include "CaseTab.h"

namespace qf::ui {

// Transfers of the case to and from courts, procuratorates, police, audit and the organization department, with
// their materials and feedback, and assistance requests (协查函) with their replies and printed letters.
class CaseTransfersTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseTransfersTab(access::Session& session, QWidget* parent = nullptr);
    void reload() override;

private:
    void recordTransfer();
    void recordFeedback();
    void sendRequest();
    void recordReply();
    void updateButtons();

    QTableWidget* m_transfers;
    QPushButton* m_transferButton;
    QPushButton* m_feedbackButton;
    QTableWidget* m_requests;
    QPushButton* m_requestButton;
    QPushButton* m_replyButton;
    QPushButton* m_letterButton;
};

} // namespace qf::ui
