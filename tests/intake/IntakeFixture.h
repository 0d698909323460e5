#pragma once

#include "TestVault.h"
#include "intake/Report.h"
#include "leads/Lead.h"

namespace qf::test {

// A vault with one user per role (password "<login>-password"), for intake and lead tests.
class IntakeFixture
{
public:
    IntakeFixture();
    std::unique_ptr<access::Session> as(const QString& login);
    TestVault& vault() { return m_vault; }

    static people::Person subject(const QString& name, const QString& unit, const QString& idNumber = {});
    static intake::ReportDraft report(const QString& summary, const QList<people::Person>& subjects);
    static leads::LeadDraft lead(const QString& summary, const QList<people::Person>& subjects,
                                 access::ConfidentialityLevel level = access::ConfidentialityLevel::Internal);
    // A valid ID number for a birth date, built with the real check character.
    static QString idNumberFor(const QString& region, const QDate& birth, int sequence);

private:
    TestVault m_vault;
};

} // namespace qf::test
