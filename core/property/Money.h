#pragma once

#include "common/Result.h"

#include <QString>

namespace qf::property {

// Exact amounts in integer cents (分); never floating point.
Result<qint64> parseAmount(const QString& text); // "1,234.56", "1234.5", "12" → cents
QString formatAmount(qint64 cents, const QString& currency = QStringLiteral("CNY"));
// Face value times pieces, refusing an overflow.
Result<qint64> multiplyCents(qint64 faceValueCents, qint64 pieces);

} // namespace qf::property
