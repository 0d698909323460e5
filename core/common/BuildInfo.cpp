#include "common/BuildInfo.h"

#include "storage/SqliteApi.h"

#include <sodium.h>

namespace qf {

BuildInfo buildInfo()
{
    return {QStringLiteral(QF_VERSION),
            QStringLiteral(QF_BUILD_TYPE),
            QStringLiteral(QF_COMPILER),
            QString::fromLatin1(qVersion()),
            QString::fromLatin1(sqlite3_libversion()),
            QString::fromLatin1(sodium_version_string())};
}

} // namespace qf
