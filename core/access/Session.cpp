#include "access/Session.h"

#include "access/LoginService.h"
#include "access/LoginThrottle.h"
#include "access/UserRepository.h"
#include "common/Log.h"

#include <QCoreApplication>

namespace qf::access {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("qf::access::Session", text);
}
} // namespace

Session::Session(std::unique_ptr<storage::Vault> vault, User user)
    : m_vault(std::move(vault)), m_user(std::move(user)),
      m_auditTrail(std::make_unique<audit::AuditTrail>(m_vault->auditKey()))
{
}

Session::~Session() = default;

bool Session::can(Permission permission) const
{
    for (Role role : m_user.roles)
        if (roleHasPermission(role, permission))
            return true;
    return false;
}

RecordVisibility Session::visibility() const
{
    return {m_user.id, can(Permission::ViewAllConfidential)};
}

Status Session::require(Permission permission, const AccessTarget& target)
{
    if (isLocked())
        return makeError(ErrorCode::Locked, tr("The vault is locked. Unlock it to continue."));
    QString refusal;
    if (m_user.disabled) {
        refusal = tr("Your account is disabled.");
    } else if (!can(permission)) {
        refusal = tr("Your role does not allow you to %1.").arg(permissionDisplayName(permission));
    } else if (target.isRecord() && target.level >= ConfidentialityLevel::Secret &&
               !can(Permission::ViewAllConfidential)) {
        auto assigned = UserRepository(database()).isAssigned(m_user.id, target.type, target.uid);
        if (!assigned.ok())
            return assigned.error();
        if (!assigned.value())
            refusal =
                tr("This record is %1 and you are not assigned to it.").arg(confidentialityDisplayName(target.level));
    }
    if (refusal.isEmpty())
        return {};
    qCInfo(lcAccess) << "denied" << permissionKey(permission) << "to" << m_user.login << target.type << target.uid;
    if (!auditStandalone({QStringLiteral("access.denied"), target.type, target.uid,
                          permissionKey(permission) + QStringLiteral(": ") + refusal})
             .ok())
        qCWarning(lcAccess) << "could not audit a refusal";
    return makeError(ErrorCode::PermissionDenied, refusal);
}

Result<audit::AuditEntry> Session::auditStandalone(const audit::AuditNote& note) const
{
    if (!m_auditTrail)
        return makeError(ErrorCode::Locked, tr("The vault is locked. Unlock it to continue."));
    return m_auditTrail->appendStandalone(database(), m_user.login, note);
}

void Session::lock()
{
    m_auditTrail.reset(); // its keyed state is derived from the master key
    m_vault->lock();
}

Status Session::unlock(const crypto::SecretBytes& password)
{
    // The lock screen is a login like any other: throttled, and its failures reach the audit trail.
    LoginThrottle throttle(m_vault->path());
    QF_TRY(throttle.checkAllowed(m_user.login));
    const Status unlocked = m_vault->unlock(m_user.login, password);
    if (!unlocked.ok()) {
        if (unlocked.code() == ErrorCode::WrongPassword)
            throttle.recordFailure(m_user.login);
        return unlocked;
    }
    throttle.recordSuccess(m_user.login);
    reloadKeys();
    auditQueuedLoginFailures(*this);
    return Status(
        auditStandalone({QStringLiteral("session.unlock"), QStringLiteral("user"), m_user.uid, QString()}).ok()
            ? Status()
            : makeError(ErrorCode::Failed, tr("Cannot write the audit trail.")));
}

} // namespace qf::access

namespace qf::access {
void Session::reloadKeys()
{
    m_auditTrail = std::make_unique<audit::AuditTrail>(m_vault->auditKey());
}
} // namespace qf::access
