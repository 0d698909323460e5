#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace qf::sanctions {

enum class SanctionCategory
{
    Party,          // 党纪处分
    Administrative, // 政务处分
    Organizational, // 组织处理
};

// 处分 and 组织处理, named as in GLOSSARY.md.
enum class SanctionKind
{
    PartyWarning,
    PartySeriousWarning,
    RemovalFromPartyPost,
    PartyProbation,
    Expulsion,
    AdminWarning,
    Demerit,
    MajorDemerit,
    Demotion,
    DismissalFromPost,
    Discharge,
    Suspension,
    Removal,
    Reassignment,
    Admonishment,
    Criticism,
};

enum class ExecutionStepKind
{
    Announcement,    // 宣布处分决定
    JobPayChange,    // 职务、工资等相应变更
    ExecutionReport, // 执行情况报告
};

QList<SanctionKind> allSanctionKinds();
SanctionCategory categoryOf(SanctionKind kind);
QString sanctionKey(SanctionKind kind);
std::optional<SanctionKind> sanctionFromKey(const QString& key);
QString sanctionDisplayName(SanctionKind kind); // translated
QString sanctionTerm(SanctionKind kind);        // the Chinese term printed on documents
QString categoryKey(SanctionCategory category);
QString categoryDisplayName(SanctionCategory category); // translated
// The execution steps a decision of this kind needs.
QList<ExecutionStepKind> executionStepsOf(SanctionKind kind);
QString executionStepKey(ExecutionStepKind step);
std::optional<ExecutionStepKind> executionStepFromKey(const QString& key);
QString executionStepDisplayName(ExecutionStepKind step); // translated
QString executionStepTerm(ExecutionStepKind step);        // Chinese, for documents

// What a decision says: whom it sanctions, how, by which document and from when.
struct SanctionTerms
{
    QString personUid;
    SanctionKind kind = SanctionKind::PartyWarning;
    int probationYears = 0; // 1 or 2 for 留党察看, else 0
    QString decisionNumber;
    QDate effectiveOn;
    QString cadreLevel; // category code at the time of the decision; empty: the person's current level
    QString executingUnit;
    QString grounds; // the facts found and the nature of the violation, as the decision states them
};

// One version of a sanction decision. A change or revocation on appeal is a newer version that supersedes it.
struct SanctionRecord
{
    QString uid;
    QString caseUid;
    QString caseNumber;
    QString personUid;
    QString personName;
    QString personUnit;
    QString personPosition;
    SanctionKind kind = SanctionKind::PartyWarning;
    int probationYears = 0;
    QString decisionNumber;
    QDate effectiveOn;
    int promotionMonths = 0;
    QDate affectsUntil; // the last day it stands in the way of promotion
    QString cadreLevel;
    QString executingUnit;
    bool revoked = false;
    QString supersedesUid; // the version this one replaced
    QString appealUid;     // the appeal whose outcome made this version
    QString reason;        // the grounds of the decision, or the findings of the re-examination that made this version
    QString recordedBy;
    QString recordedAt;
    bool current = true; // no newer version supersedes it
};

struct ExecutionStep
{
    QString uid;
    QString sanctionUid;
    ExecutionStepKind kind = ExecutionStepKind::Announcement;
    QDate dueOn;
    QDate doneOn;
    QString feedback;
};

// An execution step of a decision in force that is overdue, or due within the warning window, as of a date.
struct ExecutionAlert
{
    QString stepUid;
    QString sanctionUid;
    QString caseUid;
    QString caseNumber;
    QString personName;
    SanctionKind sanction = SanctionKind::PartyWarning;
    ExecutionStepKind step = ExecutionStepKind::Announcement;
    QString executingUnit;
    QDate dueOn;
    bool overdue = false;
};

// An amount recovered for a case (追缴、责令退赔), in integer cents.
struct AssetRecovery
{
    QString uid;
    qint64 amountCents = 0;
    QString currency;
    QDate recoveredOn;
    QString source;
    QString recordedBy;
};

} // namespace qf::sanctions
