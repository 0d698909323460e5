#include "CasesPage.h"

#include "CaseListModel.h"
#include "CaseTerms.h"
#include "CaseWorkspace.h"
#include "ErrorMessages.h"
#include "FileCaseDialog.h"
#include "RecordTable.h"
#include "access/Session.h"
#include "workflow/CaseWorkflow.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace qf::ui {

CasesPage::CasesPage(access::Session& session, QWidget* parent)
    : WorkspacePage(parent), m_session(session), m_model(new CaseListModel(session, this)), m_stageCombo(new QComboBox),
      m_view(new QTableView), m_openButton(new QPushButton(tr("&Open case"))),
      m_fileButton(new QPushButton(tr("Open case from &lead…"))),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("casesErrorLabel")))
{
    setObjectName(QStringLiteral("casesPage"));
    auto* title = new QLabel(tr("Cases"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_stageCombo->setObjectName(QStringLiteral("stageFilterComboBox"));
    m_stageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_openButton->setObjectName(QStringLiteral("openCaseButton"));
    m_fileButton->setObjectName(QStringLiteral("fileCaseButton"));
    m_view->setObjectName(QStringLiteral("casesTableView"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(CaseListModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(CaseListModel::NumberColumn, 200);
    m_view->setColumnWidth(CaseListModel::StageColumn, 170);
    m_view->setColumnWidth(CaseListModel::SinceColumn, 120);
    m_view->setColumnWidth(CaseListModel::DueColumn, 170);

    auto* stageLabel = new QLabel(tr("&Stage:"));
    stageLabel->setBuddy(m_stageCombo);
    auto* bar = new QHBoxLayout;
    bar->addWidget(stageLabel);
    bar->addWidget(m_stageCombo);
    bar->addStretch();
    bar->addWidget(m_openButton);
    bar->addWidget(m_fileButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);

    // Enter opens the selected case, as a double click does.
    auto* openAction = new QAction(this);
    openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(openAction);
    connect(openAction, &QAction::triggered, this, &CasesPage::openCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &CasesPage::openCurrent);
    connect(m_openButton, &QPushButton::clicked, this, &CasesPage::openCurrent);
    connect(m_fileButton, &QPushButton::clicked, this, &CasesPage::fileCase);
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStageFilter(m_stageCombo->currentData().toString());
        updateButtons();
    });
    connect(m_model, &CaseListModel::readFailed, this, [this](const QString& message) {
        m_errorLabel->setText(message.toHtmlEscaped());
        m_errorLabel->show();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CasesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesPage::updateButtons);
    updateButtons();
}

void CasesPage::reload()
{
    if (m_session.isLocked())
        return;
    m_errorLabel->hide();
    if (m_stageCombo->count() == 0) {
        const QSignalBlocker block(m_stageCombo);
        m_stageCombo->addItem(tr("All stages"), QString());
        if (auto definition = workflow::CaseWorkflow::definition(m_session.database()); definition.ok())
            for (const workflow::StageDefinition& stage : definition->stages())
                m_stageCombo->addItem(stage.label(QLocale().name()), stage.id);
    }
    m_fileButton->setEnabled(m_session.can(access::Permission::ManageCases));
    m_model->reload();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void CasesPage::releaseForLock()
{
    for (const QPointer<CaseWorkspace>& workspace : std::as_const(m_workspaces))
        if (workspace) {
            workspace->releaseForLock();
            workspace->close();
        }
    m_workspaces.clear();
    m_model->clear();
}

void CasesPage::updateButtons()
{
    m_openButton->setEnabled(m_view->selectionModel()->hasSelection());
}

void CasesPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    openCase(index.data(CaseListModel::UidRole).toString());
}

CaseWorkspace* CasesPage::openCase(const QString& caseUid)
{
    m_workspaces.removeAll(nullptr);
    for (const QPointer<CaseWorkspace>& open : std::as_const(m_workspaces)) {
        CaseWorkspace* existing = open.data();
        if (!existing)
            continue;
        const QString openUid = existing->currentCase().uid;
        if (openUid == caseUid) {
            existing->reload();
            existing->raise();
            existing->activateWindow();
            return existing;
        }
    }
    auto* workspace = new CaseWorkspace(m_session, caseUid, this);
    workspace->setAttribute(Qt::WA_DeleteOnClose);
    connect(workspace, &CaseWorkspace::caseChanged, this, [this] { m_model->reload(); });
    m_workspaces.append(workspace);
    workspace->show();
    return workspace;
}

void CasesPage::fileCase()
{
    FileCaseDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    openCase(dialog.openedCaseUid());
}

} // namespace qf::ui
