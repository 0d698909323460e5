#include "access/RecordVisibility.h"

namespace qf::access {

QString RecordVisibility::caseCondition(const QString& alias, QVariantList& values) const
{
    if (seeAll)
        return QStringLiteral("1");
    values << userId;
    return QStringLiteral("(%1.confidentiality < 1 OR EXISTS (SELECT 1 FROM case_team visible_team WHERE "
                          "visible_team.case_id = %1.id AND visible_team.user_id = ?))")
        .arg(alias);
}

QString RecordVisibility::leadCondition(const QString& alias, QVariantList& values) const
{
    if (seeAll)
        return QStringLiteral("1");
    values << userId;
    return QStringLiteral("(%1.confidentiality < 1 OR EXISTS (SELECT 1 FROM assignment visible_assignment WHERE "
                          "visible_assignment.target_type = 'lead' AND visible_assignment.target_uid = %1.uid AND "
                          "visible_assignment.user_id = ?))")
        .arg(alias);
}

} // namespace qf::access
