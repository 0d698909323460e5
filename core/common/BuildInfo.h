#pragma once

#include <QString>

namespace qf {

// What the About box and bug reports show: this build and the libraries it runs on.
struct BuildInfo
{
    QString version;
    QString buildType;
    QString compiler;
    QString qtVersion;     // the Qt library loaded at run time
    QString sqliteVersion; // the SQLite inside SQLCipher
    QString sodiumVersion;
};

BuildInfo buildInfo();

} // namespace qf
