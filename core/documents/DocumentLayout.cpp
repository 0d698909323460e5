#include "documents/DocumentLayout.h"

namespace qf::documents {

QString chineseDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace qf::documents
