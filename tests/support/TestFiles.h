#pragma once

// Whole-file helpers for the tests that read what is on disk or damage it on purpose.

#include <QByteArray>
#include <QString>

namespace qf::test {

// The file's bytes; the test fails if it cannot be read.
QByteArray readAll(const QString& path);
// Replaces the file's content; the test fails if it cannot be written.
void writeAll(const QString& path, const QByteArray& bytes);
// Changes the byte at `offset` by XOR with `mask` (never zero), so the file always differs afterwards. Writing a
// fixed value instead would leave the file as it was whenever the byte already held that value.
void flipByte(const QString& path, qint64 offset, char mask = 0x5A);

} // namespace qf::test
