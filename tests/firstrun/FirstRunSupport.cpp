#include "FirstRunSupport.h"

#include <QSettings>

namespace qf::test {

FreshWorkstation::FreshWorkstation() : m_oldDataHome(qgetenv("XDG_DATA_HOME"))
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QSettings().clear();
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
}

FreshWorkstation::~FreshWorkstation()
{
    QSettings().clear();
    qputenv("XDG_DATA_HOME", m_oldDataHome);
}

} // namespace qf::test
