#include "sanctions/Sanction.h"

#include <QCoreApplication>

namespace qf::sanctions {

namespace {

constexpr const char* kContext = "qf::sanctions::Sanction";

using K = SanctionKind;
using C = SanctionCategory;
using S = ExecutionStepKind;

struct KindInfo
{
    SanctionKind kind;
    SanctionCategory category;
    const char* key;
    const char* name;
    const char* term;
    bool announced;  // announced to the person's organization
    bool changesJob; // job, rank or pay change with it
    bool reported;   // the executing unit reports its execution
};

constexpr KindInfo kKinds[] = {
    {K::PartyWarning, C::Party, "party_warning", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Party warning"),
     "党内警告", true, false, true},
    {K::PartySeriousWarning, C::Party, "party_serious_warning",
     QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Serious party warning"), "党内严重警告", true, false, true},
    {K::RemovalFromPartyPost, C::Party, "removal_from_party_post",
     QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Removal from party posts"), "撤销党内职务", true, true, true},
    {K::PartyProbation, C::Party, "party_probation", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Party probation"),
     "留党察看", true, true, true},
    {K::Expulsion, C::Party, "expulsion", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Expulsion from the party"),
     "开除党籍", true, true, true},
    {K::AdminWarning, C::Administrative, "admin_warning",
     QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Administrative warning"), "警告", true, false, true},
    {K::Demerit, C::Administrative, "demerit", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Demerit"), "记过", true,
     true, true},
    {K::MajorDemerit, C::Administrative, "major_demerit", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Major demerit"),
     "记大过", true, true, true},
    {K::Demotion, C::Administrative, "demotion", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Demotion"), "降级", true,
     true, true},
    {K::DismissalFromPost, C::Administrative, "dismissal_from_post",
     QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Dismissal from post"), "撤职", true, true, true},
    {K::Discharge, C::Administrative, "discharge", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Discharge"), "开除",
     true, true, true},
    {K::Suspension, C::Organizational, "suspension", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Suspension"), "停职",
     true, true, true},
    {K::Removal, C::Organizational, "removal", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Removal from office"),
     "免职", true, true, true},
    {K::Reassignment, C::Organizational, "reassignment", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Reassignment"),
     "调离", true, true, true},
    {K::Admonishment, C::Organizational, "admonishment",
     QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Admonishment talk"), "诫勉谈话", false, false, false},
    {K::Criticism, C::Organizational, "criticism",
     QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Criticism and education"), "批评教育", false, false, false},
};

struct StepInfo
{
    ExecutionStepKind step;
    const char* key;
    const char* name;
    const char* term;
};

constexpr StepInfo kSteps[] = {
    {S::Announcement, "announcement", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Announcement"), "宣布处分决定"},
    {S::JobPayChange, "job_pay_change", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Job and pay changes"),
     "职务、职级、工资等相应变更"},
    {S::ExecutionReport, "execution_report", QT_TRANSLATE_NOOP("qf::sanctions::Sanction", "Execution report"),
     "报告执行情况"},
};

const KindInfo& info(SanctionKind kind)
{
    for (const KindInfo& entry : kKinds)
        if (entry.kind == kind)
            return entry;
    return kKinds[0];
}

const StepInfo& info(ExecutionStepKind step)
{
    for (const StepInfo& entry : kSteps)
        if (entry.step == step)
            return entry;
    return kSteps[0];
}

} // namespace

QList<SanctionKind> allSanctionKinds()
{
    QList<SanctionKind> kinds;
    for (const KindInfo& entry : kKinds)
        kinds << entry.kind;
    return kinds;
}

SanctionCategory categoryOf(SanctionKind kind)
{
    return info(kind).category;
}

QString sanctionKey(SanctionKind kind)
{
    return QString::fromLatin1(info(kind).key);
}

std::optional<SanctionKind> sanctionFromKey(const QString& key)
{
    for (const KindInfo& entry : kKinds)
        if (key == QLatin1String(entry.key))
            return entry.kind;
    return std::nullopt;
}

QString sanctionDisplayName(SanctionKind kind)
{
    return QCoreApplication::translate(kContext, info(kind).name);
}

QString sanctionTerm(SanctionKind kind)
{
    return QString::fromUtf8(info(kind).term);
}

QString categoryKey(SanctionCategory category)
{
    switch (category) {
    case C::Party:
        return QStringLiteral("party");
    case C::Administrative:
        return QStringLiteral("administrative");
    case C::Organizational:
        return QStringLiteral("organizational");
    }
    return {};
}

QString categoryDisplayName(SanctionCategory category)
{
    switch (category) {
    case C::Party:
        return QCoreApplication::translate("qf::sanctions::Sanction", "Party sanction");
    case C::Administrative:
        return QCoreApplication::translate("qf::sanctions::Sanction", "Administrative sanction");
    case C::Organizational:
        return QCoreApplication::translate("qf::sanctions::Sanction", "Organizational measure");
    }
    return {};
}

QList<ExecutionStepKind> executionStepsOf(SanctionKind kind)
{
    const KindInfo& entry = info(kind);
    QList<ExecutionStepKind> steps;
    if (entry.announced)
        steps << S::Announcement;
    if (entry.changesJob)
        steps << S::JobPayChange;
    if (entry.reported)
        steps << S::ExecutionReport;
    return steps;
}

QString executionStepKey(ExecutionStepKind step)
{
    return QString::fromLatin1(info(step).key);
}

std::optional<ExecutionStepKind> executionStepFromKey(const QString& key)
{
    for (const StepInfo& entry : kSteps)
        if (key == QLatin1String(entry.key))
            return entry.step;
    return std::nullopt;
}

QString executionStepDisplayName(ExecutionStepKind step)
{
    return QCoreApplication::translate(kContext, info(step).name);
}

QString executionStepTerm(ExecutionStepKind step)
{
    return QString::fromUtf8(info(step).term);
}

} // namespace qf::sanctions
