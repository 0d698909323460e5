#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace qf::documents {

// A generated list that takes a property item.
struct PropertyCoverage
{
    qint64 documentId = 0;
    QString documentUid;
    QString number;
    QString status; // draft, approved, printed, served
};

// Ties property steps to the documents that cover them (issue #5): a seizure list covers seizing, a sealing list
// sealing and the handover list handing over. The only SQL for document_property_item and property_action_document.
class PropertyDocumentLinks
{
public:
    explicit PropertyDocumentLinks(QSqlDatabase db) : m_db(std::move(db)) {}

    // The template whose approved document covers a step; empty for steps without one.
    static QString templateFor(const QString& action);

    Status recordCoverage(const QString& documentUid, const QStringList& itemUids);
    // The newest approved list of that template taking the item, else the newest draft; none when no list takes it.
    Result<std::optional<PropertyCoverage>> coverageOf(qint64 itemId, const QString& templateId) const;
    Status link(qint64 actionId, qint64 documentId);
    // Steps of the case's items that needed a list and were taken without an approved one.
    Result<int> uncoveredSteps(qint64 caseId) const;

private:
    QSqlDatabase m_db;
};

} // namespace qf::documents
