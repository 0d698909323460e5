#include "intake/Report.h"

#include "common/EnumTable.h"

namespace qf::intake {

namespace {

using C = Channel;
constexpr auto kChannels = makeEnumTable<Channel>(
    "qf::intake::Channel", EnumEntry<C>{C::Letter, "letter", QT_TRANSLATE_NOOP("qf::intake::Channel", "Letter")},
    EnumEntry<C>{C::Visit, "visit", QT_TRANSLATE_NOOP("qf::intake::Channel", "Visit")},
    EnumEntry<C>{C::Phone, "phone", QT_TRANSLATE_NOOP("qf::intake::Channel", "Phone call")},
    EnumEntry<C>{C::Online, "online", QT_TRANSLATE_NOOP("qf::intake::Channel", "Online report")},
    EnumEntry<C>{C::Transfer, "transfer", QT_TRANSLATE_NOOP("qf::intake::Channel", "Assigned or transferred")},
    EnumEntry<C>{C::InspectionTour, "inspection_tour", QT_TRANSLATE_NOOP("qf::intake::Channel", "Inspection tour")},
    EnumEntry<C>{C::Audit, "audit", QT_TRANSLATE_NOOP("qf::intake::Channel", "Audit referral")},
    EnumEntry<C>{C::CaseFinding, "case_finding", QT_TRANSLATE_NOOP("qf::intake::Channel", "Found in a case")},
    EnumEntry<C>{C::Other, "other", QT_TRANSLATE_NOOP("qf::intake::Channel", "Other")});

using S = Screening;
constexpr auto kScreenings = makeEnumTable<Screening>(
    "qf::intake::Screening",
    EnumEntry<S>{S::Pending, "pending", QT_TRANSLATE_NOOP("qf::intake::Screening", "Awaiting screening")},
    EnumEntry<S>{S::NewLead, "new_lead", QT_TRANSLATE_NOOP("qf::intake::Screening", "New lead")},
    EnumEntry<S>{S::Attached, "attached", QT_TRANSLATE_NOOP("qf::intake::Screening", "Attached to a lead")},
    EnumEntry<S>{S::Forwarded, "forwarded", QT_TRANSLATE_NOOP("qf::intake::Screening", "Forwarded")},
    EnumEntry<S>{S::Filed, "filed", QT_TRANSLATE_NOOP("qf::intake::Screening", "Filed for reference")});

} // namespace

QList<Channel> allChannels()
{
    return kChannels.all();
}
QString channelKey(Channel channel)
{
    return kChannels.key(channel);
}
std::optional<Channel> channelFromKey(const QString& key)
{
    return kChannels.fromKey(key);
}
QString channelDisplayName(Channel channel)
{
    return kChannels.displayName(channel);
}

QString screeningKey(Screening screening)
{
    return kScreenings.key(screening);
}
std::optional<Screening> screeningFromKey(const QString& key)
{
    return kScreenings.fromKey(key);
}
QString screeningDisplayName(Screening screening)
{
    return kScreenings.displayName(screening);
}

} // namespace qf::intake
