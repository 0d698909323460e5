#pragma once

#include "Workload.h"

#include <QFile>

namespace qf::reliability {

// The writer's record of what it saw committed: one line per record, appended and fsync'd after the commit
// returned, so whatever is in it was committed before the process died.
class SideLog
{
public:
    explicit SideLog(const QString& path);
    bool isOpen() const { return m_file.isOpen(); }
    bool append(const Committed& record);
    // Complete lines only: a line cut short by a kill was never fully logged.
    static QList<Committed> read(const QString& path);

private:
    QFile m_file;
};

} // namespace qf::reliability
