#include "reporting/LetterNumber.h"

#include "documents/NumberingRegistry.h"
#include "storage/SettingsRepository.h"

#include <QDate>

namespace qf::reporting {

Result<QString> issueLetterNumber(const QSqlDatabase& db, const QString& kind, const QString& defaultPattern,
                                  const QString& targetType, const QString& targetUid, const QString& actor)
{
    storage::SettingsRepository settings(db);
    const QString key = QStringLiteral("numbering.pattern.") + kind;
    auto pattern = settings.value(key);
    if (!pattern.ok())
        return pattern.error();
    if (pattern->isEmpty())
        QF_TRY(settings.setValue(key, defaultPattern));
    auto issued =
        documents::NumberingRegistry(db).issue(kind, QDate::currentDate().year(), targetType, targetUid, actor);
    if (!issued.ok())
        return issued.error();
    return issued->text;
}

} // namespace qf::reporting
