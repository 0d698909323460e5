#pragma once

#include "access/Session.h"
#include "cases/ReviewService.h"
#include "common/Result.h"
#include "people/Person.h"
#include "sanctions/Sanction.h"

#include <QSqlDatabase>

namespace qf::sanctions {

// The outcome of an appeal's re-examination (申诉复查) applied to one sanction of the appeal's case.
struct Reexamination
{
    QString appealUid;
    QString sanctionUid;
    cases::AppealOutcome outcome = cases::AppealOutcome::Maintain;
    QString findings;
    QString decisionNumber;                            // of the re-examination decision; needed to change or revoke
    QDate decidedOn;                                   // execution of a changed sanction is due from this date
    SanctionKind newKind = SanctionKind::PartyWarning; // for Change
    int newProbationYears = 0;
};

// Sanction decisions and organizational measures, their execution and their re-examination on
// appeal. Decisions are recorded by the review office (审理) and never edited: an appeal that changes or revokes one
// adds a new version pointing at the old. Each decision gets execution steps due after its effective date (FORMS.md
// §7); open steps past or near their due date are the execution alerts.
class SanctionService
{
public:
    explicit SanctionService(access::Session& session) : m_session(session) {}

    // The people a sanction of this case may concern: the subjects of its lead.
    Result<QList<people::Person>> subjectsOf(const QString& caseUid);
    Result<QString> decide(const QString& caseUid, const SanctionTerms& terms);
    // Decides the appeal and, for a change or revocation, records the new version. Returns the current version's uid.
    Result<QString> reexamine(const Reexamination& reexamination);
    Status recordExecution(const QString& stepUid, const QDate& doneOn, const QString& feedback);

    // Every version of every decision of the case, oldest first.
    Result<QList<SanctionRecord>> sanctionsOf(const QString& caseUid);
    Result<SanctionRecord> sanction(const QString& sanctionUid);
    // The versions of one decision, from the first to the current one.
    Result<QList<SanctionRecord>> historyOf(const QString& sanctionUid);
    Result<QList<ExecutionStep>> executionOf(const QString& caseUid);
    // The decisions about a person that still stand in the way of promotion on `asOf` (for integrity opinions).
    static Result<QList<SanctionRecord>> inEffectWithin(const QSqlDatabase& db, const QString& personUid,
                                                        const QDate& asOf);
    // Open execution steps of decisions in force that are overdue as of `asOf` (due before it) or due within
    // `withinDays` after it, earliest first: for the alerts page.
    Result<QList<ExecutionAlert>> executionAlerts(const QDate& asOf = QDate::currentDate(), int withinDays = 14);
    static Result<QList<ExecutionAlert>> executionAlertsWithin(const QSqlDatabase& db,
                                                               const access::RecordVisibility& visibility,
                                                               const QDate& asOf, int withinDays);

    // Time limits (FORMS.md §7), kept in the vault.
    Status setStepMonths(ExecutionStepKind step, int months);
    Status setPromotionMonths(SanctionKind kind, int probationYears, int months);

private:
    Result<qint64> viewableCase(const QString& caseUid);
    access::Session& m_session;
};

} // namespace qf::sanctions
