#pragma once

#include <QString>

class QWidget;

namespace qf::test {

// Saves a picture of the widget as <name>.png in the folder named by QF_GRAB_DIR, when that is set, so that a person
// can look at what a widget test drove; without it, nothing is written.
void grabIfAsked(QWidget& widget, const QString& name);

} // namespace qf::test
