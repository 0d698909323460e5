#include "people/Masking.h"

namespace qf::people {

namespace {
QString keepEnds(const QString& text, int head, int tail)
{
    if (text.isEmpty())
        return text;
    if (text.size() <= head + tail)
        return text.left(1) + QString(text.size() - 1, u'*');
    return text.left(head) + QString(text.size() - head - tail, u'*') + text.right(tail);
}
} // namespace

QString maskName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    return trimmed.left(1) + QString(std::max<qsizetype>(1, trimmed.size() - 1), u'*');
}

QString maskIdNumber(const QString& idNumber)
{
    return keepEnds(idNumber.trimmed(), 4, 4);
}

QString maskPhone(const QString& phone)
{
    return keepEnds(phone.trimmed(), 3, 4);
}

QString maskFreeText(const QString& text)
{
    return keepEnds(text.trimmed(), 2, 0);
}

} // namespace qf::people
