#include "workflow/CaseGuards.h"

#include "storage/CategoryRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QMap>

namespace qf::workflow {

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::workflow::CaseGuards)
};

Result<int> countOf(const GuardContext& context, const QString& sql, QVariantList values = {})
{
    values.prepend(context.caseId);
    auto count = storage::querySingleValue(context.db, sql, values);
    if (!count.ok())
        return count.error();
    return count->toInt();
}

Status failIf(Result<int> count, bool failWhen(int), const QString& message)
{
    if (!count.ok())
        return count.error();
    if (failWhen(count.value()))
        return makeError(ErrorCode::Invalid, message);
    return {};
}

// The label users know a meeting type by (常委会, ...), or its code when the list lacks it.
QString meetingTypeLabel(const QSqlDatabase& db, const QString& code)
{
    auto types = storage::categories(db, QStringLiteral("meeting_type"));
    if (types.ok())
        for (const storage::Category& type : types.value())
            if (type.code == code)
                return type.label;
    return code;
}

Status collectiveDecision(const GuardContext& context)
{
    const QString type = context.params.value(QStringLiteral("meeting_type")).toString();
    return failIf(
        countOf(context,
                QStringLiteral("SELECT count(*) FROM collective_decision WHERE case_id = ? AND meeting_type = ? "
                               "AND superseded_by IS NULL AND present >= quorum"),
                {type}),
        [](int n) { return n == 0; },
        Messages::tr("no valid collective decision of meeting type '%1' is recorded for this case")
            .arg(meetingTypeLabel(context.db, type)));
}

Status teamAssigned(const GuardContext& context)
{
    const int minimum = context.params.value(QStringLiteral("min_members")).toInt(2);
    auto leads = countOf(context, QStringLiteral("SELECT count(*) FROM case_team WHERE case_id = ? AND role = "
                                                 "'lead_investigator'"));
    QF_TRY(failIf(
        std::move(leads), [](int n) { return n == 0; }, Messages::tr("the case has no lead investigator")));
    auto members =
        countOf(context, QStringLiteral("SELECT count(DISTINCT user_id) FROM case_team WHERE case_id = ? AND "
                                        "role IN ('lead_investigator', 'member') AND user_id NOT IN (SELECT "
                                        "user_id FROM recusal WHERE case_id = ?1 AND status = 'recused')"));
    if (!members.ok())
        return members.error();
    if (members.value() < minimum)
        return makeError(
            ErrorCode::Invalid,
            Messages::tr("the team has %1 member(s); at least %2 are required").arg(members.value()).arg(minimum));
    return {};
}

Status reviewersAssigned(const GuardContext& context)
{
    const int minimum = context.params.value(QStringLiteral("min_reviewers")).toInt(2);
    auto reviewers =
        countOf(context, QStringLiteral("SELECT count(*) FROM case_team WHERE case_id = ? AND role = 'reviewer'"));
    if (!reviewers.ok())
        return reviewers.error();
    if (reviewers.value() < minimum)
        return makeError(
            ErrorCode::Invalid,
            Messages::tr("%1 reviewer(s) assigned; at least %2 are required").arg(reviewers.value()).arg(minimum));
    return {};
}

Status noOpenMeasure(const GuardContext& context)
{
    return failIf(
        countOf(context, QStringLiteral("SELECT count(*) FROM measure WHERE case_id = ? AND status IN "
                                        "('requested', 'approved')")),
        [](int n) { return n > 0; }, Messages::tr("measures are still open: record their execution or end them first"));
}

Status reviewRecord(const GuardContext& context)
{
    const QString kind = context.params.value(QStringLiteral("kind")).toString();
    return failIf(
        countOf(context, QStringLiteral("SELECT count(*) FROM review_record WHERE case_id = ? AND kind = ?"), {kind}),
        [](int n) { return n == 0; }, Messages::tr("no review record of kind '%1' is on file").arg(kind));
}

Status allPropertyDisposed(const GuardContext& context)
{
    // Property items arrive with the evidence and property ledger; without its table there is nothing to dispose of.
    auto table = storage::querySingleValue(
        context.db,
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'property_item'"));
    if (!table.ok())
        return table.error();
    if (table->toInt() == 0)
        return {};
    return failIf(
        countOf(context, QStringLiteral("SELECT count(*) FROM property_item WHERE case_id = ? AND disposed = 0")),
        [](int n) { return n > 0; }, Messages::tr("money or property of the case has not been disposed of"));
}

Status noPendingFirstAppeal(const GuardContext& context)
{
    return failIf(
        countOf(context, QStringLiteral("SELECT count(*) FROM appeal WHERE case_id = ? AND is_first = 1 AND "
                                        "status = 'lodged'")),
        [](int n) { return n > 0; }, Messages::tr("a first appeal is still being handled"));
}

const QMap<QString, GuardCheck>& registry()
{
    static const QMap<QString, GuardCheck> guards{
        {QStringLiteral("collective_decision"), collectiveDecision},
        {QStringLiteral("team_assigned"), teamAssigned},
        {QStringLiteral("reviewers_assigned"), reviewersAssigned},
        {QStringLiteral("no_open_measure"), noOpenMeasure},
        {QStringLiteral("review_record"), reviewRecord},
        {QStringLiteral("all_property_disposed"), allPropertyDisposed},
        {QStringLiteral("no_pending_first_appeal"), noPendingFirstAppeal},
    };
    return guards;
}

} // namespace

GuardCheck caseGuard(const QString& name)
{
    return registry().value(name);
}

QStringList caseGuardNames()
{
    return registry().keys();
}

} // namespace qf::workflow
