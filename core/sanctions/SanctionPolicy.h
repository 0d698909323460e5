#pragma once

#include "common/Result.h"
#include "sanctions/Sanction.h"

#include <QSqlDatabase>

namespace qf::sanctions {

// The configurable time limits of sanctions (FORMS.md §7), read from the vault's settings with the documented
// defaults: how long a decision stands in the way of promotion, and when each execution step is due.
class SanctionPolicy
{
public:
    explicit SanctionPolicy(QSqlDatabase db) : m_db(std::move(db)) {}

    static int defaultPromotionMonths(SanctionKind kind, int probationYears);
    static int defaultStepMonths(ExecutionStepKind step);
    static QString promotionSettingKey(SanctionKind kind, int probationYears);
    static QString stepSettingKey(ExecutionStepKind step);

    Result<int> promotionMonths(SanctionKind kind, int probationYears) const;
    Result<int> stepMonths(ExecutionStepKind step) const;
    Status setPromotionMonths(SanctionKind kind, int probationYears, int months);
    Status setStepMonths(ExecutionStepKind step, int months);

private:
    Result<int> months(const QString& key, int fallback) const;
    QSqlDatabase m_db;
};

} // namespace qf::sanctions
