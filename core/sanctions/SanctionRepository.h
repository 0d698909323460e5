#pragma once

#include "access/RecordVisibility.h"
#include "common/Result.h"
#include "sanctions/Sanction.h"

#include <QSqlDatabase>

namespace qf::sanctions {

// A version of a decision as it is written; the service fills it in.
struct SanctionRow
{
    QString uid;
    qint64 caseId = 0;
    qint64 personId = 0;
    SanctionKind kind = SanctionKind::PartyWarning;
    int probationYears = 0;
    QString decisionNumber;
    QDate effectiveOn;
    int promotionMonths = 0;
    QDate affectsUntil;
    QString cadreLevel;
    QString executingUnit;
    bool revoked = false;
    std::optional<qint64> supersedes;
    std::optional<qint64> appealId;
    QString reason;
    qint64 recordedBy = 0;
};

// Where a stored version sits: its row id, its case and whether a newer version replaced it.
struct SanctionKey
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 personId = 0;
    bool current = false;
};

// The only place with SQL for sanction decisions, their execution steps and the amounts recovered. Callers own
// the transaction.
class SanctionRepository
{
public:
    explicit SanctionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> insert(const SanctionRow& row);
    Result<SanctionKey> keyOf(const QString& uid) const;
    Result<SanctionRecord> find(const QString& uid) const;
    // Every version of every decision of the case, oldest first.
    Result<QList<SanctionRecord>> ofCase(qint64 caseId) const;
    // Current, unrevoked decisions about the person that stand in the way of promotion on `asOf`.
    Result<QList<SanctionRecord>> inEffect(const QString& personUid, const QDate& asOf) const;
    // Every current, unrevoked decision about the person, whether or not its period has ended.
    Result<QList<SanctionRecord>> standingOf(qint64 personId) const;

    Status insertStep(qint64 sanctionId, ExecutionStepKind kind, const QDate& dueOn);
    Result<QList<ExecutionStep>> stepsOfCase(qint64 caseId) const;
    // The case an execution step belongs to, or NotFound.
    Result<qint64> caseOfStep(const QString& stepUid) const;
    // Records the step as done; false when it is unknown, already done, or of a superseded version.
    Result<bool> completeStep(const QString& stepUid, const QDate& doneOn, const QString& feedback, qint64 userId);
    // Open steps of decisions in force (current, not revoked) due on or before `horizon`, earliest first.
    Result<QList<ExecutionAlert>> openStepsDueBy(const QDate& horizon, const QDate& asOf,
                                                 const access::RecordVisibility& visibility) const;

    Status insertRecovery(const QString& uid, qint64 caseId, qint64 amountCents, const QString& currency,
                          const QDate& recoveredOn, const QString& source, qint64 userId);
    Result<QList<AssetRecovery>> recoveriesOf(qint64 caseId) const;

private:
    Result<QList<SanctionRecord>> select(const QString& condition, const QVariantList& values) const;
    QSqlDatabase m_db;
};

} // namespace qf::sanctions
