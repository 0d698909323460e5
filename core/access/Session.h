#pragma once

#include "access/Confidentiality.h"
#include "access/Permission.h"
#include "access/RecordVisibility.h"
#include "access/User.h"
#include "audit/AuditTrail.h"
#include "common/Result.h"
#include "storage/Vault.h"

#include <memory>

namespace qf::access {

// Who a change is recorded against, for code that runs inside an already checked transaction.
struct Actor
{
    qint64 id = 0;
    QString login;
};

// Who is acting, on which vault. Every service takes a Session and calls require() before it reads or writes.
// The session owns the vault; locking the vault keeps the session so the same user can unlock again.
class Session
{
public:
    Session(std::unique_ptr<storage::Vault> vault, User user);
    ~Session();

    const User& user() const { return m_user; }
    Actor actor() const { return {m_user.id, m_user.login}; }
    const QString& login() const { return m_user.login; }
    storage::Vault& vault() { return *m_vault; }
    const storage::Vault& vault() const { return *m_vault; }
    QSqlDatabase database() const { return m_vault->database(); }
    bool isLocked() const { return m_vault->isLocked(); }

    bool can(Permission permission) const;
    // Which confidential cases and leads this user sees, for queries that list them.
    RecordVisibility visibility() const;
    // The one permission check: role, then assignment for confidential records. A refusal is audited.
    Status require(Permission permission, const AccessTarget& target = {});

    // The audit trail keyed for this vault; valid while unlocked.
    const audit::AuditTrail& auditTrail() const { return *m_auditTrail; }
    Result<audit::AuditEntry> auditStandalone(const audit::AuditNote& note) const;

    // Locks the vault and wipes its keys; unlock() asks for the same user's password.
    void lock();
    Status unlock(const crypto::SecretBytes& password);
    // Re-derives the audit key after the vault's master key changed (rekey).
    void reloadKeys();
    void refreshUser(const User& user) { m_user = user; }

private:
    std::unique_ptr<storage::Vault> m_vault;
    User m_user;
    std::unique_ptr<audit::AuditTrail> m_auditTrail;
};

} // namespace qf::access
