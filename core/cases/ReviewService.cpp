#include "cases/ReviewService.h"

#include "access/Mutation.h"
#include "cases/CaseRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::cases {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::cases::CaseReviewService", text);
}

} // namespace

QString appealOutcomeKey(AppealOutcome outcome)
{
    switch (outcome) {
    case AppealOutcome::Maintain:
        return QStringLiteral("maintain");
    case AppealOutcome::Change:
        return QStringLiteral("change");
    case AppealOutcome::Revoke:
        return QStringLiteral("revoke");
    }
    return {};
}

Status CaseReviewService::recordReview(const QString& caseUid, const QString& kind, const QString& content,
                                       const QDate& heldOn)
{
    static const QStringList kinds{QStringLiteral("report"), QStringLiteral("hearing"), QStringLiteral("defence")};
    if (!kinds.contains(kind))
        return makeError(ErrorCode::Invalid, tr("A review record is a report, a hearing or a defence statement."));
    if (content.trimmed().isEmpty() || !heldOn.isValid() || heldOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("Record the content and a date that is not in the future."));
    const QSqlDatabase db = m_session.database();
    auto c = CaseRepository(db).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    const QList<TeamRole> allowed =
        kind == QLatin1String("defence")
            ? QList<TeamRole>{TeamRole::Reviewer, TeamRole::LeadInvestigator, TeamRole::Member}
            : QList<TeamRole>{TeamRole::Reviewer};
    auto assigned = CaseRepository(db).servedAs(c->id, m_session.user().id, allowed);
    if (!assigned.ok())
        return assigned.error();
    if (!assigned.value())
        return makeError(ErrorCode::PermissionDenied,
                         kind == QLatin1String("defence")
                             ? tr("Only the case team or its reviewers record the defence.")
                             : tr("Only the reviewers assigned to this case write review records."));
    const Permission permission = kind == QLatin1String("defence") ? Permission::ViewCases : Permission::ReviewCases;
    return access::mutate(
        m_session, permission, caseTarget(c.value()), [&](const QSqlDatabase& tx, audit::AuditNote& note) -> Status {
            QF_TRY(
                storage::execute(tx,
                                 QStringLiteral("INSERT INTO review_record (case_id, kind, content, "
                                                "held_on, recorded_by) VALUES (?, ?, ?, ?, ?)"),
                                 {c->id, kind, content.trimmed(), heldOn.toString(Qt::ISODate), m_session.user().id}));
            note.action = QStringLiteral("review.") + kind;
            note.summary = heldOn.toString(Qt::ISODate);
            return {};
        });
}

Result<QString> CaseReviewService::lodgeAppeal(const QString& caseUid, const QString& appellant, const QString& grounds,
                                               const QDate& lodgedOn)
{
    if (appellant.trimmed().isEmpty() || grounds.trimmed().isEmpty() || !lodgedOn.isValid() ||
        lodgedOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid,
                         tr("An appeal needs the appellant, the grounds and the date it was lodged."));
    auto c = CaseRepository(m_session.database()).findByUid(caseUid);
    if (!c.ok())
        return c.error();
    return access::mutate(
        m_session, Permission::ReviewCases, caseTarget(c.value()),
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
            auto earlier =
                storage::querySingleValue(db, QStringLiteral("SELECT count(*) FROM appeal WHERE case_id = ?"), {c->id});
            if (!earlier.ok())
                return earlier.error();
            const bool first = earlier->toInt() == 0;
            const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QDate due = lodgedOn.addDays(kFirstAppealDays);
            QF_TRY(storage::execute(db,
                                    QStringLiteral("INSERT INTO appeal (uid, case_id, appellant, grounds, lodged_on, "
                                                   "due_on, is_first) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                    {uid, c->id, appellant.trimmed(), grounds.trimmed(), lodgedOn.toString(Qt::ISODate),
                                     due.toString(Qt::ISODate), first ? 1 : 0}));
            note.action = QStringLiteral("appeal.lodge");
            note.summary = tr("%1 appeal, due %2").arg(first ? tr("first") : tr("repeated"), due.toString(Qt::ISODate));
            return uid;
        });
}

Result<qint64> CaseReviewService::decideWithin(const QSqlDatabase& db, const QString& appealUid, AppealOutcome outcome,
                                               const QString& findings, std::optional<qint64> caseId)
{
    if (findings.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Record the findings of the re-examination."));
    auto found = storage::querySingleValue(
        db, QStringLiteral("SELECT id FROM appeal WHERE uid = ? AND status = 'lodged' AND (? IS NULL OR case_id = ?)"),
        {appealUid, caseId ? QVariant(*caseId) : QVariant(QMetaType(QMetaType::LongLong)),
         caseId ? QVariant(*caseId) : QVariant(QMetaType(QMetaType::LongLong))});
    if (!found.ok())
        return found.error();
    if (found->isNull())
        return makeError(ErrorCode::NotFound, tr("There is no open appeal with that id."));
    QF_TRY(storage::execute(
        db,
        QStringLiteral("UPDATE appeal SET status = 'decided', outcome = ?, findings = ?, "
                       "decided_on = ? WHERE id = ?"),
        {appealOutcomeKey(outcome), findings.trimmed(), QDate::currentDate().toString(Qt::ISODate), found.value()}));
    return found->toLongLong();
}

Status CaseReviewService::decideAppeal(const QString& appealUid, AppealOutcome outcome, const QString& findings)
{
    if (findings.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Record the findings of the re-examination."));
    return access::mutate(m_session, Permission::ReviewCases, {QStringLiteral("appeal"), appealUid},
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              QF_TRY(decideWithin(db, appealUid, outcome, findings));
                              note.action = QStringLiteral("appeal.decide");
                              note.summary = appealOutcomeKey(outcome);
                              return {};
                          });
}

Result<QList<Appeal>> CaseReviewService::appeals(const QString& caseUid, const QDate& today)
{
    QF_TRY(m_session.require(Permission::ViewCases));
    auto rows = storage::runQuery(
        m_session.database(),
        QStringLiteral(
            "SELECT a.uid, c.uid, c.number, a.appellant, a.grounds, a.lodged_on, a.due_on, a.is_first, "
            "a.status, coalesce(a.outcome, '') FROM appeal a JOIN case_file c ON c.id = a.case_id WHERE (? = "
            "'' OR c.uid = ?) ORDER BY a.id"),
        {caseUid, caseUid});
    if (!rows.ok())
        return rows.error();
    QList<Appeal> appeals;
    while (rows->next()) {
        Appeal appeal;
        appeal.uid = rows->value(0).toString();
        appeal.caseUid = rows->value(1).toString();
        appeal.caseNumber = rows->value(2).toString();
        appeal.appellant = rows->value(3).toString();
        appeal.grounds = rows->value(4).toString();
        appeal.lodgedOn = QDate::fromString(rows->value(5).toString(), Qt::ISODate);
        appeal.dueOn = QDate::fromString(rows->value(6).toString(), Qt::ISODate);
        appeal.first = rows->value(7).toInt() == 1;
        appeal.status = rows->value(8).toString();
        appeal.outcome = rows->value(9).toString();
        appeal.overdue = appeal.status == QLatin1String("lodged") && appeal.dueOn < today;
        appeals << appeal;
    }
    return appeals;
}

Result<QList<Appeal>> CaseReviewService::overdueFirstAppeals(const QDate& today)
{
    auto all = appeals({}, today);
    if (!all.ok())
        return all;
    QList<Appeal> overdue;
    for (const Appeal& appeal : all.value())
        if (appeal.first && appeal.overdue)
            overdue << appeal;
    return overdue;
}

} // namespace qf::cases
