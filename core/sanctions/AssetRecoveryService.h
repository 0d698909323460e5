#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "sanctions/Sanction.h"

namespace qf::sanctions {

// Asset recovery: the amounts recovered for a case, in integer cents with their currency. Exit controls for
// a flight risk are investigative measures of kind exit_restriction (cases::MeasureService), approved before use.
class AssetRecoveryService
{
public:
    explicit AssetRecoveryService(access::Session& session) : m_session(session) {}

    Result<QString> record(const QString& caseUid, qint64 amountCents, const QString& currency,
                           const QDate& recoveredOn, const QString& source);
    Result<QList<AssetRecovery>> recoveriesOf(const QString& caseUid);

    static constexpr const char* kExitControlMeasure = "exit_restriction";

private:
    access::Session& m_session;
};

} // namespace qf::sanctions
