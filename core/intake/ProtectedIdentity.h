#pragma once

#include <QDateTime>
#include <QString>

namespace qf::intake {

// A reporter's or witness's identity as a reader sees it: masked unless `revealed`.
struct ProtectedIdentity
{
    QString uid;
    QString kind; // reporter, witness
    QString reportUid;
    QString name;
    QString idNumber;
    QString phone;
    QString address;
    QString workUnit;
    bool revealed = false;
    bool grantHeld = false; // the reading user holds an approved, unexpired grant to reveal it
};

// 举报奖励 owed to a real-name reporter; each change is a new row, so the history stays.
struct ReporterReward
{
    qint64 amountCents = 0;
    QString status; // owed, approved, paid
    QString note;
    QString updatedAt;
};

enum class GrantStatus
{
    Pending,
    Approved,
    Refused,
};

// 身份查阅授权: a request to see one identity, decided by an approver, valid until it expires.
struct IdentityGrant
{
    QString uid;
    QString identityUid;
    QString requestedBy;
    QString reason;
    QString requestedAt;
    GrantStatus status = GrantStatus::Pending;
    QString decidedBy;
    QString decisionNote;
    QDateTime expiresAt;
};

} // namespace qf::intake
