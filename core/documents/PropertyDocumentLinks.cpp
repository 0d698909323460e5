#include "documents/PropertyDocumentLinks.h"

#include "storage/Sql.h"

namespace qf::documents {

QString PropertyDocumentLinks::templateFor(const QString& action)
{
    if (action == QLatin1String("seize"))
        return QStringLiteral("seizure_list");
    if (action == QLatin1String("seal"))
        return QStringLiteral("sealing_list");
    if (action == QLatin1String("hand_over"))
        return QStringLiteral("property_handover_list");
    return {};
}

Status PropertyDocumentLinks::recordCoverage(const QString& documentUid, const QStringList& itemUids)
{
    for (const QString& itemUid : itemUids)
        QF_TRY(storage::execute(m_db,
                                QStringLiteral("INSERT INTO document_property_item (document_id, item_id) SELECT d.id, "
                                               "p.id FROM document d, property_item p WHERE d.uid = ? AND p.uid = ?"),
                                {documentUid, itemUid}));
    return {};
}

Result<std::optional<PropertyCoverage>> PropertyDocumentLinks::coverageOf(qint64 itemId,
                                                                          const QString& templateId) const
{
    auto row = storage::runQuery(
        m_db,
        QStringLiteral("SELECT d.id, d.uid, d.number, d.status FROM document d JOIN document_property_item c ON "
                       "c.document_id = d.id WHERE c.item_id = ? AND d.template_id = ? AND d.status <> 'superseded' "
                       "ORDER BY CASE d.status WHEN 'draft' THEN 1 ELSE 0 END, d.id DESC LIMIT 1"),
        {itemId, templateId});
    if (!row.ok())
        return row.error();
    if (!row->next())
        return std::optional<PropertyCoverage>{};
    return std::optional<PropertyCoverage>{PropertyCoverage{row->value(0).toLongLong(), row->value(1).toString(),
                                                            row->value(2).toString(), row->value(3).toString()}};
}

Status PropertyDocumentLinks::link(qint64 actionId, qint64 documentId)
{
    QF_TRY(storage::execute(
        m_db, QStringLiteral("INSERT INTO property_action_document (action_id, document_id) VALUES (?, ?)"),
        {actionId, documentId}));
    return {};
}

Result<int> PropertyDocumentLinks::uncoveredSteps(qint64 caseId) const
{
    auto count = storage::querySingleValue(
        m_db,
        QStringLiteral("SELECT count(*) FROM property_action a JOIN property_item p ON p.id = a.item_id WHERE "
                       "p.case_id = ? AND a.action IN ('seize', 'seal', 'hand_over') AND NOT EXISTS (SELECT 1 FROM "
                       "property_action_document l WHERE l.action_id = a.id)"),
        {caseId});
    if (!count.ok())
        return count.error();
    return count->toInt();
}

} // namespace qf::documents
