#pragma once

#include <QString>

namespace qf::reliability {

// A small tmpfs mounted at a folder, for filling a disk for real. The mount lives in a private mount namespace of
// this test process (entered once), so nothing outside sees it and it disappears with the process. Needs the right
// to mount (root, as in the build containers); available() says whether it worked.
class SmallDisk
{
public:
    SmallDisk(const QString& folder, qint64 bytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool available() const { return m_mounted; }
    const QString& folder() const { return m_folder; }
    // Writes a filler file so that only about `bytes` stay free.
    bool leaveFree(qint64 bytes);
    void removeFiller();

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace qf::reliability
