#include "storage/FileErrors.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>
#include <QStorageInfo>

namespace qf::storage {

namespace {

// Below this, a write that failed without a reason is taken to have failed for want of space.
constexpr qint64 kNearlyFullBytes = 256 * 1024;

bool diskFull(const QFileDevice& file)
{
    if (file.error() == QFileDevice::ResourceError)
        return true;
    const QStorageInfo storage(QFileInfo(file.fileName()).absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kNearlyFullBytes;
}

} // namespace

QString fileWriteProblem(const QIODevice& device)
{
    const auto* file = qobject_cast<const QFileDevice*>(&device);
    if (file && diskFull(*file))
        return QCoreApplication::translate("qf::storage::FileErrors",
                                           "the disk is full. Free some space on it, then try again");
    const QString reason = device.errorString();
    return reason.isEmpty() || reason == QLatin1String("Unknown error")
               ? QCoreApplication::translate("qf::storage::FileErrors", "the disk refused the write")
               : reason;
}

} // namespace qf::storage
