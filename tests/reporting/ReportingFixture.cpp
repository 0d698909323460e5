#include "ReportingFixture.h"

#include "demo/DemoDataService.h"

#include <catch2/catch.hpp>

namespace qf::test {

ReportingFixture::ReportingFixture(int scale)
{
    m_vault.addDemoStaff();
    demo::DemoDataService service(m_vault.admin());
    REQUIRE(service.markAsDemoVault().ok());
    auto figures = service.generate(scale, 8);
    INFO(figures.message().toStdString());
    REQUIRE(figures.ok());
    REQUIRE(figures->cases > 0);
}

std::unique_ptr<access::Session> ReportingFixture::as(const QString& login)
{
    auto session = m_vault.login(login, TestVault::passwordOf(login));
    INFO(session.message().toStdString());
    REQUIRE(session.ok());
    return std::move(session.value());
}

} // namespace qf::test
