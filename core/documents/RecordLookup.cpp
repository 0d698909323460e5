#include "documents/RecordLookup.h"

#include "cases/CaseService.h"
#include "leads/LeadService.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace qf::documents {

Result<RecordRef> findRecord(access::Session& session, const QString& numberOrUid)
{
    const QString key = numberOrUid.trimmed();
    if (key.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("qf::documents::RecordLookup", "Give a case or lead number."));
    auto caseUid = storage::querySingleValue(
        session.database(), QStringLiteral("SELECT uid FROM case_file WHERE uid = ? OR number = ?"), {key, key});
    if (!caseUid.ok())
        return caseUid.error();
    if (!caseUid->isNull()) {
        auto c = cases::CaseService(session).caseFile(caseUid->toString());
        if (!c.ok())
            return c.error();
        return RecordRef{QStringLiteral("case"), c->uid, c->number, c->title};
    }
    auto leadUid = storage::querySingleValue(
        session.database(), QStringLiteral("SELECT uid FROM lead WHERE uid = ? OR number = ?"), {key, key});
    if (!leadUid.ok())
        return leadUid.error();
    if (!leadUid->isNull()) {
        auto lead = leads::LeadService(session).lead(leadUid->toString());
        if (!lead.ok())
            return lead.error();
        return RecordRef{QStringLiteral("lead"), lead->uid, lead->number, lead->summary};
    }
    return makeError(
        ErrorCode::NotFound,
        QCoreApplication::translate("qf::documents::RecordLookup", "No case or lead %1 was found.").arg(key.left(60)));
}

} // namespace qf::documents
