#include "Harness.h"

#include <cstdio>

namespace qf::reliability {

bool longMode()
{
    return qEnvironmentVariableIntValue("QF_RELIABILITY_LONG") != 0;
}

int setting(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

QString writerPath()
{
    // A long run may use a copy of the writer, so that rebuilding the tree meanwhile does not swap it mid-run.
    const QString copy = qEnvironmentVariable("QF_RELIABILITY_WRITER");
    return copy.isEmpty() ? QStringLiteral(QF_RELIABILITY_WRITER) : copy;
}

void reportFigure(const QString& text)
{
    std::printf("[reliability] %s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace qf::reliability
