#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace qf::archive {

// Writes JSON text byte for byte as QJsonDocument::toJson(QJsonDocument::Compact) does, without building a
// document first: archives write one document per record and a manifest line per entry, and the hashes in a
// manifest are over these exact bytes. Anything unusual (a double, a nested value, an unpaired surrogate, a Unicode
// non-character) is handed to Qt's own writer, so the output never differs from it.
namespace compactjson {

void appendString(QByteArray& out, const QString& text);
void appendValue(QByteArray& out, const QJsonValue& value);
void appendObject(QByteArray& out, const QJsonObject& object);

} // namespace compactjson

} // namespace qf::archive
