#include "common/RuntimeDirectory.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace qf {

void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QByteArrayLiteral("/tmp/qingfeng-runtime-") + QByteArray::number(getuid());
    if (mkdir(dir.constData(), 0700) != 0 && errno != EEXIST)
        return;
    struct stat info = {};
    if (lstat(dir.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == getuid() &&
        (info.st_mode & 0777) == 0700)
        qputenv("XDG_RUNTIME_DIR", dir);
}

} // namespace qf
