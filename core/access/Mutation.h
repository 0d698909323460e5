#pragma once

#include "access/Session.h"
#include "storage/Transaction.h"

#include <type_traits>

namespace qf::access {

// The one path every change takes (ARCHITECTURE.md §3):
//   1. session.require(permission, target)
//   2. a Transaction
//   3. the body: repository writes and workflow guards; it fills in the audit note
//   4. the audit entry, in the same transaction, then commit.
// The body is called as body(db, note) and returns Status or Result<T>; mutate returns the same.
template <typename Body>
auto mutate(Session& session, Permission permission, const AccessTarget& target, Body&& body)
    -> std::invoke_result_t<Body, const QSqlDatabase&, audit::AuditNote&>
{
    using Outcome = std::invoke_result_t<Body, const QSqlDatabase&, audit::AuditNote&>;
    QF_TRY(session.require(permission, target));
    const QSqlDatabase db = session.database();
    auto transaction = storage::Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    audit::AuditNote note{QString(), target.type, target.uid, QString()};
    Outcome outcome = body(db, note);
    if (!outcome.ok())
        return outcome;
    Q_ASSERT_X(!note.action.isEmpty(), "mutate", "every change names its audit action");
    auto entry = session.auditTrail().append(db, session.login(), note);
    if (!entry.ok())
        return entry.error();
    QF_TRY(transaction->commit());
    return outcome;
}

} // namespace qf::access
