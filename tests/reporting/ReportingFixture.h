#pragma once

#include "TestVault.h"

#include <memory>

namespace qf::test {

// A demo vault with a full office and generated data: reports, leads, review meetings, transfers and cases.
class ReportingFixture
{
public:
    explicit ReportingFixture(int scale = 2);
    TestVault& vault() { return m_vault; }
    access::Session& admin() { return m_vault.admin(); }
    // A session of one of the office's users (clerk, inv, lead, boss, rev) or of a user added later.
    std::unique_ptr<access::Session> as(const QString& login);

private:
    TestVault m_vault;
};

} // namespace qf::test
