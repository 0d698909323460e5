#pragma once

#include "access/LoginService.h"
#include "access/Role.h"
#include "access/Session.h"
#include "crypto/SecretBytes.h"
#include "leads/Lead.h"

#include <QTemporaryDir>
#include <memory>

namespace qf::test {

crypto::SecretBytes secret(const char* text);

// A lead from a report about one person, ready to register.
leads::LeadDraft leadAbout(const QString& summary, const QString& name, const QString& unit,
                           access::ConfidentialityLevel level = access::ConfidentialityLevel::Internal);

// A real encrypted vault in a temporary folder, created with small Argon2id parameters so tests stay fast.
class TestVault
{
public:
    static constexpr const char* kAdmin = "admin";
    static constexpr const char* kAdminPassword = "admin-password-1";

    TestVault();
    QString path() const { return m_dir.filePath(QStringLiteral("test.qfv")); }
    QString dir() const { return m_dir.path(); }
    const QString& recoveryKey() const { return m_recoveryKey; }

    // The administrator's session opened at creation.
    access::Session& admin() { return *m_admin; }
    // Adds a user with the given role; the password is "<login>-password".
    void addUser(const QString& login, access::Role role);
    // The office the demo generator acts as: clerk, inv, lead, boss and rev (clerk, investigator, lead investigator,
    // approver and reviewer).
    void addDemoStaff();
    static QString passwordOf(const QString& login) { return login + QStringLiteral("-password"); }
    // Closes the admin session so another session (or process) can open the vault.
    void closeAdmin() { m_admin.reset(); }
    Result<std::unique_ptr<access::Session>> login(const QString& login, const QString& password);

private:
    QTemporaryDir m_dir;
    QString m_recoveryKey;
    std::unique_ptr<access::Session> m_admin;
};

} // namespace qf::test
