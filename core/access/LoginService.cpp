#include "access/LoginService.h"

#include "access/LoginThrottle.h"
#include "access/UserRepository.h"
#include "common/Log.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace qf::access {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::access::LoginService", text);
}

// The settings, the administrator and the first audit entry of a vault just created, in one transaction.
Result<std::unique_ptr<Session>> populateNewVault(std::unique_ptr<storage::Vault> vault,
                                                  const storage::VaultCreateOptions& options)
{
    const QSqlDatabase db = vault->database();
    auto transaction = storage::Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    storage::SettingsRepository settings(db);
    QF_TRY(settings.setValue(storage::settingkeys::organName, options.organName.trimmed()));
    QF_TRY(settings.setValue(storage::settingkeys::vaultUid, vault->uid()));
    QF_TRY(settings.setValue(storage::settingkeys::createdAt, audit::nowUtcIso()));
    const QString displayName = options.adminDisplayName.isEmpty() ? options.adminLogin : options.adminDisplayName;
    auto admin = UserRepository(db).insert(options.adminLogin, displayName, {Role::Admin});
    if (!admin.ok())
        return admin.error();
    auto session = std::make_unique<Session>(std::move(vault), admin.value());
    auto entry = session->auditTrail().append(
        db, options.adminLogin,
        {QStringLiteral("vault.create"), QStringLiteral("vault"), session->vault().uid(),
         tr("vault created for %1; cipher %2").arg(options.organName.trimmed(), session->vault().cipherVersion())});
    if (!entry.ok())
        return entry.error();
    QF_TRY(transaction->commit());
    return session;
}

} // namespace

void auditQueuedLoginFailures(Session& session)
{
    LoginThrottle throttle(session.vault().path());
    const auto failures = throttle.takePendingFailures();
    if (failures.isEmpty())
        return;
    QHash<QString, QString> loginByHash;
    if (auto users = UserRepository(session.database()).list(); users.ok())
        for (const User& user : users.value())
            loginByHash.insert(LoginThrottle::hashLogin(user.login), user.login);
    auto transaction = storage::Transaction::begin(session.database());
    if (!transaction.ok())
        return;
    for (const auto& failure : failures) {
        const QString who = loginByHash.value(failure.loginHash, tr("unknown user"));
        auto entry = session.auditTrail().append(session.database(), who,
                                                 {QStringLiteral("login.failed"), QStringLiteral("user"), QString(),
                                                  tr("failed login at %1").arg(failure.atUtc)});
        if (!entry.ok())
            return;
    }
    if (!transaction->commit().ok())
        qCWarning(lcAccess) << "could not audit queued login failures";
}

Result<std::unique_ptr<Session>> initializeVault(const storage::VaultCreateOptions& options,
                                                 const crypto::SecretBytes& adminPassword, QString* recoveryKey)
{
    if (!isValidLogin(options.adminLogin))
        return makeError(ErrorCode::Invalid, tr("A user name has 2 to 32 letters, digits, '.', '_' or '-'."));
    if (options.organName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the name of the organ that owns this vault."));
    auto vault = storage::Vault::create(options, adminPassword, recoveryKey);
    if (!vault.ok())
        return vault.error();
    const QString path = vault.value()->path();
    auto session = populateNewVault(std::move(vault.value()), options);
    if (!session.ok()) {
        // The vault's first transaction failed (a full or failing disk): it holds no administrator and could never
        // be opened, and its name would be refused as taken. The session is gone, so the vault is closed: remove it.
        storage::Vault::removeFiles(path);
    }
    return session;
}

Result<std::unique_ptr<Session>> openSession(const QString& vaultPath, const QString& login,
                                             const crypto::SecretBytes& password)
{
    LoginThrottle throttle(QFileInfo(vaultPath).absoluteFilePath());
    QF_TRY(throttle.checkAllowed(login));
    auto vault = storage::Vault::open(vaultPath, login, password);
    if (!vault.ok()) {
        if (vault.code() == ErrorCode::WrongPassword)
            throttle.recordFailure(login);
        return vault.error();
    }
    auto user = UserRepository(vault.value()->database()).findByLogin(login);
    if (!user.ok() || user->disabled)
        return makeError(ErrorCode::WrongPassword, tr("This account does not exist or is disabled."));
    throttle.recordSuccess(login);
    auto session = std::make_unique<Session>(std::move(vault.value()), user.value());
    auditQueuedLoginFailures(*session);
    auto entry = session->auditStandalone(
        {QStringLiteral("session.login"), QStringLiteral("user"), session->user().uid, QString()});
    if (!entry.ok())
        return entry.error();
    return session;
}

Status resetPasswordWithRecoveryKey(const QString& vaultPath, const QString& recoveryKey, const QString& login,
                                    const crypto::SecretBytes& newPassword, const crypto::KdfParams& kdf)
{
    auto vault = storage::Vault::openWithRecoveryKey(vaultPath, recoveryKey);
    if (!vault.ok())
        return vault.error();
    const QSqlDatabase db = vault.value()->database();
    auto user = UserRepository(db).findByLogin(login);
    if (!user.ok())
        return user.error();
    if (user->disabled)
        return makeError(ErrorCode::Invalid,
                         tr("The account %1 is disabled; an administrator must enable it.").arg(login));
    const audit::AuditTrail trail(vault.value()->auditKey());
    auto transaction = storage::Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    QF_TRY(UserRepository(db).setNeedsPasswordReset(user->id, false));
    auto entry = trail.append(db, QStringLiteral("recovery-key"),
                              {QStringLiteral("user.password.recover"), QStringLiteral("user"), user->uid,
                               tr("password of %1 reset with the recovery key").arg(login)});
    if (!entry.ok())
        return entry.error();
    QF_TRY(vault.value()->setUserPassword(login, newPassword, kdf));
    return transaction->commit();
}

} // namespace qf::access
