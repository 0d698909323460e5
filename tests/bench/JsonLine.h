#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <memory>

namespace qf::bench {

// One flat JSON object, written in the order its members were added (QJsonObject would sort them).
class JsonLine
{
public:
    JsonLine& add(const QByteArray& key, const QString& value);
    JsonLine& add(const QByteArray& key, const char* value);
    JsonLine& add(const QByteArray& key, bool value);
    JsonLine& add(const QByteArray& key, int value);
    JsonLine& add(const QByteArray& key, qint64 value);
    // A number with a fixed count of decimals; NaN and infinity are written as null so the line stays valid JSON.
    JsonLine& add(const QByteArray& key, double value, int decimals);
    JsonLine& append(const JsonLine& other);

    QByteArray toJson() const;

private:
    JsonLine& member(const QByteArray& key, const QByteArray& json);
    QList<QByteArray> m_members;
};

// Prints lines to stdout (and optionally a file) as they come, and checks them all at the end.
class JsonSink
{
public:
    bool openFile(const QString& path);
    void write(const JsonLine& line);

    // Every line parses as a JSON object, and every "ratio_*" member is a positive number.
    bool allLinesWellFormed() const;

private:
    std::unique_ptr<QFile> m_file;
    QList<QByteArray> m_lines;
};

} // namespace qf::bench
