#include "people/IntegrityFile.h"

#include "common/EnumTable.h"

namespace qf::people {

namespace {

using A = AnomalyKind;
constexpr auto kAnomalies = makeEnumTable<AnomalyKind>(
    "qf::people::AnomalyKind",
    EnumEntry<A>{A::PropertyIncomeMismatch, "property_income_mismatch",
                 QT_TRANSLATE_NOOP("qf::people::AnomalyKind", "Property does not fit the declared income")},
    EnumEntry<A>{A::UndeclaredPassport, "undeclared_passport",
                 QT_TRANSLATE_NOOP("qf::people::AnomalyKind", "Undeclared passport")},
    EnumEntry<A>{A::UndeclaredInvestment, "undeclared_investment",
                 QT_TRANSLATE_NOOP("qf::people::AnomalyKind", "Undeclared investment")},
    EnumEntry<A>{A::Other, "other", QT_TRANSLATE_NOOP("qf::people::AnomalyKind", "Other anomaly")});

} // namespace

QList<AnomalyKind> allAnomalyKinds()
{
    return kAnomalies.all();
}

QString anomalyKindKey(AnomalyKind kind)
{
    return kAnomalies.key(kind);
}

std::optional<AnomalyKind> anomalyKindFromKey(const QString& key)
{
    return kAnomalies.fromKey(key);
}

QString anomalyKindDisplayName(AnomalyKind kind)
{
    return kAnomalies.displayName(kind);
}

QString anomalyKindTerm(AnomalyKind kind)
{
    switch (kind) {
    case AnomalyKind::PropertyIncomeMismatch:
        return QStringLiteral("财产与申报收入明显不符");
    case AnomalyKind::UndeclaredPassport:
        return QStringLiteral("持有未申报的因私出入境证件");
    case AnomalyKind::UndeclaredInvestment:
        return QStringLiteral("存在未申报的投资");
    case AnomalyKind::Other:
        break;
    }
    return QStringLiteral("其他异常情况");
}

} // namespace qf::people
