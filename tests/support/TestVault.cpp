#include "TestVault.h"

#include "access/UserService.h"

#include <catch2/catch.hpp>

namespace qf::test {

leads::LeadDraft leadAbout(const QString& summary, const QString& name, const QString& unit,
                           access::ConfidentialityLevel level)
{
    leads::LeadDraft draft;
    draft.source = QStringLiteral("report");
    draft.summary = summary;
    draft.confidentiality = level;
    people::Person subject;
    subject.name = name;
    subject.unit = unit;
    draft.subjects << subject;
    return draft;
}

crypto::SecretBytes secret(const char* text)
{
    return crypto::SecretBytes::copyOf(QByteArrayView(text));
}

TestVault::TestVault()
{
    REQUIRE(m_dir.isValid());
    storage::VaultCreateOptions options;
    options.path = path();
    options.organName = QStringLiteral("中共测试市纪律检查委员会");
    options.adminLogin = QString::fromLatin1(kAdmin);
    options.adminDisplayName = QStringLiteral("系统管理员");
    options.kdf = crypto::KdfParams::fastForTesting();
    auto session = access::initializeVault(options, secret(kAdminPassword), &m_recoveryKey);
    if (!session.ok())
        FAIL("cannot create the test vault: " << session.message().toStdString());
    m_admin = std::move(session.value());
}

void TestVault::addUser(const QString& login, access::Role role)
{
    REQUIRE(m_admin);
    const QByteArray password = passwordOf(login).toUtf8();
    auto user = access::UserService(*m_admin, crypto::KdfParams::fastForTesting())
                    .addUser(login, login, {role}, crypto::SecretBytes::copyOf(password));
    if (!user.ok())
        FAIL("cannot add user " << login.toStdString() << ": " << user.message().toStdString());
}

void TestVault::addDemoStaff()
{
    addUser(QStringLiteral("clerk"), access::Role::Clerk);
    addUser(QStringLiteral("inv"), access::Role::Investigator);
    addUser(QStringLiteral("lead"), access::Role::LeadInvestigator);
    addUser(QStringLiteral("boss"), access::Role::Approver);
    addUser(QStringLiteral("rev"), access::Role::Reviewer);
}

Result<std::unique_ptr<access::Session>> TestVault::login(const QString& login, const QString& password)
{
    const QByteArray bytes = password.toUtf8();
    return access::openSession(path(), login, crypto::SecretBytes::copyOf(bytes));
}

} // namespace qf::test
