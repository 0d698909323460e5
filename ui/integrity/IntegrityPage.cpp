#include "IntegrityPage.h"

#include "IntegrityFilesTab.h"
#include "IntegrityOpinionsTab.h"
#include "RecommendationLettersTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace qf::ui {

IntegrityPage::IntegrityPage(access::Session& session, QWidget* parent)
    : WorkspacePage(parent), m_tabs(new QTabWidget), m_files(new IntegrityFilesTab(session)),
      m_opinions(new IntegrityOpinionsTab(session)), m_letters(new RecommendationLettersTab(session))
{
    setObjectName(QStringLiteral("integrityPage"));
    m_tabs->setObjectName(QStringLiteral("integrityTabs"));
    m_tabs->addTab(m_opinions, tr("Integrity &opinions"));
    m_tabs->addTab(m_files, tr("Integrity &files"));
    m_tabs->addTab(m_letters, tr("&Recommendation letters"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

void IntegrityPage::reload()
{
    m_opinions->reload();
    m_files->reload();
    m_letters->reload();
}

void IntegrityPage::releaseForLock()
{
    m_opinions->clear();
    m_files->clear();
    m_letters->clear();
}

} // namespace qf::ui
