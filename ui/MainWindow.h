#pragma once

#include "access/Permission.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QListWidget;
class QStackedWidget;

namespace qf::access {
class Session;
}

namespace qf::ui {

class IdleLockController;
class LockScreen;
class WorkspacePage;

// The workbench: a sidebar of areas, the page of the chosen area, and the lock screen that replaces both when locked.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Area
    {
        Dashboard,
        Reports,
        Leads,
        Cases,
        Approvals,
        Alerts,
        Statistics,
        Documents,
        Integrity,
        Archives,
        Audit,
        Admin,
        Staff,
    };

    explicit MainWindow(access::Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isLocked() const;
    // Locking always succeeds: work stops, dialogs close, pages forget their data, and the key is wiped.
    void lock(const QString& reason = QStringLiteral("manual"));
    bool hasArea(Area area) const;
    bool showArea(Area area);
    Area currentArea() const;
    WorkspacePage* page(Area area) const;

    IdleLockController* idleLock() const { return m_idleLock; }
    QListWidget* sidebar() const { return m_sidebar; }

Q_SIGNALS:
    void locked();
    void unlocked();

protected:
    // A language switch rebuilds the areas and menus, so every text is in the new language.
    void changeEvent(QEvent* event) override;

private:
    struct AreaInfo
    {
        Area area;
        QString title;
        access::Permission permission;
        WorkspacePage* page = nullptr;
    };

    void buildAreas();
    void buildMenus();
    void retranslate();
    void openSettings();
    void areaChanged(int row);
    void closeDialogsForLock();
    void afterUnlock();
    void setWorkspaceActionsEnabled(bool enabled);
    int rowOf(Area area) const;

    access::Session& m_session;
    QStackedWidget* m_rootStack;
    QWidget* m_workspace;
    QListWidget* m_sidebar;
    QStackedWidget* m_pageStack;
    LockScreen* m_lockScreen;
    IdleLockController* m_idleLock;
    QAction* m_lockAction = nullptr;
    QList<QAction*> m_workspaceActions;
    QList<AreaInfo> m_areas;
    Area m_areaBeforeLock = Area::Dashboard;
    bool m_retranslatePending = false;
};

} // namespace qf::ui
