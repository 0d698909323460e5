#pragma once

#include "WorkspacePage.h"
#include "intake/Report.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace qf::access {
class Session;
}

namespace qf::ui {

class ReportTableModel;
class ReporterIdentityPanel;

// Reports (信访举报件): the list with its filter bar, registering a report, screening the selected one, and its
// reporter shown masked.
class ReportsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ReportsPage(access::Session& session, QWidget* parent = nullptr);

    void reload() override;
    void releaseForLock() override;

    ReportTableModel* model() const { return m_model; }
    void registerReport();
    void screenReport();
    void decideGrants();
    void applyFilter();

private:
    void selectionChanged();
    void showDetails(const intake::Report* report);
    void showBanner(const QString& html, bool problem);
    void updateCount();
    const intake::Report* selectedReport() const;

    access::Session& m_session;
    ReportTableModel* m_model;
    QComboBox* m_screeningCombo;
    QComboBox* m_channelCombo;
    QCheckBox* m_dateCheck;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QLineEdit* m_searchEdit;
    QTimer* m_filterTimer;
    QPushButton* m_registerButton;
    QPushButton* m_screenButton;
    QPushButton* m_grantsButton;
    QLabel* m_bannerLabel;
    QLabel* m_countLabel;
    QTableView* m_tableView;
    QLabel* m_detailLabel;
    ReporterIdentityPanel* m_identityPanel;
    std::optional<intake::ReportDraft> m_pendingDraft;
};

} // namespace qf::ui
