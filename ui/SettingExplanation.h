#pragma once

#include <QString>

class QFormLayout;
class QWidget;

namespace qf::ui {

// Adds one setting to a settings form: its label and field, then a grey line under it that explains what it does.
void addExplainedRow(QFormLayout* form, const QString& label, QWidget* field, const QString& explanation);

} // namespace qf::ui
