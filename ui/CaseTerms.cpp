#include "CaseTerms.h"

#include "access/Role.h"

#include <QDateTime>
#include <QLocale>

namespace qf::ui {

QString CaseTerms::stageLabel(const workflow::WorkflowDefinition& definition, const QString& stageId)
{
    const workflow::StageDefinition* stage = definition.stage(stageId);
    return stage ? stage->label(QLocale().name()) : stageId;
}

QString CaseTerms::meetingTypeName(const QString& code)
{
    if (code == QLatin1String("standing_committee"))
        return tr("Standing committee (常委会)");
    if (code == QLatin1String("case_meeting"))
        return tr("Case meeting (审查调查专题会)");
    if (code == QLatin1String("review_meeting"))
        return tr("Case review committee (案件审理委员会)");
    if (code == QLatin1String("office_meeting"))
        return tr("Office meeting (室务会)");
    return code;
}

QString CaseTerms::guardName(const QString& guard, const QJsonObject& params)
{
    if (guard == QLatin1String("collective_decision"))
        return tr("Collective decision: %1")
            .arg(meetingTypeName(params.value(QStringLiteral("meeting_type")).toString()));
    if (guard == QLatin1String("team_assigned"))
        return tr("Team assigned (at least %1)").arg(params.value(QStringLiteral("min_members")).toInt(2));
    if (guard == QLatin1String("reviewers_assigned"))
        return tr("Reviewers assigned (at least %1)").arg(params.value(QStringLiteral("min_reviewers")).toInt(2));
    if (guard == QLatin1String("no_open_measure"))
        return tr("No open measure");
    if (guard == QLatin1String("review_record"))
        return tr("Review record: %1").arg(reviewKindName(params.value(QStringLiteral("kind")).toString()));
    if (guard == QLatin1String("all_property_disposed"))
        return tr("All property disposed of");
    if (guard == QLatin1String("no_pending_first_appeal"))
        return tr("No first appeal pending");
    return guard;
}

QString CaseTerms::teamRoleName(cases::TeamRole role)
{
    switch (role) {
    case cases::TeamRole::LeadInvestigator:
        return tr("Lead investigator");
    case cases::TeamRole::Member:
        return tr("Team member");
    case cases::TeamRole::Reviewer:
        return tr("Reviewer");
    }
    return {};
}

QString CaseTerms::measureStatusName(const QString& status)
{
    if (status == QLatin1String("requested"))
        return tr("Awaiting approval");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("refused"))
        return tr("Refused");
    if (status == QLatin1String("executed"))
        return tr("Executed");
    if (status == QLatin1String("ended"))
        return tr("Ended");
    return status;
}

QString CaseTerms::reviewKindName(const QString& kind)
{
    if (kind == QLatin1String("report"))
        return tr("Review report");
    if (kind == QLatin1String("hearing"))
        return tr("Hearing record");
    if (kind == QLatin1String("defence"))
        return tr("Defence statement");
    return kind;
}

QString CaseTerms::recusalStatusName(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("recused"))
        return tr("Recused");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QString CaseTerms::requestStatusName(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("refused"))
        return tr("Refused");
    return status;
}

QString CaseTerms::roleName(const QString& roleKey)
{
    const auto role = access::roleFromKey(roleKey);
    return role ? access::roleDisplayName(*role) : roleKey;
}

QString CaseTerms::date(const QDate& date)
{
    return date.isValid() ? date.toString(kDateFormat) : QString();
}

QString CaseTerms::dateTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(kDateTimeFormat) : QString();
}

} // namespace qf::ui
