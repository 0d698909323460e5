#include "access/LoginService.h"
#include "archive/ArchiveExporter.h"
#include "archive/ArchiveFormat.h"
#include "archive/ArchiveImporter.h"
#include "archive/ArchiveVerifier.h"
#include "archive/BackupService.h"
#include "archive/TrustList.h"
#include "archive/WorkstationKey.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace qf::cli {

namespace {

Result<QString> inputFile(CliContext& context, const QString& what)
{
    const QString path = context.options().value(QStringLiteral("input"));
    if (path.isEmpty())
        return makeError(ErrorCode::Usage, CliText::tr("Name the %1 to read.").arg(what));
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::FileMissing, CliText::tr("The file %1 does not exist.").arg(path));
    return path;
}

bool wantsVault(const CliContext& context)
{
    return context.options().has(QStringLiteral("vault")) || context.options().has(QStringLiteral("user"));
}

// Shared by verify and inspect: an optional session, the passphrase if the archive needs one, and the report.
Result<archive::VerifyReport> verifyFromCli(CliContext& context, std::unique_ptr<access::Session>& session)
{
    auto path = inputFile(context, CliText::tr("archive"));
    if (!path.ok())
        return path.error();
    if (wantsVault(context)) {
        auto opened = context.login();
        if (!opened.ok())
            return opened.error();
        session = std::move(opened.value());
        if (!session->can(access::Permission::ExportArchive) && !session->can(access::Permission::ManageKeys))
            QF_TRY(session->require(access::Permission::ExportArchive));
    }
    crypto::SecretBytes passphrase;
    const bool needsPassphrase = [&] {
        QFile file(path.value());
        if (!file.open(QIODevice::ReadOnly))
            return false;
        return file.read(archive::format::kPreambleBytes + archive::format::kMaxHeaderBytes)
            .contains(QByteArrayLiteral("\"mode\":\"passphrase\""));
    }();
    if (needsPassphrase || context.options().has(QStringLiteral("passphrase-file"))) {
        auto typed = context.secret(QStringLiteral("passphrase-file"), CliText::tr("Archive passphrase: "));
        if (!typed.ok())
            return typed.error();
        passphrase = std::move(typed.value());
    }
    crypto::SecretBytes holder;
    auto keys = archive::ArchiveVerifier::keysFor(session.get(), passphrase.isEmpty() ? nullptr : &passphrase, holder);
    if (!keys.ok())
        return keys.error();
    QSqlDatabase db;
    if (session)
        db = session->database();
    return archive::ArchiveVerifier::verify(path.value(), keys.value(), session ? &db : nullptr);
}

} // namespace

Status runArchiveExport(CliContext& context)
{
    const CliOptions& options = context.options();
    archive::ExportOptions exportOptions;
    const QStringList cases = options.lists.value(QStringLiteral("case"));
    const QStringList leads = options.lists.value(QStringLiteral("lead"));
    const int scopes = int(!cases.isEmpty()) + int(!leads.isEmpty()) + int(options.flag(QStringLiteral("all")));
    if (scopes != 1)
        return makeError(ErrorCode::Usage, CliText::tr("Give exactly one of --case, --lead or --all."));
    if (options.flag(QStringLiteral("all")))
        exportOptions.scope.kind = archive::ExportScope::Kind::Vault;
    else if (!cases.isEmpty())
        exportOptions.scope = {cases.size() == 1 ? archive::ExportScope::Kind::Case : archive::ExportScope::Kind::Cases,
                               cases};
    else
        exportOptions.scope = {archive::ExportScope::Kind::Leads, leads};
    exportOptions.outputPath =
        options.has(QStringLiteral("o")) ? options.value(QStringLiteral("o")) : options.value(QStringLiteral("out"));
    if (exportOptions.outputPath.isEmpty())
        return makeError(ErrorCode::Usage, CliText::tr("Name the archive to write with -o FILE."));
    if (options.has(QStringLiteral("passphrase-file")) && options.has(QStringLiteral("recipient")))
        return makeError(ErrorCode::Usage, CliText::tr("Give either --passphrase-file or --recipient, not both."));
    exportOptions.includeIdentities = options.flag(QStringLiteral("include-identities"));
    for (const QString& keyFile : options.lists.value(QStringLiteral("recipient"))) {
        auto key = archive::WorkstationKey::readPublicKeyFile(keyFile);
        if (!key.ok())
            return key.error();
        exportOptions.keying.recipients << key.value();
    }
    auto opened = context.login();
    if (!opened.ok())
        return opened.error();
    crypto::SecretBytes passphrase;
    if (exportOptions.keying.recipients.isEmpty()) {
        auto typed = context.secret(QStringLiteral("passphrase-file"), CliText::tr("Archive passphrase: "), true);
        if (!typed.ok())
            return typed.error();
        if (typed->size() < 12)
            return makeError(ErrorCode::Usage, CliText::tr("An archive passphrase needs at least 12 characters."));
        passphrase = std::move(typed.value());
        exportOptions.keying.passphrase = &passphrase;
    }
    auto exported = archive::ArchiveExporter(*opened.value()).exportArchive(exportOptions);
    if (!exported.ok())
        return exported.error();
    if (context.json()) {
        QJsonObject counts;
        for (auto it = exported->counts.cbegin(); it != exported->counts.cend(); ++it)
            counts.insert(it.key(), it.value());
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("archive_id"), exported->archiveId},
                                      {QStringLiteral("path"), exported->path},
                                      {QStringLiteral("signer"), exported->signerFingerprint},
                                      {QStringLiteral("bytes"), exported->bytes},
                                      {QStringLiteral("identities_included"), exported->identitiesIncluded},
                                      {QStringLiteral("identities_withheld"), exported->identitiesWithheld},
                                      {QStringLiteral("counts"), counts}}));
    } else {
        context.out() << CliText::tr("Archive %1 written to %2 (%3 bytes), signed by %4.")
                             .arg(exported->archiveId, exported->path)
                             .arg(exported->bytes)
                             .arg(exported->signerFingerprint)
                      << Qt::endl;
        if (exported->identitiesWithheld > 0)
            context.out() << CliText::tr("%1 protected identities were left out.").arg(exported->identitiesWithheld)
                          << Qt::endl;
    }
    return {};
}

Status runArchiveVerify(CliContext& context)
{
    std::unique_ptr<access::Session> session;
    auto report = verifyFromCli(context, session);
    if (!report.ok())
        return report.error();
    if (session)
        (void)session->auditStandalone({QStringLiteral("archive.verify"), QStringLiteral("archive"),
                                        report->manifest.archiveId,
                                        report->passed() ? QStringLiteral("intact") : report->failure->message});
    if (context.json())
        context.printJson(QJsonDocument(report->toJson()));
    else
        context.out() << report->text() << Qt::endl;
    return report->status();
}

Status runArchiveInspect(CliContext& context)
{
    std::unique_ptr<access::Session> session;
    auto report = verifyFromCli(context, session);
    if (!report.ok())
        return report.error();
    if (!report->manifestRead)
        return report->status();
    if (context.json()) {
        QJsonArray entries;
        for (const archive::ManifestEntry& entry : report->manifest.entries)
            entries.append(QJsonObject{{QStringLiteral("kind"), entry.kind == archive::EntryKind::Record
                                                                    ? QStringLiteral("record")
                                                                    : QStringLiteral("attachment")},
                                       {QStringLiteral("type"), entry.type},
                                       {QStringLiteral("uid"), entry.uid},
                                       {QStringLiteral("size"), entry.size},
                                       {QStringLiteral("sha256"), QString::fromLatin1(entry.sha256.toHex())}});
        QJsonObject json = report->toJson();
        json.insert(QStringLiteral("entries"), entries);
        context.printJson(QJsonDocument(json));
    } else {
        TextTable table({CliText::tr("Kind"), CliText::tr("Type"), CliText::tr("UID"), CliText::tr("Bytes")});
        for (const archive::ManifestEntry& entry : report->manifest.entries)
            table.addRow({entry.kind == archive::EntryKind::Record ? CliText::tr("record") : CliText::tr("file"),
                          entry.type, entry.uid, QString::number(entry.size)});
        context.out() << report->text() << "\n\n";
        table.print(context.out());
        context.out().flush();
    }
    return report->status();
}

Status runArchiveImport(CliContext& context)
{
    auto path = inputFile(context, CliText::tr("archive"));
    if (!path.ok())
        return path.error();
    auto opened = context.login();
    if (!opened.ok())
        return opened.error();
    crypto::SecretBytes passphrase;
    QFile probe(path.value());
    const bool needsPassphrase = probe.open(QIODevice::ReadOnly) &&
                                 probe.read(archive::format::kPreambleBytes + archive::format::kMaxHeaderBytes)
                                     .contains("\"mode\":\"passphrase\"");
    if (needsPassphrase) {
        auto typed = context.secret(QStringLiteral("passphrase-file"), CliText::tr("Archive passphrase: "));
        if (!typed.ok())
            return typed.error();
        passphrase = std::move(typed.value());
    }
    archive::ImportOptions importOptions;
    importOptions.path = path.value();
    importOptions.passphrase = passphrase.isEmpty() ? nullptr : &passphrase;
    importOptions.overrideUntrustedReason = context.options().value(QStringLiteral("override-untrusted"));
    auto imported = archive::ArchiveImporter(*opened.value()).importArchive(importOptions);
    if (!imported.ok())
        return imported.error();
    if (context.json()) {
        QJsonArray conflicts;
        for (const archive::ImportConflict& conflict : imported->conflicts)
            conflicts.append(QJsonObject{{QStringLiteral("type"), conflict.type},
                                         {QStringLiteral("uid"), conflict.uid},
                                         {QStringLiteral("reason"), conflict.reason}});
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("archive_id"), imported->archiveId},
                                                    {QStringLiteral("signer"), imported->signerFingerprint},
                                                    {QStringLiteral("added"), imported->added},
                                                    {QStringLiteral("unchanged"), imported->unchanged},
                                                    {QStringLiteral("conflicts"), conflicts}}));
    } else {
        context.out() << CliText::tr("Imported archive %1 (signer %2, %3): %4 added, %5 unchanged, %6 conflicts.")
                             .arg(imported->archiveId, imported->signerFingerprint,
                                  archive::signerTrustName(imported->trust))
                             .arg(imported->added)
                             .arg(imported->unchanged)
                             .arg(imported->conflicts.size())
                      << Qt::endl;
        for (const archive::ImportConflict& conflict : imported->conflicts)
            context.out() << CliText::tr("  conflict: %1 %2: %3").arg(conflict.type, conflict.uid, conflict.reason)
                          << Qt::endl;
    }
    return {};
}

Status runTrustAdd(CliContext& context)
{
    auto path = inputFile(context, CliText::tr("key file"));
    if (!path.ok())
        return path.error();
    auto label = context.required(QStringLiteral("label"));
    if (!label.ok())
        return label.error();
    auto key = archive::WorkstationKey::readPublicKeyFile(path.value());
    if (!key.ok())
        return key.error();
    auto opened = context.login();
    if (!opened.ok())
        return opened.error();
    auto added = archive::TrustList(*opened.value()).add(key.value(), label.value());
    if (!added.ok())
        return added.error();
    context.out() << CliText::tr("Trusted %1 (%2).").arg(added->fingerprint, added->label) << Qt::endl;
    return {};
}

Status runTrustList(CliContext& context)
{
    auto opened = context.login();
    if (!opened.ok())
        return opened.error();
    auto keys = archive::TrustList(*opened.value()).list();
    if (!keys.ok())
        return keys.error();
    if (context.json()) {
        QJsonArray array;
        for (const archive::TrustedKey& key : keys.value())
            array.append(QJsonObject{{QStringLiteral("fingerprint"), key.fingerprint},
                                     {QStringLiteral("label"), key.label},
                                     {QStringLiteral("added_by"), key.addedBy},
                                     {QStringLiteral("added_at"), key.addedAt},
                                     {QStringLiteral("revoked"), key.revoked}});
        context.printJson(QJsonDocument(array));
        return {};
    }
    TextTable table({CliText::tr("Fingerprint"), CliText::tr("Label"), CliText::tr("Added"), CliText::tr("State")});
    for (const archive::TrustedKey& key : keys.value())
        table.addRow({key.fingerprint, key.label, key.addedAt.left(10),
                      key.revoked ? CliText::tr("revoked %1").arg(key.revokedAt.left(10)) : CliText::tr("trusted")});
    table.print(context.out());
    context.out().flush();
    return {};
}

Status runTrustRevoke(CliContext& context)
{
    auto fingerprint = context.required(QStringLiteral("fingerprint"));
    if (!fingerprint.ok())
        return fingerprint.error();
    auto reason = context.required(QStringLiteral("reason"));
    if (!reason.ok())
        return reason.error();
    auto opened = context.login();
    if (!opened.ok())
        return opened.error();
    QF_TRY(archive::TrustList(*opened.value()).revoke(fingerprint.value(), reason.value()));
    context.out() << CliText::tr("Revoked %1.").arg(fingerprint.value()) << Qt::endl;
    return {};
}

Status runWorkstationKey(CliContext& context)
{
    auto opened = context.login();
    if (!opened.ok())
        return opened.error();
    auto key = archive::WorkstationKey::publicKey(*opened.value());
    if (!key.ok())
        return key.error();
    const QString out = context.options().has(QStringLiteral("o")) ? context.options().value(QStringLiteral("o"))
                                                                   : context.options().value(QStringLiteral("out"));
    auto keyText = archive::WorkstationKey::publicKeyFileText(*opened.value());
    if (!keyText.ok())
        return keyText.error();
    const QString& text = keyText.value();
    if (!out.isEmpty()) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return makeError(ErrorCode::Failed, CliText::tr("Cannot write %1.").arg(out));
    }
    if (context.json())
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("fingerprint"), archive::fingerprintOf(key.value())},
                                      {QStringLiteral("public_key"), QString::fromLatin1(key->toBase64())}}));
    else
        context.out() << text << Qt::flush;
    return {};
}

Status runBackup(CliContext& context)
{
    auto out = context.required(QStringLiteral("out"));
    if (!out.ok())
        return out.error();
    auto opened = context.login();
    if (!opened.ok())
        return opened.error();
    auto set = archive::BackupService::backup(*opened.value(), out.value());
    if (!set.ok())
        return set.error();
    context.out() << CliText::tr("Backup written to %1 (%2 bytes).").arg(set->directory).arg(set->bytes) << Qt::endl;
    for (const QString& removed : set->rotatedAway)
        context.out() << CliText::tr("Removed the old backup %1.").arg(removed) << Qt::endl;
    return {};
}

Status runRestore(CliContext& context)
{
    auto from = context.required(QStringLiteral("from"));
    if (!from.ok())
        return from.error();
    auto vault = context.vaultPath();
    if (!vault.ok())
        return vault.error();
    auto user = context.required(QStringLiteral("user"));
    if (!user.ok())
        return user.error();
    auto password = context.secret(QStringLiteral("password-file"), CliText::tr("Password for %1: ").arg(user.value()));
    if (!password.ok())
        return password.error();
    auto aside = archive::BackupService::restore(from.value(), vault.value(), user.value(), password.value());
    if (!aside.ok())
        return aside.error();
    context.out() << CliText::tr("Restored %1 from %2.").arg(vault.value(), from.value()) << Qt::endl;
    if (!aside->isEmpty())
        context.out() << CliText::tr("The previous vault was kept at %1.").arg(aside.value()) << Qt::endl;
    return {};
}

} // namespace qf::cli
