#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace qf::reporting {

// The conclusion for one person in an integrity opinion reply (廉政意见回复, R-4.2), from the weakest to the strongest.
enum class OpinionConclusion
{
    NoReports,          // 未收到反映问题的信访举报
    Closed,             // 反映的问题已办结, with the outcome
    UnderInvestigation, // 正在初步核实或审查调查
    SanctionInEffect,   // 处分影响期内, which blocks the appointment
};
QList<OpinionConclusion> allOpinionConclusions();
QString opinionConclusionKey(OpinionConclusion conclusion);
std::optional<OpinionConclusion> opinionConclusionFromKey(const QString& key);
QString opinionConclusionDisplayName(OpinionConclusion conclusion); // translated

// How a requested person was matched to the people on record.
enum class MatchKind
{
    None,      // nobody on record
    IdNumber,  // by ID number
    NameUnit,  // by name and unit, one candidate
    Ambiguous, // several candidates: a person decides
    Decided,   // decided by a person
};
QString matchKindKey(MatchKind kind);
std::optional<MatchKind> matchKindFromKey(const QString& key);
QString matchKindDisplayName(MatchKind kind); // translated

enum class ReviewState
{
    Pending,
    Confirmed,
    Amended,
};

// One person named in the organization department's request.
struct RequestedPerson
{
    QString name;
    QString idNumber;
    QString unit;
    QString position;
    QString proposedPost;
};

// Translated problem with a requested person's data, or empty. Shared by manual entry and CSV import.
QString requestedPersonProblem(const RequestedPerson& person);

struct OpinionRequestDraft
{
    QString requestingUnit; // e.g. 中共某市委组织部
    QString reference;      // the request's own title or number
    QDate receivedOn;
    QList<RequestedPerson> people;
};

struct MatchCandidate
{
    qint64 personId = 0;
    QString name;
    QString idNumber; // masked
    QString unit;
    QString position;
};

// What the records say about one person, computed by concludeFrom().
struct ComputedConclusion
{
    OpinionConclusion conclusion = OpinionConclusion::NoReports;
    int reports = 0;
    QString openMatters; // everything still being handled (reports, leads, cases), printed
    QString openCases;   // the cases among them, for the reply's 立案审查 column
    QString sanctions;   // every sanction on record and whether it is still in effect, printed
    QDate sanctionEndsOn;
    QString detail; // the printed conclusion
};

struct OpinionEntry
{
    int seq = 0;
    RequestedPerson person;
    MatchKind match = MatchKind::None;
    qint64 personId = 0;
    QList<MatchCandidate> candidates;
    std::optional<ComputedConclusion> computed; // empty while the match is ambiguous
    ReviewState review = ReviewState::Pending;
    std::optional<OpinionConclusion> finalConclusion;
    QString finalDetail;
    QString reviewReason;
    QString reviewedBy; // display name of whoever checked it
    QString reviewedAt;
};

struct OpinionRequest
{
    QString uid;
    QString requestingUnit;
    QString reference;
    QDate receivedOn;
    QString createdAt;
    QString replyNumber;
    QString repliedAt;
    QList<OpinionEntry> entries;

    bool allReviewed() const;
};

// How many days after its receipt a request for integrity opinions should be answered (a vault setting); an
// unanswered request shows on the alerts page from then on.
inline const QString kOpinionReplyDaysSetting = QStringLiteral("integrity_reply_days");
constexpr int kDefaultOpinionReplyDays = 10;
constexpr int kMaxOpinionReplyDays = 90;

struct OpinionRequestRow
{
    QString uid;
    QString requestingUnit;
    QString reference;
    QDate receivedOn;
    int people = 0;
    int reviewed = 0;
    QString replyNumber;
};

} // namespace qf::reporting
