#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <QString>

namespace qf::documents {

// A record documents are made for: a case or a lead.
struct RecordRef
{
    QString type; // case, lead
    QString uid;
    QString number;
    QString title;
};

// Finds a case or lead by its number or UID (exact), checking that the user may see it.
Result<RecordRef> findRecord(access::Session& session, const QString& numberOrUid);

} // namespace qf::documents
