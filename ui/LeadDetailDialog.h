#pragma once

#include "leads/Lead.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// One lead (问题线索): its particulars, subjects, the reports it came from, and a timeline of everything that
// happened to it, oldest first. Staff who work on leads assign colleagues, mark follow-up tasks done and record
// transfer feedback; approvers decide on the lead singly.
class LeadDetailDialog : public QDialog
{
    Q_OBJECT

public:
    LeadDetailDialog(access::Session& session, const QString& leadUid, QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    QTreeWidget* timeline() const { return m_timelineTree; }
    QTreeWidget* followUps() const { return m_followUpsTree; }
    QTreeWidget* transfers() const { return m_transfersTree; }

    // The actions behind the buttons; each reloads the dialog after a change.
    void assignStaff();
    void decide();
    void markFollowUpDone();
    void recordFeedback();

    // A readable name for an audit action on a lead or report ("lead.dispose" → "Disposition").
    static QString actionText(const QString& action);

private:
    void load(const QString& leadUid);
    void showLead(const leads::Lead& lead);
    void showFollowUps();
    void showTransfers();
    void updateButtons();

    access::Session& m_session;
    QLabel* m_headerLabel;
    QLabel* m_particularsLabel;
    QTableWidget* m_subjectsTable;
    QTreeWidget* m_reportsTree;
    QTreeWidget* m_timelineTree;
    QTreeWidget* m_followUpsTree;
    QTreeWidget* m_transfersTree;
    QPushButton* m_assignButton;
    QPushButton* m_decideButton;
    QPushButton* m_doneButton;
    QPushButton* m_feedbackButton;
    QString m_leadUid;
    leads::Lead m_lead;
    bool m_loaded = false;
};

} // namespace qf::ui
