#pragma once

#include "WorkspacePage.h"

namespace qf::ui {

// Stands in for an area that is not built yet, and says so plainly.
class EmptyStatePage : public WorkspacePage
{
    Q_OBJECT

public:
    EmptyStatePage(const QString& area, const QString& purpose, QWidget* parent = nullptr);
};

} // namespace qf::ui
