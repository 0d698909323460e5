#pragma once

#include "access/Session.h"
#include "cases/Case.h"
#include "common/Result.h"
#include "documents/BindingRepository.h"
#include "documents/Template.h"

namespace qf::documents {

// The values of a case beyond its own row: who signs (the team with their roles, the reviewers), the facts found
// with the evidence numbers that support each, the review and defence records, and what became of the property.
Status bindCaseRecords(access::Session& session, const cases::Case& c, Fields& fields);

// The one record of the case a template is about (a talk, a recusal, an appeal).
Status bindItem(access::Session& session, const Template& tmpl, const cases::Case& c, const QString& itemUid,
                Fields& fields);

// Rows of a property list (the items in the template's states), with a total row; `covered` gets their uids.
Result<QList<QStringList>> propertyRows(access::Session& session, const Template& tmpl, const cases::Case& c,
                                        QStringList& covered);

// Rows of the transfer materials list: the case's approved documents, the evidence and the defence.
Result<QList<QStringList>> materialRows(access::Session& session, const Template& tmpl, const cases::Case& c);

// The records of a case a template about one record can be made for.
Result<QList<ItemChoice>> itemChoices(access::Session& session, const Template& tmpl, const QString& caseUid);

} // namespace qf::documents
