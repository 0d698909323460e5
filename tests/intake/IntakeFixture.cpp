#include "IntakeFixture.h"

#include "people/IdNumber.h"

#include <catch2/catch.hpp>

namespace qf::test {

IntakeFixture::IntakeFixture()
{
    m_vault.addUser(QStringLiteral("clerk"), access::Role::Clerk);
    m_vault.addUser(QStringLiteral("inv"), access::Role::Investigator);
    m_vault.addUser(QStringLiteral("inv2"), access::Role::Investigator);
    m_vault.addUser(QStringLiteral("boss"), access::Role::Approver);
    m_vault.addUser(QStringLiteral("boss2"), access::Role::Approver);
    m_vault.addUser(QStringLiteral("auditor"), access::Role::Auditor);
    m_vault.closeAdmin();
}

std::unique_ptr<access::Session> IntakeFixture::as(const QString& login)
{
    auto session = m_vault.login(login, login == QLatin1String("admin") ? QString::fromLatin1(TestVault::kAdminPassword)
                                                                        : TestVault::passwordOf(login));
    if (!session.ok())
        FAIL("login as " << login.toStdString() << " failed: " << session.message().toStdString());
    return std::move(session.value());
}

people::Person IntakeFixture::subject(const QString& name, const QString& unit, const QString& idNumber)
{
    people::Person person;
    person.name = name;
    person.unit = unit;
    person.position = QStringLiteral("局长");
    person.cadreLevel = QStringLiteral("county");
    person.idNumber = idNumber;
    return person;
}

intake::ReportDraft IntakeFixture::report(const QString& summary, const QList<people::Person>& subjects)
{
    intake::ReportDraft draft;
    draft.channel = intake::Channel::Letter;
    draft.receivedDate = QDate::currentDate().addDays(-3);
    draft.realName = true;
    draft.reporter.name = QStringLiteral("钱多多");
    draft.reporter.idNumber = idNumberFor(QStringLiteral("320102"), QDate(1980, 5, 17), 123);
    draft.reporter.phone = QStringLiteral("13912345678");
    draft.reporter.address = QStringLiteral("南京市玄武区北京东路41号");
    draft.subjects = subjects;
    draft.allegations = {QStringLiteral("bribery")};
    draft.sector = QStringLiteral("construction");
    draft.summary = summary;
    return draft;
}

leads::LeadDraft IntakeFixture::lead(const QString& summary, const QList<people::Person>& subjects,
                                     access::ConfidentialityLevel level)
{
    leads::LeadDraft draft;
    draft.source = QStringLiteral("self_found");
    draft.allegation = QStringLiteral("bribery");
    draft.sector = QStringLiteral("land");
    draft.cadreLevel = QStringLiteral("county");
    draft.confidentiality = level;
    draft.summary = summary;
    draft.subjects = subjects;
    return draft;
}

QString IntakeFixture::idNumberFor(const QString& region, const QDate& birth, int sequence)
{
    const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + people::idNumberCheckCharacter(first17);
}

} // namespace qf::test
