#include "ArchiveTaskPage.h"

#include "TaskProgress.h"

namespace qf::ui {

ArchiveTaskPage::ArchiveTaskPage(const QString& objectPrefix, const QString& cancelText, QWidget* parent)
    : QWizardPage(parent), m_progress(new TaskProgress(objectPrefix, cancelText))
{
}

void ArchiveTaskPage::initializePage()
{
    Q_EMIT startRequested();
}

void ArchiveTaskPage::begin(const QString& status)
{
    m_complete = false;
    m_progress->start(status);
    Q_EMIT completeChanged();
}

void ArchiveTaskPage::end(const QString& richStatus, bool succeeded, bool complete)
{
    m_complete = complete;
    m_progress->finish(richStatus, succeeded);
    Q_EMIT completeChanged();
}

} // namespace qf::ui
