#pragma once

#include "WorkspacePage.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace qf::access {
class Session;
}

namespace qf::ui {

class CaseListModel;
class CaseWorkspace;

// The case list: filtered by stage, overdue stage deadlines marked; Enter or a double click opens the case
// workspace, and a case is opened from a lead here.
class CasesPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit CasesPage(access::Session& session, QWidget* parent = nullptr);

    void reload() override;
    void releaseForLock() override;

    CaseListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Opens the workspace of a case (one window per case); returns it.
    CaseWorkspace* openCase(const QString& caseUid);
    void fileCase();

private:
    void openCurrent();
    void updateButtons();

    access::Session& m_session;
    CaseListModel* m_model;
    QComboBox* m_stageCombo;
    QTableView* m_view;
    QPushButton* m_openButton;
    QPushButton* m_fileButton;
    QLabel* m_errorLabel;
    QList<QPointer<CaseWorkspace>> m_workspaces;
};

} // namespace qf::ui
