#include "MainWindow.h"

#include "AlertsPage.h"
#include "ApprovalInboxPage.h"
#include "AuditPage.h"
#include "CasesPage.h"
#include "ClipboardGuard.h"
#include "DashboardPage.h"
#include "HelpMenu.h"
#include "IdleLockController.h"
#include "LeadsPage.h"
#include "LockKeyFilter.h"
#include "LockScreen.h"
#include "ReportsPage.h"
#include "SettingsDialog.h"
#include "StaffRegisterPage.h"
#include "StatisticsPage.h"
#include "UiSettings.h"
#include "UsersPage.h"
#include "access/Session.h"
#include "archive/ArchivesPage.h"
#include "integrity/IntegrityPage.h"
#include "printing/DocumentsPage.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace qf::ui {

MainWindow::MainWindow(access::Session& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_rootStack(new QStackedWidget), m_workspace(new QWidget),
      m_sidebar(new QListWidget), m_pageStack(new QStackedWidget), m_lockScreen(new LockScreen(session)),
      m_idleLock(new IdleLockController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_rootStack->setObjectName(QStringLiteral("rootStackedWidget"));
    m_workspace->setObjectName(QStringLiteral("workspaceWidget"));
    m_sidebar->setObjectName(QStringLiteral("sidebarListWidget"));
    m_pageStack->setObjectName(QStringLiteral("pageStackedWidget"));
    m_sidebar->setAccessibleName(tr("Areas"));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setSpacing(2);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);

    auto* workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->addWidget(m_sidebar);
    workspaceLayout->addWidget(m_pageStack, 1);
    m_rootStack->addWidget(m_workspace);
    m_rootStack->addWidget(m_lockScreen);
    setCentralWidget(m_rootStack);

    buildAreas();
    buildMenus();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::areaChanged);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::afterUnlock);
    connect(m_lockScreen, &LockScreen::quitRequested, this, &QWidget::close);
    connect(m_idleLock, &IdleLockController::idleTimeout, this, [this] { lock(QStringLiteral("idle")); });
    new ClipboardGuard(this);
    auto* lockKey = new LockKeyFilter(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(lockKey, &LockKeyFilter::triggered, this, [this] {
        if (m_lockAction->isEnabled())
            lock();
    });

    m_sidebar->setCurrentRow(0);
    m_sidebar->setFocus();
    resize(1180, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildAreas()
{
    using P = access::Permission;
    const QList<AreaInfo> all{
        {Area::Dashboard, tr("Dashboard"), P::ViewDashboard},
        {Area::Reports, tr("Reports"), P::ViewReports},
        {Area::Leads, tr("Leads"), P::ViewLeads},
        {Area::Cases, tr("Cases"), P::ViewCases},
        {Area::Approvals, tr("Approvals"), P::ApproveSteps},
        {Area::Alerts, tr("Alerts"), P::ViewCases},
        {Area::Statistics, tr("Statistics"), P::ViewDashboard},
        {Area::Documents, tr("Documents"), P::PrintDocuments},
        {Area::Staff, tr("Staff register"), P::AssignTeam},
        {Area::Integrity, tr("Integrity"), P::ViewLeads},
        {Area::Archives, tr("Archives"), P::ExportArchive},
        {Area::Audit, tr("Audit trail"), P::ViewAudit},
        {Area::Admin, tr("Administration"), P::ManageUsers},
    };
    for (AreaInfo info : all) {
        // The staff register is kept by user administrators and read by those who assign teams; the administrator
        // keeps the trust list and the backups in the Archives area without exporting.
        const bool allowed = m_session.can(info.permission) ||
                             (info.area == Area::Staff && m_session.can(P::ManageUsers)) ||
                             (info.area == Area::Archives && m_session.can(P::ManageKeys));
        if (!allowed)
            continue;
        switch (info.area) {
        case Area::Dashboard:
            info.page = new DashboardPage(m_session);
            break;
        case Area::Audit:
            info.page = new AuditPage(m_session);
            break;
        case Area::Admin:
            info.page = new UsersPage(m_session);
            break;
        case Area::Reports:
            info.page = new ReportsPage(m_session);
            break;
        case Area::Leads:
            info.page = new LeadsPage(m_session);
            break;
        case Area::Cases:
            info.page = new CasesPage(m_session);
            break;
        case Area::Approvals:
            info.page = new ApprovalInboxPage(m_session);
            break;
        case Area::Alerts:
            info.page = new AlertsPage(m_session);
            break;
        case Area::Statistics:
            info.page = new StatisticsPage(m_session);
            break;
        case Area::Documents:
            info.page = new DocumentsPage(m_session);
            break;
        case Area::Integrity:
            info.page = new IntegrityPage(m_session);
            break;
        case Area::Staff:
            info.page = new StaffRegisterPage(m_session);
            break;
        case Area::Archives: {
            auto* archives = new ArchivesPage(m_session);
            connect(archives, &ArchivesPage::lockRequested, this, [this] { lock(QStringLiteral("restore")); });
            info.page = archives;
            break;
        }
        }
        m_pageStack->addWidget(info.page);
        auto* item = new QListWidgetItem(info.title, m_sidebar);
        item->setSizeHint(QSize(0, 34));
        m_areas.append(info);
    }
}

void MainWindow::buildMenus()
{
    setWindowTitle(tr("Qingfeng case workbench"));
    statusBar()->showMessage(tr("Logged in as %1").arg(m_session.user().displayName));
    QMenu* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    m_lockAction = vaultMenu->addAction(tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, [this] { lock(); });
    addAction(m_lockAction);
    QAction* settingsAction = vaultMenu->addAction(tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    vaultMenu->addSeparator();
    QAction* quitAction = vaultMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    for (int row = 0; row < m_areas.size(); ++row) {
        QAction* action = goMenu->addAction(m_areas.at(row).title);
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, row] { m_sidebar->setCurrentRow(row); });
        m_workspaceActions << action;
    }
    m_workspaceActions << m_lockAction << settingsAction << goMenu->menuAction();

    if (qobject_cast<ArchivesPage*>(page(Area::Archives))) {
        QMenu* archiveMenu = menuBar()->addMenu(tr("&Archives"));
        const auto open = [this](void (ArchivesPage::*action)()) {
            return [this, action] {
                if (showArea(Area::Archives))
                    (qobject_cast<ArchivesPage*>(page(Area::Archives))->*action)();
            };
        };
        if (m_session.can(access::Permission::ExportArchive)) {
            QAction* exportAction = archiveMenu->addAction(tr("&Export an archive…"));
            exportAction->setObjectName(QStringLiteral("exportArchiveAction"));
            connect(exportAction, &QAction::triggered, this, open(&ArchivesPage::openExportWizard));
        }
        QAction* importAction = archiveMenu->addAction(tr("&Import an archive…"));
        importAction->setObjectName(QStringLiteral("importArchiveAction"));
        connect(importAction, &QAction::triggered, this, open(&ArchivesPage::openImportWizard));
        QAction* verifyAction = archiveMenu->addAction(tr("&Verify or inspect an archive…"));
        verifyAction->setObjectName(QStringLiteral("verifyArchiveAction"));
        connect(verifyAction, &QAction::triggered, this, open(&ArchivesPage::openVerifyDialog));
        m_workspaceActions << archiveMenu->menuAction();
    }
    HelpMenu::add(menuBar(), this, m_session.vault().cipherVersion());
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        m_idleLock->setInterval(std::chrono::minutes(UiSettings::idleLockMinutes()));
}

void MainWindow::changeEvent(QEvent* event)
{
    // Installing and removing translators each send LanguageChange; one rebuild after them is enough.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending && !m_areas.isEmpty()) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    const Area area = currentArea();
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->clear();
        for (const AreaInfo& info : std::as_const(m_areas)) {
            m_pageStack->removeWidget(info.page);
            info.page->deleteLater();
        }
        m_areas.clear();
    }
    m_workspaceActions.clear();
    setMenuBar(new QMenuBar); // deletes the old bar with its menus and actions
    buildAreas();
    buildMenus();
    setWorkspaceActionsEnabled(!isLocked());
    const int row = rowOf(area);
    m_sidebar->setCurrentRow(row >= 0 ? row : 0);
}

int MainWindow::rowOf(Area area) const
{
    for (int row = 0; row < m_areas.size(); ++row)
        if (m_areas.at(row).area == area)
            return row;
    return -1;
}

bool MainWindow::hasArea(Area area) const
{
    return rowOf(area) >= 0;
}

bool MainWindow::showArea(Area area)
{
    const int row = rowOf(area);
    if (row < 0 || isLocked())
        return false;
    m_sidebar->setCurrentRow(row);
    return true;
}

MainWindow::Area MainWindow::currentArea() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_areas.size() ? m_areas.at(row).area : Area::Dashboard;
}

WorkspacePage* MainWindow::page(Area area) const
{
    const int row = rowOf(area);
    return row >= 0 ? m_areas.at(row).page : nullptr;
}

void MainWindow::areaChanged(int row)
{
    if (row < 0 || row >= m_areas.size())
        return;
    WorkspacePage* page = m_areas.at(row).page;
    m_pageStack->setCurrentWidget(page);
    if (!isLocked())
        page->reload();
}

bool MainWindow::isLocked() const
{
    return m_session.isLocked();
}

void MainWindow::closeDialogsForLock()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        auto* dialog = qobject_cast<QDialog*>(window);
        if (!dialog || !dialog->isVisible())
            continue;
        dialog->setProperty("qfClosedByLock", true);
        dialog->reject();
        // A dialog that refuses to close is hidden anyway; hiding also ends its exec().
        if (dialog->isVisible())
            dialog->hide();
    }
}

void MainWindow::lock(const QString& reason)
{
    if (isLocked())
        return;
    m_idleLock->pause();
    m_areaBeforeLock = currentArea();
    closeDialogsForLock();
    for (const AreaInfo& info : std::as_const(m_areas))
        info.page->releaseForLock();
    // Best effort: the lock itself must not depend on the audit trail being writable.
    (void)m_session.auditStandalone(
        {QStringLiteral("session.lock"), QStringLiteral("user"), m_session.user().uid, reason});
    m_session.lock();
    setWorkspaceActionsEnabled(false);
    m_rootStack->setCurrentWidget(m_lockScreen);
    m_lockScreen->prepare();
    Q_EMIT locked();
}

void MainWindow::afterUnlock()
{
    m_rootStack->setCurrentWidget(m_workspace);
    setWorkspaceActionsEnabled(true);
    const int row = rowOf(m_areaBeforeLock);
    if (row >= 0 && row != m_sidebar->currentRow())
        m_sidebar->setCurrentRow(row);
    for (const AreaInfo& info : std::as_const(m_areas))
        info.page->reload();
    m_sidebar->setFocus();
    m_idleLock->resume();
    Q_EMIT unlocked();
}

void MainWindow::setWorkspaceActionsEnabled(bool enabled)
{
    for (QAction* action : std::as_const(m_workspaceActions))
        action->setEnabled(enabled);
}

} // namespace qf::ui
