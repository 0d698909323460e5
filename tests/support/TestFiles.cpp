#include "TestFiles.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace qf::test {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

void flipByte(const QString& path, qint64 offset, char mask)
{
    REQUIRE(mask != 0);
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    char byte = 0;
    REQUIRE(file.getChar(&byte));
    REQUIRE(file.seek(offset));
    REQUIRE(file.putChar(static_cast<char>(byte ^ mask)));
}

} // namespace qf::test
