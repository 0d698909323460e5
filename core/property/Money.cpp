#include "property/Money.h"

#include <QCoreApplication>
#include <limits>

namespace qf::property {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("qf::property::Money", text);
}
} // namespace

Result<qint64> parseAmount(const QString& text)
{
    QString cleaned = text.trimmed();
    cleaned.remove(u',');
    cleaned.remove(u'，');
    if (cleaned.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter an amount."));
    const qsizetype dot = cleaned.indexOf(u'.');
    const QString whole = dot < 0 ? cleaned : cleaned.left(dot);
    const QString fraction = dot < 0 ? QString() : cleaned.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > 2 || whole.size() > 15)
        return makeError(ErrorCode::Invalid, tr("'%1' is not an amount with at most two decimals.").arg(text));
    for (const QChar c : QString(whole + fraction))
        if (!c.isDigit() || c.unicode() > 127)
            return makeError(ErrorCode::Invalid, tr("'%1' is not an amount with at most two decimals.").arg(text));
    const qint64 units = whole.toLongLong();
    const qint64 cents =
        fraction.isEmpty() ? 0 : (fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong());
    return units * 100 + cents;
}

QString formatAmount(qint64 cents, const QString& currency)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    QString units = QString::number(magnitude / 100);
    for (qsizetype i = units.size() - 3; i > 0; i -= 3)
        units.insert(i, u',');
    return (negative ? QStringLiteral("-") : QString()) + units + u'.' +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')) + u' ' + currency;
}

Result<qint64> multiplyCents(qint64 faceValueCents, qint64 pieces)
{
    if (faceValueCents < 0 || pieces < 1)
        return makeError(ErrorCode::Invalid, tr("Face value and count must be positive."));
    if (faceValueCents > std::numeric_limits<qint64>::max() / pieces)
        return makeError(ErrorCode::Invalid, tr("The amount is too large."));
    return faceValueCents * pieces;
}

} // namespace qf::property
