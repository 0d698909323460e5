#pragma once

#include "WorkspacePage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace qf::access {
class Session;
}

namespace qf::ui {

class LeadFilterBar;
class LeadTableModel;

// The lead library (线索库): a lazily read table behind a filter bar, lead details, and collective review.
class LeadsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit LeadsPage(access::Session& session, QWidget* parent = nullptr);

    void reload() override;
    void releaseForLock() override;

    LeadTableModel* model() const { return m_model; }
    LeadFilterBar* filterBar() const { return m_filterBar; }
    void applyFilter();
    void openSelected();
    void holdReview();
    // Opens the registration dialog; a registered lead is selected in the table.
    void registerLead();

private:
    void updateCount();
    void showProblem(const QString& message);

    access::Session& m_session;
    LeadTableModel* m_model;
    LeadFilterBar* m_filterBar;
    QPushButton* m_registerButton;
    QPushButton* m_openButton;
    QPushButton* m_reviewButton;
    QLabel* m_countLabel;
    QLabel* m_problemLabel;
    QTableView* m_tableView;
};

} // namespace qf::ui
