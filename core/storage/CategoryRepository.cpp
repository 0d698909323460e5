#include "storage/CategoryRepository.h"

#include "storage/Sql.h"

namespace qf::storage {

Result<QList<Category>> categories(const QSqlDatabase& db, const QString& kind)
{
    auto query =
        runQuery(db, QStringLiteral("SELECT code, label FROM category WHERE kind = ? ORDER BY sort, code"), {kind});
    if (!query.ok())
        return query.error();
    QList<Category> result;
    while (query->next())
        result << Category{query->value(0).toString(), query->value(1).toString()};
    return result;
}

} // namespace qf::storage
