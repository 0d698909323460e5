#include "SideLog.h"

#include <unistd.h>

namespace qf::reliability {

SideLog::SideLog(const QString& path) : m_file(path)
{
    m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

bool SideLog::append(const Committed& record)
{
    const QByteArray line = record.line().toUtf8() + '\n';
    return m_file.write(line) == line.size() && m_file.flush() && ::fsync(m_file.handle()) == 0;
}

QList<Committed> SideLog::read(const QString& path)
{
    QFile file(path);
    QList<Committed> records;
    if (!file.open(QIODevice::ReadOnly))
        return records;
    const QByteArray text = file.readAll();
    const qsizetype end = text.lastIndexOf('\n');
    if (end < 0)
        return records;
    for (const QByteArray& line : text.left(end).split('\n'))
        if (!line.isEmpty())
            records << Committed::parse(QString::fromUtf8(line));
    return records;
}

} // namespace qf::reliability
