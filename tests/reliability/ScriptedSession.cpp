#include "ScriptedSession.h"

#include "archive/ArchiveExporter.h"
#include "archive/BackupService.h"

#include <QDir>

namespace qf::reliability {

namespace {

constexpr qint64 kAttachmentBytes = 1536 * 1024; // two chunks

// Runs one step; on failure records which one and why, and says to stop.
template <typename Step> bool run(SessionRun& session, const char* name, Step&& step)
{
    Status outcome = step();
    if (outcome.ok())
        return true;
    session.failedStep = QString::fromLatin1(name);
    session.error = outcome.error();
    return false;
}

Status keep(SessionRun& session, const Result<Committed>& record)
{
    if (!record.ok())
        return record.error();
    session.committed << record.value();
    return {};
}

} // namespace

QString sessionVaultPath(const QString& vaultDir)
{
    return QDir(vaultDir).filePath(QStringLiteral("session.qfv"));
}

Status exportCase(const QString& vaultPath, const QString& caseUid, const QString& archivePath)
{
    auto auditor = login(vaultPath, QStringLiteral("auditor"));
    if (!auditor.ok())
        return auditor.error();
    const crypto::SecretBytes passphrase = crypto::SecretBytes::copyOf(QByteArrayView("archive-passphrase"));
    archive::ExportOptions options;
    options.scope = {archive::ExportScope::Kind::Case, {caseUid}};
    options.outputPath = archivePath;
    options.keying.passphrase = &passphrase;
    options.keying.kdf = crypto::KdfParams::fastForTesting();
    auto exported = archive::ArchiveExporter(*auditor.value()).exportArchive(options);
    if (!exported.ok())
        return exported.error();
    return {};
}

Status backupVault(access::Session& admin, const QString& backupDir)
{
    auto set = archive::BackupService::backup(admin, backupDir);
    if (!set.ok())
        return set.error();
    return {};
}

SessionRun runScriptedSession(const QString& vaultDir, const QString& outputDir)
{
    SessionRun session;
    const QString vault = sessionVaultPath(vaultDir);
    session.archivePath = QDir(outputDir).filePath(QStringLiteral("case.qfa"));
    session.backupDir = QDir(outputDir).filePath(QStringLiteral("backups"));
    std::unique_ptr<access::Session> admin;
    if (!run(session, "open and migrate", [&]() -> Status {
            auto created = createOffice(vault);
            if (!created.ok())
                return created.error();
            admin = std::move(created.value());
            return {};
        }))
        return session;
    session.vaultCreated = true;
    std::unique_ptr<Workload> work;
    if (!run(session, "log in", [&]() -> Status {
            auto opened = Workload::open(vault);
            if (!opened.ok())
                return opened.error();
            work = std::move(opened.value());
            return {};
        }))
        return session;
    if (!run(session, "register", [&] { return keep(session, work->registerReport()); }))
        return session;
    if (!run(session, "open a case", [&] { return keep(session, work->openCase()); }))
        return session;
    const QString caseUid = session.committed.last().uid;
    if (!run(session, "record evidence", [&] { return keep(session, work->recordEvidence(caseUid)); }))
        return session;
    const QString evidenceUid = session.committed.last().uid;
    if (!run(session, "attach", [&] { return keep(session, work->attachFile(evidenceUid, kAttachmentBytes)); }))
        return session;
    if (!run(session, "export", [&] { return exportCase(vault, caseUid, session.archivePath); }))
        return session;
    session.exported = true;
    if (run(session, "backup", [&] { return backupVault(*admin, session.backupDir); }))
        session.backedUp = true;
    return session;
}

} // namespace qf::reliability
