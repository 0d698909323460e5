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

Status saveCategory(const QSqlDatabase& db, const QString& kind, const Category& category)
{
    auto exists = querySingleValue(db, QStringLiteral("SELECT 1 FROM category WHERE kind = ? AND code = ?"),
                                   {kind, category.code});
    if (!exists.ok())
        return exists.error();
    if (!exists->isNull()) {
        QF_TRY(execute(db, QStringLiteral("UPDATE category SET label = ? WHERE kind = ? AND code = ?"),
                       {category.label, kind, category.code}));
        return {};
    }
    QF_TRY(execute(db,
                   QStringLiteral("INSERT INTO category (kind, code, label, sort) SELECT ?, ?, ?, "
                                  "COALESCE(MAX(sort), 0) + 1 FROM category WHERE kind = ?"),
                   {kind, category.code, category.label, kind}));
    return {};
}

} // namespace qf::storage
