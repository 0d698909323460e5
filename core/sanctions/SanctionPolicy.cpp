#include "sanctions/SanctionPolicy.h"

#include "storage/SettingsRepository.h"

namespace qf::sanctions {

int SanctionPolicy::defaultPromotionMonths(SanctionKind kind, int probationYears)
{
    switch (kind) {
    case SanctionKind::PartyWarning:
        return 12;
    case SanctionKind::PartySeriousWarning:
        return 18;
    case SanctionKind::RemovalFromPartyPost:
        return 24;
    case SanctionKind::PartyProbation:
        return probationYears == 2 ? 24 : 12;
    case SanctionKind::Expulsion:
    case SanctionKind::Discharge:
        return 60;
    case SanctionKind::AdminWarning:
        return 6;
    case SanctionKind::Demerit:
        return 12;
    case SanctionKind::MajorDemerit:
        return 18;
    case SanctionKind::Demotion:
    case SanctionKind::DismissalFromPost:
        return 24;
    case SanctionKind::Removal:
    case SanctionKind::Reassignment:
        return 12;
    case SanctionKind::Admonishment:
        return 6;
    case SanctionKind::Suspension:
    case SanctionKind::Criticism:
        return 0;
    }
    return 0;
}

int SanctionPolicy::defaultStepMonths(ExecutionStepKind step)
{
    return step == ExecutionStepKind::ExecutionReport ? 6 : 1;
}

QString SanctionPolicy::promotionSettingKey(SanctionKind kind, int probationYears)
{
    QString key = QStringLiteral("sanction.promotion_months.") + sanctionKey(kind);
    if (kind == SanctionKind::PartyProbation)
        key += QStringLiteral(".%1y").arg(probationYears == 2 ? 2 : 1);
    return key;
}

QString SanctionPolicy::stepSettingKey(ExecutionStepKind step)
{
    return QStringLiteral("sanction.step_months.") + executionStepKey(step);
}

Result<int> SanctionPolicy::promotionMonths(SanctionKind kind, int probationYears) const
{
    return months(promotionSettingKey(kind, probationYears), defaultPromotionMonths(kind, probationYears));
}

Result<int> SanctionPolicy::stepMonths(ExecutionStepKind step) const
{
    return months(stepSettingKey(step), defaultStepMonths(step));
}

Status SanctionPolicy::setPromotionMonths(SanctionKind kind, int probationYears, int months)
{
    return storage::SettingsRepository(m_db).setValue(promotionSettingKey(kind, probationYears),
                                                      QString::number(std::max(0, months)));
}

Status SanctionPolicy::setStepMonths(ExecutionStepKind step, int months)
{
    return storage::SettingsRepository(m_db).setValue(stepSettingKey(step), QString::number(std::max(1, months)));
}

Result<int> SanctionPolicy::months(const QString& key, int fallback) const
{
    auto stored = storage::SettingsRepository(m_db).value(key);
    if (!stored.ok())
        return stored.error();
    bool ok = false;
    const int value = stored->toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

} // namespace qf::sanctions
