#include "archive/ExportCandidates.h"

#include "access/UserRepository.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace qf::archive {

Result<QList<ExportCandidate>> ExportCandidates::list(access::Session& session, ExportScope::Kind kind)
{
    QF_TRY(session.require(access::Permission::ExportArchive));
    const bool leads = kind == ExportScope::Kind::Leads;
    const QSqlDatabase db = session.database();
    auto query = storage::runQuery(db, leads ? QStringLiteral("SELECT uid, number, summary, confidentiality FROM lead "
                                                              "ORDER BY id DESC")
                                             : QStringLiteral("SELECT uid, number, title, confidentiality FROM "
                                                              "case_file ORDER BY id DESC"));
    if (!query.ok())
        return query.error();
    const bool seesAll = session.can(access::Permission::ViewAllConfidential);
    const access::UserRepository users(db);
    QList<ExportCandidate> candidates;
    while (query->next()) {
        ExportCandidate candidate{query->value(0).toString(), query->value(1).toString(),
                                  query->value(2).toString().simplified().left(kTitleChars),
                                  static_cast<access::ConfidentialityLevel>(query->value(3).toInt())};
        if (candidate.level >= access::ConfidentialityLevel::Secret && !seesAll) {
            auto assigned = users.isAssigned(session.user().id, leads ? QStringLiteral("lead") : QStringLiteral("case"),
                                             candidate.uid);
            if (!assigned.ok())
                return assigned.error();
            if (!assigned.value())
                continue;
        }
        candidates << candidate;
    }
    return candidates;
}

} // namespace qf::archive
