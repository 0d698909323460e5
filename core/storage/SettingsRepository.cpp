#include "storage/SettingsRepository.h"

#include "storage/Sql.h"

namespace qf::storage {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    auto stored = querySingleValue(m_db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    if (!stored.ok())
        return stored.error();
    return stored->isNull() ? fallback : stored->toString();
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    QF_TRY(execute(m_db, QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"), {key, value}));
    return {};
}

} // namespace qf::storage
