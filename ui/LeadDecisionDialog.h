#pragma once

#include "leads/Lead.h"
#include "leads/LeadService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

// An approver disposes of one lead outside a meeting (单独审批处置): the disposition, its reason, the next review
// date for a held lead, and follow-up tasks. Ctrl+Enter records it.
class LeadDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    LeadDecisionDialog(access::Session& session, const leads::Lead& lead, QWidget* parent = nullptr);

    void setDisposition(leads::Disposition disposition);
    // Adds the task typed in the description and due date fields.
    void addFollowUp();
    void removeFollowUp();
    QList<leads::FollowUp> followUps() const;
    void save();

private:
    void updateFields();
    void showError(const QString& html);

    access::Session& m_session;
    leads::Lead m_lead;
    QLabel* m_errorLabel;
    QComboBox* m_dispositionCombo;
    QPlainTextEdit* m_reasonEdit;
    QDateEdit* m_nextReviewEdit;
    QLineEdit* m_taskEdit;
    QDateEdit* m_taskDueEdit;
    QPushButton* m_addTaskButton;
    QPushButton* m_removeTaskButton;
    QTreeWidget* m_tasksTree;
    QPushButton* m_saveButton;
};

} // namespace qf::ui
