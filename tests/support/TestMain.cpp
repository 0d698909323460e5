// Catch2 main for every test executable: Qt runs on the offscreen platform, so widget tests need no display.
#define CATCH_CONFIG_RUNNER
#include "common/RuntimeDirectory.h"
#include "crypto/Sodium.h"

#include <QApplication>
#include <QLoggingCategory>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qf::ensureRuntimeDirectory();
    QLoggingCategory::setFilterRules(QStringLiteral("qf.*.info=false"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("qingfeng-tests"));
    qf::crypto::ensureSodium();
    return Catch::Session().run(argc, argv);
}
