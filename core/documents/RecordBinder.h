#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "documents/Template.h"

namespace qf::documents {

// The values a template binds from its record: a case (with its lead, subject, team and evidence) or a lead (with
// its subject and reporter). Reporter identities are masked unless `includeIdentities` is set and the session holds
// an approved grant for them; every revealed identity is audited by IdentityService.
struct BoundRecord
{
    Fields fields;
    QList<QStringList> listRows; // for list templates (evidence list, ...)
    QStringList coveredItems;    // property lists: the uids of the items they list
};

Result<BoundRecord> bindRecord(access::Session& session, const Template& tmpl, const QString& recordUid,
                               bool includeIdentities, const QString& itemUid = {});

} // namespace qf::documents
