#pragma once

#include "leads/ReviewService.h"

#include <QDate>
#include <QString>

namespace qf::decisions {

// 集体研究决定: a signed meeting record; once signed it is only ever superseded by a newer one.
struct CollectiveDecisionDraft
{
    QString caseUid;
    QString meetingType; // category code, kind 'meeting_type'
    QDate heldOn;
    int quorum = 0;
    QList<leads::Attendee> members; // each member's opinion, dissent recorded verbatim
    QString conclusion;
    QStringList decidedItems; // establishing facts and evidence, handling, closing the case, ...
    QString supersedesUid;
};

struct CollectiveDecision
{
    QString uid;
    QString meetingType;
    QDate heldOn;
    int quorum = 0;
    int present = 0;
    QString conclusion;
    QStringList decidedItems;
    QString signedBy;
    QString signedAt;
    QString supersedesUid;
    QString supersededByUid;
    QList<leads::Attendee> members;
};

} // namespace qf::decisions
