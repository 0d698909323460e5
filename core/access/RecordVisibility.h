#pragma once

#include <QString>
#include <QVariantList>

namespace qf::access {

// Which confidential cases and leads a user sees, as an SQL condition. Cases and leads below Secret are
// visible to everyone with the view permission; from Secret up, a case only to its team and a lead only to the
// people assigned to it, unless the user may see all confidential records.
struct RecordVisibility
{
    qint64 userId = 0;
    bool seeAll = false;

    // A condition on the case table aliased `alias`, or "1" when the user sees everything. Its bound value, if any,
    // is appended to `values`, so the condition must be placed where that value's position is next.
    QString caseCondition(const QString& alias, QVariantList& values) const;
    QString leadCondition(const QString& alias, QVariantList& values) const;
};

} // namespace qf::access
