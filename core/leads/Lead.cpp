#include "leads/Lead.h"

#include "common/EnumTable.h"

namespace qf::leads {

namespace {

using S = LeadStatus;
constexpr auto kStatuses = makeEnumTable<LeadStatus>(
    "qf::leads::LeadStatus",
    EnumEntry<S>{S::Registered, "registered", QT_TRANSLATE_NOOP("qf::leads::LeadStatus", "Registered")},
    EnumEntry<S>{S::UnderReview, "under_review", QT_TRANSLATE_NOOP("qf::leads::LeadStatus", "Under review")},
    EnumEntry<S>{S::Disposed, "disposed", QT_TRANSLATE_NOOP("qf::leads::LeadStatus", "Disposed")},
    EnumEntry<S>{S::Closed, "closed", QT_TRANSLATE_NOOP("qf::leads::LeadStatus", "Closed")});

using D = Disposition;
constexpr auto kDispositions = makeEnumTable<Disposition>(
    "qf::leads::Disposition",
    EnumEntry<D>{D::Inquiry, "inquiry", QT_TRANSLATE_NOOP("qf::leads::Disposition", "Talk or written inquiry")},
    EnumEntry<D>{D::PreliminaryVerification, "preliminary_verification",
                 QT_TRANSLATE_NOOP("qf::leads::Disposition", "Preliminary verification")},
    EnumEntry<D>{D::Hold, "hold", QT_TRANSLATE_NOOP("qf::leads::Disposition", "Hold pending more information")},
    EnumEntry<D>{D::Close, "close", QT_TRANSLATE_NOOP("qf::leads::Disposition", "Close")},
    EnumEntry<D>{D::FileCase, "file_case", QT_TRANSLATE_NOOP("qf::leads::Disposition", "File a case")},
    EnumEntry<D>{D::Forward, "forward",
                 QT_TRANSLATE_NOOP("qf::leads::Disposition", "Forward to the agency with jurisdiction")});

} // namespace

QList<LeadStatus> allLeadStatuses()
{
    return kStatuses.all();
}
QString leadStatusKey(LeadStatus status)
{
    return kStatuses.key(status);
}
std::optional<LeadStatus> leadStatusFromKey(const QString& key)
{
    return kStatuses.fromKey(key);
}
QString leadStatusDisplayName(LeadStatus status)
{
    return kStatuses.displayName(status);
}

QList<Disposition> allDispositions()
{
    return kDispositions.all();
}
QString dispositionKey(Disposition disposition)
{
    return kDispositions.key(disposition);
}
std::optional<Disposition> dispositionFromKey(const QString& key)
{
    return kDispositions.fromKey(key);
}
QString dispositionDisplayName(Disposition disposition)
{
    return kDispositions.displayName(disposition);
}

QString dispositionTerm(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Inquiry:
        return QStringLiteral("谈话函询");
    case Disposition::PreliminaryVerification:
        return QStringLiteral("初步核实");
    case Disposition::Hold:
        return QStringLiteral("暂存待查");
    case Disposition::Close:
        return QStringLiteral("予以了结");
    case Disposition::FileCase:
        return QStringLiteral("立案审查");
    case Disposition::Forward:
        return QStringLiteral("移交有管辖权机关");
    }
    return {};
}

LeadStatus statusAfter(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Inquiry:
    case Disposition::PreliminaryVerification:
        return LeadStatus::UnderReview;
    case Disposition::Hold:
    case Disposition::FileCase:
        return LeadStatus::Disposed;
    case Disposition::Close:
    case Disposition::Forward:
        return LeadStatus::Closed;
    }
    return LeadStatus::UnderReview;
}

} // namespace qf::leads
