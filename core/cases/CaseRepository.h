#pragma once

#include "access/RecordVisibility.h"
#include "cases/Case.h"
#include "common/Result.h"

#include <QSqlDatabase>

namespace qf::cases {

// The only place with SQL for case files and their teams. Callers own the transaction.
class CaseRepository
{
public:
    explicit CaseRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Case> insert(Case c, qint64 leadId, qint64 createdBy);
    Result<Case> findByUid(const QString& uid) const;
    Result<Case> findById(qint64 id) const;
    Result<Case> findByNumber(const QString& number) const;
    Status addTeamMember(qint64 caseId, qint64 userId, TeamRole role);
    Status setSupervisingLeader(qint64 caseId, qint64 userId);
    // Whether the user ever served on the case in the given roles (history is kept, so this covers former members).
    Result<bool> servedAs(qint64 caseId, qint64 userId, const QList<TeamRole>& roles) const;
    Result<int> countTeam(qint64 caseId, const QList<TeamRole>& roles) const;
    // The only write to a case's stage; it passes the stage guard trigger.
    Status changeStage(qint64 caseId, const QString& stage);
    Result<QList<CaseRow>> list(qint64 userId, bool seeAll, const QString& stage, const QDate& today, int offset,
                                int limit) const;
    // Cases per stage among those the user may see (as list() shows them).
    Result<QList<QPair<QString, int>>> countByStage(const access::RecordVisibility& visibility) const;

private:
    Result<Case> findWhere(const QString& condition, const QVariant& value) const;
    QSqlDatabase m_db;
};

} // namespace qf::cases
