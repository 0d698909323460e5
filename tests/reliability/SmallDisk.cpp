#include "SmallDisk.h"

#include <QDir>
#include <QFile>
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>

namespace qf::reliability {

namespace {

bool privateMountNamespace()
{
    static const bool entered =
        ::unshare(CLONE_NEWNS) == 0 && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    return entered;
}

QString fillerOf(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral(".filler"));
}

} // namespace

SmallDisk::SmallDisk(const QString& folder, qint64 bytes) : m_folder(folder)
{
    QDir().mkpath(folder);
    if (!privateMountNamespace())
        return;
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    m_mounted = ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                        options.constData()) == 0;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

bool SmallDisk::leaveFree(qint64 bytes)
{
    removeFiller();
    struct statvfs info
    {
    };
    if (::statvfs(QFile::encodeName(m_folder).constData(), &info) != 0)
        return false;
    const qint64 available = qint64(info.f_bavail) * qint64(info.f_frsize);
    QFile filler(fillerOf(m_folder));
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(4096, 'f');
    for (qint64 written = 0; written + block.size() <= available - bytes; written += block.size())
        if (filler.write(block) != block.size())
            return false;
    return filler.flush();
}

void SmallDisk::removeFiller()
{
    QFile::remove(fillerOf(m_folder));
}

} // namespace qf::reliability
