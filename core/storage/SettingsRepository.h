#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace qf::storage {

// Per-vault settings (organ name, number prefixes, time limits). SQL for the setting table lives only here.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);

private:
    QSqlDatabase m_db;
};

namespace settingkeys {
inline const QString organName = QStringLiteral("organ_name");
inline const QString vaultUid = QStringLiteral("vault_uid");
inline const QString createdAt = QStringLiteral("created_at");
} // namespace settingkeys

} // namespace qf::storage
