#pragma once

#include <QTemporaryDir>

namespace qf::test {

// Points QSettings and the user's data folder at a fresh temporary folder for the lifetime of the object, so tests
// of the welcome screen and settings start from a workstation that has never run Qingfeng.
class FreshWorkstation
{
public:
    FreshWorkstation();
    ~FreshWorkstation();
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldDataHome;
};

} // namespace qf::test
