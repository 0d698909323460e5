#pragma once

#include "cases/StaffRegister.h"
#include "common/Result.h"

#include <QSqlDatabase>

namespace qf::cases {

// The only place with SQL for the staff register: certificates, training, talent-pool tiers and offices. Callers own
// the transaction.
class StaffRepository
{
public:
    explicit StaffRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Status insertCertification(qint64 userId, const Certification& certification);
    Status insertTraining(qint64 userId, const TrainingRecord& training);
    Status setTier(qint64 userId, const QString& tier, const QDate& since);
    // An empty office code takes the person out of any office.
    Status setOffice(qint64 userId, const QString& office, const QDate& since);
    Result<QList<StaffEntry>> entries(const QDate& asOf) const;
    Result<QList<Certification>> certificationsOf(qint64 userId) const;
    Result<QList<TrainingRecord>> trainingsOf(qint64 userId) const;

private:
    QSqlDatabase m_db;
};

} // namespace qf::cases
