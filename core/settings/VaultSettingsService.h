#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "settings/VaultSettings.h"
#include "storage/CategoryRepository.h"

#include <QStringList>

namespace qf::settings {

// Reads and changes the per-vault settings: organ name, number prefix and patterns, backup rotation, the reply
// time limit of integrity opinion requests and the category lists. Every change needs ManageUsers (the administrator)
// and is audited.
class VaultSettingsService
{
public:
    explicit VaultSettingsService(access::Session& session) : m_session(session) {}

    Result<VaultSettings> load() const;
    Status setOrganName(const QString& organName);
    Status setNumberAgency(const QString& agency);
    Status setNumberPattern(const QString& kind, const QString& pattern);
    Status setBackupKeep(int keep);
    Status setOpinionReplyDays(int days);

    // Time limits of the case stages that can have one (every stage but the final one).
    Result<QList<StageTimeLimit>> stageTimeLimits() const;
    // Changes one stage's limit in the vault's case workflow (workflow::CaseWorkflow::installDefinition, audited);
    // it applies to deadlines opened from then on.
    Status setStageTimeLimit(const QString& stage, int months, int extendableMonths);

    // The configurable lists (allegation, sector, ...), in the order the settings dialog shows them.
    static QStringList categoryKinds();
    Result<QList<storage::Category>> categories(const QString& kind) const;
    // Adds an entry or renames an existing code's label; entries are never removed because records refer to them.
    Status saveCategory(const QString& kind, const storage::Category& category);

private:
    Status store(const QString& key, const QString& value, const QString& summary);

    access::Session& m_session;
};

} // namespace qf::settings
