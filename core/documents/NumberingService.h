#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace qf::documents {

// One row of the numbering registry (文号登记): a number as issued, and whether it was voided and why.
struct NumberRecord
{
    QString kind;
    int year = 0;
    QString agency;
    qint64 value = 0;
    QString text;
    QString targetType;
    QString targetUid;
    QString issuedAt;
    QString issuedBy;
    bool voided = false;
    QString voidReason;
};

// The numbering registry as users see it: reading it needs PrintDocuments; voiding a number needs ApproveSteps and
// is audited. A voided number is never issued again (NumberingRegistry keeps the sequence).
class NumberingService
{
public:
    explicit NumberingService(access::Session& session) : m_session(session) {}

    // Newest first; year 0 lists every year.
    Result<QList<NumberRecord>> list(int year = 0);
    Status voidNumber(const QString& text, const QString& reason);

private:
    access::Session& m_session;
};

} // namespace qf::documents
