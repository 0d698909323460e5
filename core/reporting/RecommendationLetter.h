#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace qf::reporting {

// 纪律检查建议书: sent to the unit where a case arose, asking it to fix what the case exposed.
struct RecommendationLetterDraft
{
    QString caseUid;
    QString unit; // the unit it is addressed to; defaults to the case subject's unit
    QString problems;
    QString causes;
    QString measures;
    QDate issuedOn;
    QDate replyDue;
};

struct RectificationFeedback
{
    QDate receivedOn;
    QString content;
    QString recordedBy;
};

struct RecommendationLetter
{
    QString uid;
    QString caseUid;
    QString caseNumber;
    QString unit;
    QString problems;
    QString causes;
    QString measures;
    QDate issuedOn;
    QDate replyDue;
    QString number;   // given when first printed
    QString analysis; // the typical-case analysis note (典型案例剖析)
    QList<RectificationFeedback> feedback;

    bool answered() const { return !feedback.isEmpty(); }
    bool overdueOn(const QDate& day) const { return !answered() && replyDue < day; }
};

} // namespace qf::reporting
