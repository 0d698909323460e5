#pragma once

#include "WorkspacePage.h"
#include "workflow/CaseWorkflow.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

class CaseWorkspace;
class PendingMeasuresPanel;

// An approver's inbox: the stage changes waiting for their role, to approve or refuse (a refusal needs a reason),
// and the case each belongs to.
class ApprovalInboxPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ApprovalInboxPage(access::Session& session, QWidget* parent = nullptr);

    void reload() override;
    void releaseForLock() override;
    int pendingCount() const { return static_cast<int>(m_requests.size()); }
    QTableWidget* table() const { return m_table; }
    PendingMeasuresPanel* measures() const { return m_measures; }

Q_SIGNALS:
    void decided(const QString& requestUid, bool approved);

private:
    const workflow::PendingRequest* selected() const;
    void updateButtons();
    void decide(bool approve);
    void openCase(const QString& caseUid);

    access::Session& m_session;
    QList<workflow::PendingRequest> m_requests;
    QLabel* m_summaryLabel;
    QTableWidget* m_table;
    QPushButton* m_approveButton;
    QPushButton* m_refuseButton;
    QPushButton* m_openButton;
    QLabel* m_errorLabel;
    PendingMeasuresPanel* m_measures;
};

} // namespace qf::ui
