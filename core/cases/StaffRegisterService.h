#pragma once

#include "access/Session.h"
#include "cases/StaffRegister.h"
#include "common/Result.h"
#include "storage/CategoryRepository.h"

namespace qf::cases {

// The staff register: who is certified to handle cases, their training, their talent-pool tier, their office
// and the open cases they serve on. User administrators keep it; those who assign teams read it.
class StaffRegisterService
{
public:
    explicit StaffRegisterService(access::Session& session) : m_session(session) {}

    Result<QString> addCertification(const QString& login, const QString& certificate, const QDate& issuedOn,
                                     const QDate& validUntil);
    Result<QString> addTraining(const QString& login, const QString& course, const QDate& heldOn, int hours,
                                const QString& result);
    // An empty tier takes the person out of the talent pool.
    Status setTier(const QString& login, const QString& tier);
    // The office is a code of the 'office' category list; an empty code takes the person out of any office.
    Status setOffice(const QString& login, const QString& office);

    // The offices a person can be placed in (the 'office' category list), in their configured order.
    Result<QList<storage::Category>> offices();
    Result<QList<StaffEntry>> entries(const QDate& asOf = QDate::currentDate());
    Result<QList<Certification>> certificationsOf(const QString& login);
    Result<QList<TrainingRecord>> trainingsOf(const QString& login);

private:
    Status requireReader();
    Result<qint64> userId(const QString& login);
    access::Session& m_session;
};

} // namespace qf::cases
