#include "ScreenshotTour.h"

#include "AboutDialog.h"
#include "CaseListModel.h"
#include "CaseWorkspace.h"
#include "CasesPage.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "ShortcutSheet.h"
#include "StatisticsPage.h"
#include "WelcomeDialog.h"
#include "access/Session.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPixmap>
#include <QTabWidget>

namespace qf::ui {

namespace {

const QList<QPair<MainWindow::Area, QString>>& areaNames()
{
    using A = MainWindow::Area;
    static const QList<QPair<A, QString>> names{
        {A::Dashboard, QStringLiteral("dashboard")},   {A::Reports, QStringLiteral("reports")},
        {A::Leads, QStringLiteral("leads")},           {A::Cases, QStringLiteral("cases")},
        {A::Approvals, QStringLiteral("approvals")},   {A::Alerts, QStringLiteral("alerts")},
        {A::Statistics, QStringLiteral("statistics")}, {A::Documents, QStringLiteral("documents")},
        {A::Integrity, QStringLiteral("integrity")},   {A::Archives, QStringLiteral("archives")},
        {A::Audit, QStringLiteral("audit")},           {A::Admin, QStringLiteral("admin")},
        {A::Staff, QStringLiteral("staff")},
    };
    return names;
}

// Lets pages finish loading and layouts settle before the picture is taken.
void settle()
{
    for (int round = 0; round < 5; ++round)
        QApplication::processEvents();
}

// The statistics page computes on a worker thread: wait for its figures (at most half a minute).
void awaitStatistics(const MainWindow& window)
{
    const auto* statistics = qobject_cast<const StatisticsPage*>(window.page(MainWindow::Area::Statistics));
    QElapsedTimer waited;
    waited.start();
    while (statistics && statistics->isComputing() && waited.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

Result<QString> ScreenshotTour::save(QWidget* widget, const QString& directory, const QString& name)
{
    widget->show();
    settle();
    const QString file = QDir(directory).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().toImage().save(file, "PNG"))
        return makeError(ErrorCode::Failed, tr("Cannot write the screenshot %1.").arg(file));
    return file;
}

Result<QStringList> ScreenshotTour::captureWorkbench(access::Session& session, const QString& directory,
                                                     const QString& prefix)
{
    if (!QDir().mkpath(directory))
        return makeError(ErrorCode::Failed, tr("Cannot create the folder %1.").arg(directory));
    QStringList files;
    MainWindow window(session);
    window.resize(1180, 760);
    window.show();
    for (const auto& [area, name] : areaNames()) {
        if (!window.showArea(area))
            continue;
        if (area == MainWindow::Area::Statistics)
            awaitStatistics(window);
        auto file = save(&window, directory, prefix + u'-' + name);
        if (!file.ok())
            return file.error();
        files << file.value();
    }
    // The workspace of the first case in the list, as this user sees it.
    if (auto* cases = qobject_cast<CasesPage*>(window.page(MainWindow::Area::Cases))) {
        window.showArea(MainWindow::Area::Cases);
        settle();
        const auto* view = cases->findChild<QAbstractItemView*>();
        const QString caseUid =
            view && view->model() ? view->model()->index(0, 0).data(CaseListModel::UidRole).toString() : QString();
        if (CaseWorkspace* workspace = caseUid.isEmpty() ? nullptr : cases->openCase(caseUid)) {
            workspace->resize(1180, 760);
            auto file = save(workspace, directory, prefix + QStringLiteral("-workspace"));
            workspace->close();
            if (!file.ok())
                return file.error();
            files << file.value();
        }
    }
    SettingsDialog settings(session, &window);
    for (int tab = 0; tab < settings.tabs()->count(); ++tab) {
        settings.tabs()->setCurrentIndex(tab);
        auto file = save(&settings, directory, prefix + QStringLiteral("-settings-") + QString::number(tab + 1));
        if (!file.ok())
            return file.error();
        files << file.value();
    }
    settings.hide();
    AboutDialog about(session.vault().cipherVersion(), &window);
    ShortcutSheet shortcuts(&window, &window);
    for (const auto& [dialog, name] :
         {std::pair<QWidget*, QString>{&about, QStringLiteral("about")}, {&shortcuts, QStringLiteral("shortcuts")}}) {
        auto file = save(dialog, directory, prefix + u'-' + name);
        if (!file.ok())
            return file.error();
        files << file.value();
        dialog->hide();
    }
    return files;
}

Result<QStringList> ScreenshotTour::captureStart(const QString& directory, const QString& prefix)
{
    if (!QDir().mkpath(directory))
        return makeError(ErrorCode::Failed, tr("Cannot create the folder %1.").arg(directory));
    QStringList files;
    WelcomeDialog welcome;
    auto file = save(&welcome, directory, prefix + QStringLiteral("-welcome"));
    if (!file.ok())
        return file.error();
    files << file.value();
    welcome.hide();
    LoginDialog login;
    file = save(&login, directory, prefix + QStringLiteral("-login"));
    if (!file.ok())
        return file.error();
    files << file.value();
    return files;
}

} // namespace qf::ui
