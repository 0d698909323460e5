#pragma once

#include "WorkspacePage.h"

namespace qf::ui {

// A page whose reading is costly: reload() reads only while the page is shown; a hidden page notes that it must
// read when it is next shown, so unlocking or switching areas never computes pages nobody looks at.
class ShownOnDemandPage : public WorkspacePage
{
    Q_OBJECT

public:
    using WorkspacePage::WorkspacePage;

    void reload() final;
    // Reads now, shown or not.
    virtual void refresh() = 0;

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool m_stale = false;
};

} // namespace qf::ui
