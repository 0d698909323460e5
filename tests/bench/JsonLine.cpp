#include "JsonLine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <cstdio>

namespace qf::bench {

namespace {

QByteArray quoted(const QByteArray& utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0x0f]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
    return out;
}

} // namespace

JsonLine& JsonLine::member(const QByteArray& key, const QByteArray& json)
{
    m_members.append(quoted(key) + ':' + json);
    return *this;
}

JsonLine& JsonLine::add(const QByteArray& key, const QString& value)
{
    return member(key, quoted(value.toUtf8()));
}

JsonLine& JsonLine::add(const QByteArray& key, const char* value)
{
    return member(key, quoted(QByteArray(value)));
}

JsonLine& JsonLine::add(const QByteArray& key, bool value)
{
    return member(key, value ? QByteArray("true") : QByteArray("false"));
}

JsonLine& JsonLine::add(const QByteArray& key, int value)
{
    return member(key, QByteArray::number(value));
}

JsonLine& JsonLine::add(const QByteArray& key, qint64 value)
{
    return member(key, QByteArray::number(value));
}

JsonLine& JsonLine::add(const QByteArray& key, double value, int decimals)
{
    return member(key, std::isfinite(value) ? QByteArray::number(value, 'f', decimals) : QByteArray("null"));
}

JsonLine& JsonLine::append(const JsonLine& other)
{
    m_members.append(other.m_members);
    return *this;
}

QByteArray JsonLine::toJson() const
{
    return '{' + m_members.join(',') + '}';
}

bool JsonSink::openFile(const QString& path)
{
    m_file = std::make_unique<QFile>(path);
    return m_file->open(QIODevice::WriteOnly | QIODevice::Truncate);
}

void JsonSink::write(const JsonLine& line)
{
    const QByteArray json = line.toJson();
    m_lines.append(json);
    std::fwrite(json.constData(), 1, static_cast<std::size_t>(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    if (m_file) {
        m_file->write(json + '\n');
        m_file->flush();
    }
}

bool JsonSink::allLinesWellFormed() const
{
    bool wellFormed = !m_lines.isEmpty();
    for (const QByteArray& line : m_lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            std::fprintf(stderr, "qf_bench: not a JSON object: %s\n", line.constData());
            wellFormed = false;
            continue;
        }
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().startsWith(QLatin1String("ratio_")) && !(it.value().isDouble() && it.value().toDouble() > 0)) {
                std::fprintf(stderr, "qf_bench: %s is not a positive ratio in %s\n", qPrintable(it.key()),
                             line.constData());
                wellFormed = false;
            }
        }
    }
    return wellFormed;
}

} // namespace qf::bench
