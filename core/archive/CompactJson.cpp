#include "archive/CompactJson.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>

namespace qf::archive::compactjson {

namespace {

// Characters Qt writes as their plain UTF-8: printable ASCII other than the quote and the backslash, and
// characters of the Basic Multilingual Plane outside the surrogates and the non-characters.
bool writtenAsIs(char16_t c)
{
    if (c < 0x80)
        return c >= 0x20 && c != u'"' && c != u'\\';
    if (c >= 0xd800 && c <= 0xdfff)
        return false;
    return !(c >= 0xfdd0 && c <= 0xfdef) && c != 0xfffe && c != 0xffff;
}

// Qt's own text for one value: the compact array [value] without its brackets.
void appendThroughQt(QByteArray& out, const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(wrapped.constData() + 1, wrapped.size() - 2);
}

} // namespace

void appendString(QByteArray& out, const QString& text)
{
    bool plain = true;
    bool ascii = true;
    for (const QChar c : text) {
        if (!writtenAsIs(c.unicode())) {
            plain = false;
            break;
        }
        ascii = ascii && c.unicode() < 0x80;
    }
    if (!plain) {
        appendThroughQt(out, QJsonValue(text));
        return;
    }
    out.append('"');
    if (ascii) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char* into = out.data() + at;
        for (const QChar c : text)
            *into++ = static_cast<char>(c.unicode());
    } else {
        out.append(text.toUtf8());
    }
    out.append('"');
}

void appendValue(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out.append("null", 4);
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        return;
    case QJsonValue::Double:
        // Qt writes a value held as an integer with its decimal digits; a double has its own rules.
        if (const QCborValue held = QCborValue::fromJsonValue(value); held.isInteger()) {
            out.append(QByteArray::number(held.toInteger()));
            return;
        }
        appendThroughQt(out, value);
        return;
    default:
        appendThroughQt(out, value);
        return;
    }
}

void appendObject(QByteArray& out, const QJsonObject& object)
{
    out.append('{');
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, it.key());
        out.append(':');
        appendValue(out, it.value());
    }
    out.append('}');
}

} // namespace qf::archive::compactjson
