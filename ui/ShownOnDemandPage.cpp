#include "ShownOnDemandPage.h"

namespace qf::ui {

void ShownOnDemandPage::reload()
{
    m_stale = !isVisible();
    if (!m_stale)
        refresh();
}

void ShownOnDemandPage::showEvent(QShowEvent* event)
{
    WorkspacePage::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

} // namespace qf::ui
