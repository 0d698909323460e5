#include "access/LoginService.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "storage/KeySlots.h"

#include <QFileInfo>
#include <QJsonObject>

namespace qf::cli {

Status runInit(CliContext& context)
{
    auto vault = context.vaultPath();
    if (!vault.ok())
        return vault.error();
    auto organ = context.required(QStringLiteral("organ"));
    if (!organ.ok())
        return organ.error();
    auto admin = context.required(QStringLiteral("admin"));
    if (!admin.ok())
        return admin.error();
    if (QFileInfo::exists(vault.value()) || QFileInfo::exists(storage::KeySlotFile::pathFor(vault.value())))
        return makeError(ErrorCode::AlreadyExists,
                         CliText::tr("%1 already exists, and an existing vault is never overwritten. Choose another "
                                     "file name with --vault.")
                             .arg(vault.value()));
    const QString recoveryOut = context.options().value(QStringLiteral("recovery-key-out"));
    if (!recoveryOut.isEmpty()) {
        const QFileInfo out(recoveryOut);
        if (out.exists())
            return makeError(ErrorCode::AlreadyExists,
                             CliText::tr("%1 already exists and is not overwritten. Choose another file for "
                                         "--recovery-key-out.")
                                 .arg(recoveryOut));
        if (!QFileInfo(out.absolutePath()).isDir())
            return makeError(ErrorCode::FileMissing,
                             CliText::tr("The folder %1 for --recovery-key-out does not exist. Create it first.")
                                 .arg(out.absolutePath()));
    }
    auto password = context.secret(QStringLiteral("password-file"),
                                   CliText::tr("New password for the administrator %1: ").arg(admin.value()), true);
    if (!password.ok())
        return password.error();

    storage::VaultCreateOptions options;
    options.path = vault.value();
    options.organName = organ.value();
    options.adminLogin = admin.value();
    options.adminDisplayName = context.options().value(QStringLiteral("admin-name")).trimmed();
    QString recoveryKey;
    QString vaultUid;
    {
        auto session = access::initializeVault(options, password.value(), &recoveryKey);
        if (!session.ok())
            return session.error();
        vaultUid = session.value()->vault().uid();
    }

    bool keyInFile = false;
    if (!recoveryOut.isEmpty()) {
        const QByteArray keyBytes = recoveryKey.toUtf8();
        const Status written = writePrivateFile(recoveryOut, keyBytes, true);
        keyInFile = written.ok();
        if (!keyInFile)
            context.warn(written.message() + u' ' +
                         CliText::tr("The vault was created; its recovery key is printed below instead."));
    }

    if (context.json()) {
        QJsonObject result{{QStringLiteral("vault"), vault.value()},
                           {QStringLiteral("vault_uid"), vaultUid},
                           {QStringLiteral("organ"), organ.value()},
                           {QStringLiteral("admin"), admin.value()}};
        if (keyInFile)
            result.insert(QStringLiteral("recovery_key_file"), QFileInfo(recoveryOut).absoluteFilePath());
        else
            result.insert(QStringLiteral("recovery_key"), recoveryKey);
        context.printJson(QJsonDocument(result));
        return {};
    }
    QTextStream& out = context.out();
    out << CliText::tr("Created the vault %1 for %2.").arg(vault.value(), organ.value()) << '\n'
        << CliText::tr("Vault UID: %1").arg(vaultUid) << '\n'
        << CliText::tr("Administrator: %1").arg(admin.value()) << "\n\n";
    if (keyInFile) {
        out << CliText::tr("The recovery key was written to %1 (readable only by you).").arg(recoveryOut) << '\n'
            << CliText::tr("Store this safely: print it or copy it to offline media, lock it away, then delete the "
                           "file. It is the only way to reset a forgotten password, and anyone who has it can open "
                           "the vault.")
            << '\n';
    } else {
        out << CliText::tr("Recovery key (shown only this once):") << "\n\n    " << recoveryKey << "\n\n"
            << CliText::tr("Store this safely: print it or write it down and lock it away. It is the only way to "
                           "reset a forgotten password, and anyone who has it can open the vault.")
            << '\n';
    }
    out.flush();
    return {};
}

} // namespace qf::cli
