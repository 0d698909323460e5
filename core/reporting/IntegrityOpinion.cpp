#include "reporting/IntegrityOpinion.h"

#include "common/EnumTable.h"
#include "people/IdNumber.h"

#include <QCoreApplication>

namespace qf::reporting {

namespace {

using C = OpinionConclusion;
constexpr auto kConclusions = makeEnumTable<OpinionConclusion>(
    "qf::reporting::OpinionConclusion",
    EnumEntry<C>{C::NoReports, "no_reports",
                 QT_TRANSLATE_NOOP("qf::reporting::OpinionConclusion", "No reports received")},
    EnumEntry<C>{C::Closed, "closed",
                 QT_TRANSLATE_NOOP("qf::reporting::OpinionConclusion", "Reports received and closed")},
    EnumEntry<C>{C::UnderInvestigation, "under_investigation",
                 QT_TRANSLATE_NOOP("qf::reporting::OpinionConclusion", "Under verification or investigation")},
    EnumEntry<C>{C::SanctionInEffect, "sanction_in_effect",
                 QT_TRANSLATE_NOOP("qf::reporting::OpinionConclusion", "Sanction in effect: appointment blocked")});

using M = MatchKind;
constexpr auto kMatches = makeEnumTable<MatchKind>(
    "qf::reporting::MatchKind",
    EnumEntry<M>{M::None, "none", QT_TRANSLATE_NOOP("qf::reporting::MatchKind", "Not on record")},
    EnumEntry<M>{M::IdNumber, "id_number", QT_TRANSLATE_NOOP("qf::reporting::MatchKind", "By ID number")},
    EnumEntry<M>{M::NameUnit, "name_unit", QT_TRANSLATE_NOOP("qf::reporting::MatchKind", "By name and unit")},
    EnumEntry<M>{M::Ambiguous, "ambiguous", QT_TRANSLATE_NOOP("qf::reporting::MatchKind", "Ambiguous: decide")},
    EnumEntry<M>{M::Decided, "decided", QT_TRANSLATE_NOOP("qf::reporting::MatchKind", "Decided by hand")});

} // namespace

QList<OpinionConclusion> allOpinionConclusions()
{
    return kConclusions.all();
}
QString opinionConclusionKey(OpinionConclusion conclusion)
{
    return kConclusions.key(conclusion);
}
std::optional<OpinionConclusion> opinionConclusionFromKey(const QString& key)
{
    return kConclusions.fromKey(key);
}
QString opinionConclusionDisplayName(OpinionConclusion conclusion)
{
    return kConclusions.displayName(conclusion);
}
QString matchKindKey(MatchKind kind)
{
    return kMatches.key(kind);
}
std::optional<MatchKind> matchKindFromKey(const QString& key)
{
    return kMatches.fromKey(key);
}
QString matchKindDisplayName(MatchKind kind)
{
    return kMatches.displayName(kind);
}

QString requestedPersonProblem(const RequestedPerson& person)
{
    // lupdate files the tr() calls of free functions under the namespace, so the runtime context is the namespace.
    auto tr = [](const char* text) { return QCoreApplication::translate("qf::reporting", text); };
    if (person.name.trimmed().isEmpty())
        return tr("the name is missing");
    if (person.unit.trimmed().isEmpty())
        return tr("the unit is missing");
    if (person.proposedPost.trimmed().isEmpty())
        return tr("the proposed post is missing");
    if (!person.idNumber.trimmed().isEmpty()) {
        const people::IdNumberCheck check = people::checkIdNumber(people::normaliseIdNumber(person.idNumber));
        if (!check.valid)
            return tr("ID number %1: %2").arg(person.idNumber.trimmed(), check.problem);
    }
    return {};
}

bool OpinionRequest::allReviewed() const
{
    for (const OpinionEntry& entry : entries)
        if (entry.review == ReviewState::Pending)
            return false;
    return !entries.isEmpty();
}

} // namespace qf::reporting
