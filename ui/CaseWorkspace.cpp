#include "CaseWorkspace.h"

#include "CaseCoordinationTab.h"
#include "CaseDeadlinesTab.h"
#include "CaseDecisionsTab.h"
#include "CaseEvidenceTab.h"
#include "CaseMeasuresTab.h"
#include "CaseOverviewTab.h"
#include "CasePropertyTab.h"
#include "CaseRecoveryTab.h"
#include "CaseReviewTab.h"
#include "CaseSanctionsTab.h"
#include "CaseTeamTab.h"
#include "CaseTransfersTab.h"
#include "ErrorMessages.h"
#include "StageBar.h"
#include "access/Session.h"
#include "cases/CaseService.h"
#include "printing/CaseFilePrintDialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qf::ui {

CaseWorkspace::CaseWorkspace(access::Session& session, const QString& caseUid, QWidget* parent)
    : QDialog(parent), m_session(session), m_caseUid(caseUid), m_titleLabel(new QLabel), m_numberLabel(new QLabel),
      m_errorLabel(ErrorMessages::createBanner(QStringLiteral("workspaceErrorLabel"))),
      m_stageBar(new StageBar(session)), m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("caseWorkspaceDialog"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_titleLabel->setObjectName(QStringLiteral("caseTitleLabel"));
    m_numberLabel->setObjectName(QStringLiteral("caseNumberLabel"));
    m_tabs->setObjectName(QStringLiteral("caseTabWidget"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_numberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* stageBox = new QGroupBox(tr("Stage"));
    stageBox->setObjectName(QStringLiteral("stageGroupBox"));
    auto* stageLayout = new QVBoxLayout(stageBox);
    stageLayout->addWidget(m_stageBar);

    addTab(new CaseOverviewTab(session), tr("&Overview"));
    addTab(new CaseTeamTab(session), tr("&Team && recusals"));
    addTab(new CaseMeasuresTab(session), tr("&Measures && talks"));
    addTab(new CaseEvidenceTab(session), tr("&Evidence"));
    addTab(new CasePropertyTab(session), tr("&Property ledger"));
    addTab(new CaseDecisionsTab(session), tr("&Decisions"));
    addTab(new CaseDeadlinesTab(session), tr("Dead&lines && supervision"));
    addTab(new CaseReviewTab(session), tr("Re&view && appeals"));
    addTab(new CaseSanctionsTab(session), tr("San&ctions"));
    addTab(new CaseRecoveryTab(session), tr("Recover&y && exit control"));
    addTab(new CaseCoordinationTab(session), tr("Coordi&nation"));
    addTab(new CaseTransfersTab(session), tr("E&xternal transfers && requests"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("workspaceButtonBox"));
    QPushButton* refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, [this] { reload(); });
    QPushButton* caseFile = buttons->addButton(tr("Print case f&ile…"), QDialogButtonBox::ActionRole);
    caseFile->setObjectName(QStringLiteral("printCaseFileButton"));
    caseFile->setEnabled(session.can(access::Permission::PrintDocuments));
    caseFile->setToolTip(tr("Cover, contents, every approved document and the reference sheet as one PDF or print "
                            "run with continuous page numbers."));
    connect(caseFile, &QPushButton::clicked, this, [this] {
        CaseFilePrintDialog dialog(m_session, m_case.uid, m_case.number, this);
        dialog.exec();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel);
    header->addSpacing(16);
    header->addWidget(m_numberLabel, 1, Qt::AlignBottom);
    layout->addLayout(header);
    layout->addWidget(m_errorLabel);
    layout->addWidget(stageBox);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_stageBar, &StageBar::requested, this, &CaseWorkspace::afterChange);
    resize(1120, 800);
    reload();
}

void CaseWorkspace::addTab(CaseTab* tab, const QString& title)
{
    m_tabs->addTab(tab, title);
    m_caseTabs.append(tab);
    connect(tab, &CaseTab::changed, this, &CaseWorkspace::afterChange);
}

bool CaseWorkspace::reload()
{
    m_errorLabel->hide();
    auto found = cases::CaseService(m_session).caseFile(m_caseUid);
    if (!found.ok()) {
        m_errorLabel->setText(ErrorMessages::describe(found.error()));
        m_errorLabel->show();
        m_stageBar->clear();
        m_tabs->setEnabled(false);
        return false;
    }
    m_case = found.value();
    m_tabs->setEnabled(true);
    setWindowTitle(tr("Case %1 — %2").arg(m_case.number, m_case.title));
    m_titleLabel->setText(m_case.title);
    m_numberLabel->setText(tr("Case number %1").arg(m_case.number));
    m_stageBar->setCase(m_case.uid, m_case.stage);
    for (CaseTab* tab : std::as_const(m_caseTabs))
        tab->setCase(m_case);
    return true;
}

void CaseWorkspace::afterChange()
{
    reload();
    Q_EMIT caseChanged(m_caseUid);
}

void CaseWorkspace::releaseForLock()
{
    for (CaseTab* tab : std::as_const(m_caseTabs))
        tab->releaseForLock();
}

} // namespace qf::ui
