#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace qf::cases {

// A case transferred to, or received from, a court, procuratorate, police, audit or the organization department
// (移送, R-4.1). agencyKind is a category code of kind 'transfer_agency'.
struct CaseTransferDraft
{
    QString caseUid;
    bool outgoing = true;
    QString agencyKind;
    QString agency;
    QStringList materials; // the materials list, one item each
    QDate transferOn;
    QDate feedbackDue; // invalid: no feedback expected
};

struct CaseTransfer
{
    QString uid;
    bool outgoing = true;
    QString agencyKind;
    QString agency;
    QStringList materials;
    QDate transferOn;
    QDate feedbackDue;
    QDate feedbackOn;
    QString feedback;
};

// 协查函 to a bank, telecom, securities firm, tax office, market regulator or housing authority.
// recipientKind is a category code of kind 'assistance_recipient'.
struct AssistanceRequestDraft
{
    QString caseUid;
    QString recipientKind;
    QString recipient;
    QString request; // what is asked for
    QDate sentOn;
    QDate replyDue;
};

struct AssistanceRequest
{
    QString uid;
    QString recipientKind;
    QString recipient;
    QString request;
    QDate sentOn;
    QDate replyDue;
    QDate repliedOn;
    QString reply;
};

// A transfer or assistance request still waiting for its feedback or reply, for the alerts page.
struct AwaitedReply
{
    enum class Kind
    {
        Transfer,
        AssistanceRequest,
    };
    Kind kind = Kind::Transfer;
    QString uid;
    QString caseUid;
    QString caseNumber;
    QString counterpart; // the agency or recipient
    QDate sentOn;
    QDate dueOn;
    bool overdue = false;
};

} // namespace qf::cases
