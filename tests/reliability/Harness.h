#pragma once

#include <QString>

namespace qf::reliability {

// QF_RELIABILITY_LONG=1 switches every harness to its long mode (the figures for the issue note); the default
// runs are short enough for ctest.
bool longMode();
// A whole-number setting from the environment, or `fallback`.
int setting(const char* name, int fallback);
// The writer executable built next to the tests, or the copy QF_RELIABILITY_WRITER names.
QString writerPath();
// One line of figures on stdout, prefixed so a long run's output can be grepped.
void reportFigure(const QString& text);

} // namespace qf::reliability
