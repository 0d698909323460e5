#pragma once

#include "cases/Case.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTabWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

class CaseTab;
class StageBar;

// One case at work: the stage bar on top, then tabs for the overview and timeline, team and recusals, measures
// and talks, collective decisions, deadlines and supervision, and review and appeals.
class CaseWorkspace : public QDialog
{
    Q_OBJECT

public:
    CaseWorkspace(access::Session& session, const QString& caseUid, QWidget* parent = nullptr);

    // Reads the case again and refreshes the stage bar and every tab; false when the case cannot be read.
    bool reload();
    const cases::Case& currentCase() const { return m_case; }
    StageBar* stageBar() const { return m_stageBar; }
    QTabWidget* tabs() const { return m_tabs; }
    // Stops every tab's background work; called before the vault locks.
    void releaseForLock();

Q_SIGNALS:
    // The case changed (a stage request, a record); lists showing it should refresh.
    void caseChanged(const QString& caseUid);

private:
    void addTab(CaseTab* tab, const QString& title);
    void afterChange();

    access::Session& m_session;
    QString m_caseUid;
    cases::Case m_case;
    QLabel* m_titleLabel;
    QLabel* m_numberLabel;
    QLabel* m_errorLabel;
    StageBar* m_stageBar;
    QTabWidget* m_tabs;
    QList<CaseTab*> m_caseTabs;
};

} // namespace qf::ui
