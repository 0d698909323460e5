#include "ImportWizard.h"

#include "ErrorMessages.h"
#include "ImportPages.h"
#include "TaskProgress.h"
#include "VerifyRunner.h"
#include "access/Session.h"

namespace qf::ui {

ImportWizard::ImportWizard(access::Session& session, QWidget* parent)
    : QWizard(parent), m_session(session), m_admin(session.can(access::Permission::ManageKeys)),
      m_filePage(new ImportFilePage), m_verifyPage(new ImportVerifyPage), m_confirmPage(new ImportConfirmPage),
      m_runPage(new ImportRunPage), m_verifier(new VerifyRunner(session.vault(), this)), m_import(this)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import an archive"));
    setPage(FilePageId, m_filePage);
    setPage(VerifyPageId, m_verifyPage);
    setPage(ConfirmPageId, m_confirmPage);
    setPage(RunPageId, m_runPage);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    resize(780, 600);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    connect(m_verifyPage, &ImportVerifyPage::startRequested, this, &ImportWizard::startVerify);
    connect(m_runPage, &ImportRunPage::startRequested, this, &ImportWizard::startImport);
    connect(m_verifier, &VerifyRunner::progressed, m_verifyPage->progress(), &TaskProgress::progressed);
    connect(m_verifier, &VerifyRunner::finished, this, &ImportWizard::verified);
    for (TaskProgress* progress : {m_verifyPage->progress(), m_runPage->progress()})
        connect(progress, &TaskProgress::cancelRequested, this, &ImportWizard::cancelTask);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ConfirmPageId && report())
            m_confirmPage->prepare(*report(), needsOverride());
    });
}

ImportWizard::~ImportWizard() = default;

const std::optional<archive::VerifyReport>& ImportWizard::report() const
{
    return m_verifier->report();
}

bool ImportWizard::isRunning() const
{
    return m_import.isRunning() || m_verifier->isRunning();
}

bool ImportWizard::needsOverride() const
{
    return report() && !report()->passed() && report()->failure->code == ErrorCode::UntrustedSigner;
}

bool ImportWizard::mayImport() const
{
    return report() && (report()->passed() || (needsOverride() && m_admin));
}

void ImportWizard::startVerify()
{
    if (isRunning())
        return;
    m_verifyPage->started();
    m_verifier->start(m_filePage->path(), m_filePage->passphrase());
}

void ImportWizard::verified()
{
    const archive::VerifyReport& verified = *report();
    QString note;
    if (verified.passed())
        note = tr("<b>Verified.</b> Go on to import it.");
    else if (needsOverride() && m_admin)
        note = tr("<b>The signer is not trusted.</b> As an administrator you may still import it, with a reason.");
    else if (needsOverride())
        note = tr("<b>The signer is not trusted.</b> Ask an administrator to add the sender's key to the trust list, "
                  "or to import the archive.");
    else
        note = tr("<b>This archive cannot be imported.</b>");
    m_verifyPage->finished(verified, mayImport(), note);
    Q_EMIT verifyFinished(verified.passed());
}

void ImportWizard::startImport()
{
    if (m_import.isRunning())
        return;
    m_outcome.reset();
    archive::ArchiveImporter importer(m_session);
    auto permit = importer.authorize();
    if (!permit.ok()) {
        importEnded(permit.error());
        return;
    }
    auto permitHolder = std::make_shared<archive::ImportPermit>(std::move(permit.value()));
    const QString path = m_filePage->path();
    const QString reason = m_confirmPage->overrideReason();
    auto passphrase = std::make_shared<crypto::SecretBytes>(m_filePage->passphrase());
    access::Session* session = &m_session;
    m_runPage->started();
    m_import.start(
        m_session.vault(),
        [=](const QSqlDatabase& db, const ArchiveTaskThread::Progress& progress, const std::atomic_bool* cancel) {
            archive::ImportOptions options;
            options.path = path;
            options.passphrase = passphrase->isEmpty() ? nullptr : passphrase.get();
            options.overrideUntrustedReason = reason;
            options.progress = progress;
            options.cancel = cancel;
            return archive::ArchiveImporter(*session).importArchive(options, *permitHolder, db);
        },
        m_runPage->progress(), &TaskProgress::progressed, tr("The import stopped without a result."),
        [this](Result<archive::ImportResult> outcome) { importEnded(std::move(outcome)); });
}

void ImportWizard::importEnded(Result<archive::ImportResult> outcome)
{
    m_outcome = std::move(outcome);
    if (m_outcome->ok())
        m_runPage->succeeded(m_outcome->value());
    else
        m_runPage->failed(ErrorMessages::describe(m_outcome->error()));
    Q_EMIT importFinished(m_outcome->ok());
}

void ImportWizard::cancelTask()
{
    m_verifier->cancel();
    m_import.cancel();
}

void ImportWizard::reject()
{
    // Deliver outcomes now: a finished signal would arrive after the wizard is gone.
    m_verifier->stopNow();
    m_import.stopNow();
    QWizard::reject();
}

} // namespace qf::ui
