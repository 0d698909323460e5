#include "cases/StaffRegisterService.h"

#include "access/Mutation.h"
#include "access/UserRepository.h"
#include "cases/StaffRepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace qf::cases {

using access::Permission;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::cases::StaffRegisterService", text);
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const access::AccessTarget kRegister{QStringLiteral("staff_register"), {}};

Status checkOffice(const QSqlDatabase& db, const QString& office)
{
    auto offices = storage::categories(db, QStringLiteral("office"));
    if (!offices.ok())
        return offices.error();
    for (const storage::Category& entry : offices.value())
        if (entry.code == office)
            return {};
    return makeError(ErrorCode::Invalid, tr("There is no office with the code %1. Choose one of the offices listed in "
                                            "the vault settings.")
                                             .arg(office.left(40)));
}

} // namespace

Status StaffRegisterService::requireReader()
{
    return m_session.require(m_session.can(Permission::ManageUsers) ? Permission::ManageUsers : Permission::AssignTeam);
}

Result<qint64> StaffRegisterService::userId(const QString& login)
{
    auto user = access::UserRepository(m_session.database()).findByLogin(login);
    if (!user.ok())
        return user.error();
    return user->id;
}

Result<QString> StaffRegisterService::addCertification(const QString& login, const QString& certificate,
                                                       const QDate& issuedOn, const QDate& validUntil)
{
    if (certificate.trimmed().isEmpty() || !issuedOn.isValid() || !validUntil.isValid() || validUntil <= issuedOn)
        return makeError(ErrorCode::Invalid, tr("Enter the certificate number and a validity that ends after the "
                                                "date of issue."));
    return access::mutate(m_session, Permission::ManageUsers, kRegister,
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
                              auto id = userId(login);
                              if (!id.ok())
                                  return id.error();
                              const Certification certification{newUid(), certificate.trimmed(), issuedOn, validUntil};
                              QF_TRY(StaffRepository(db).insertCertification(id.value(), certification));
                              note.action = QStringLiteral("staff.certify");
                              note.summary = login + u' ' + validUntil.toString(Qt::ISODate);
                              return certification.uid;
                          });
}

Result<QString> StaffRegisterService::addTraining(const QString& login, const QString& course, const QDate& heldOn,
                                                  int hours, const QString& result)
{
    if (course.trimmed().isEmpty() || !heldOn.isValid() || heldOn > QDate::currentDate() || hours < 1 || hours > 2000)
        return makeError(ErrorCode::Invalid, tr("Enter the course, a date that is not in the future and the hours "
                                                "(1 to 2000)."));
    return access::mutate(
        m_session, Permission::ManageUsers, kRegister,
        [&](const QSqlDatabase& db, audit::AuditNote& note) -> Result<QString> {
            auto id = userId(login);
            if (!id.ok())
                return id.error();
            const TrainingRecord training{newUid(), course.trimmed(), heldOn, hours, result.trimmed()};
            QF_TRY(StaffRepository(db).insertTraining(id.value(), training));
            note.action = QStringLiteral("staff.training");
            note.summary = login + u' ' + QString::number(hours) + u'h';
            return training.uid;
        });
}

Status StaffRegisterService::setTier(const QString& login, const QString& tier)
{
    if (!tier.isEmpty() && !talentTiers().contains(tier))
        return makeError(ErrorCode::Invalid, tr("The talent-pool tier is reserve, core or expert."));
    return access::mutate(m_session, Permission::ManageUsers, kRegister,
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              auto id = userId(login);
                              if (!id.ok())
                                  return id.error();
                              QF_TRY(StaffRepository(db).setTier(id.value(), tier, QDate::currentDate()));
                              note.action = QStringLiteral("staff.tier");
                              note.summary = login + u' ' + (tier.isEmpty() ? QStringLiteral("none") : tier);
                              return {};
                          });
}

Status StaffRegisterService::setOffice(const QString& login, const QString& office)
{
    return access::mutate(m_session, Permission::ManageUsers, kRegister,
                          [&](const QSqlDatabase& db, audit::AuditNote& note) -> Status {
                              if (!office.isEmpty())
                                  QF_TRY(checkOffice(db, office));
                              auto id = userId(login);
                              if (!id.ok())
                                  return id.error();
                              QF_TRY(StaffRepository(db).setOffice(id.value(), office, QDate::currentDate()));
                              note.action = QStringLiteral("staff.office");
                              note.summary = login + u' ' + (office.isEmpty() ? QStringLiteral("none") : office);
                              return {};
                          });
}

Result<QList<storage::Category>> StaffRegisterService::offices()
{
    QF_TRY(requireReader());
    return storage::categories(m_session.database(), QStringLiteral("office"));
}

Result<QList<StaffEntry>> StaffRegisterService::entries(const QDate& asOf)
{
    QF_TRY(requireReader());
    return StaffRepository(m_session.database()).entries(asOf);
}

Result<QList<Certification>> StaffRegisterService::certificationsOf(const QString& login)
{
    QF_TRY(requireReader());
    auto id = userId(login);
    if (!id.ok())
        return id.error();
    return StaffRepository(m_session.database()).certificationsOf(id.value());
}

Result<QList<TrainingRecord>> StaffRegisterService::trainingsOf(const QString& login)
{
    QF_TRY(requireReader());
    auto id = userId(login);
    if (!id.ok())
        return id.error();
    return StaffRepository(m_session.database()).trainingsOf(id.value());
}

} // namespace qf::cases
