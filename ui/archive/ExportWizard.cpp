#include "ExportWizard.h"

#include "ErrorMessages.h"
#include "ExportPages.h"
#include "TaskProgress.h"
#include "access/Session.h"

#include <QLocale>

namespace qf::ui {

ExportWizard::ExportWizard(access::Session& session, QWidget* parent)
    : QWizard(parent), m_session(session), m_scopePage(new ExportScopePage(session)),
      m_protectionPage(new ExportProtectionPage(session)), m_destinationPage(new ExportDestinationPage),
      m_runPage(new ExportRunPage), m_export(this)
{
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("Export an archive"));
    setPage(ScopePageId, m_scopePage);
    setPage(ProtectionPageId, m_protectionPage);
    setPage(DestinationPageId, m_destinationPage);
    setPage(RunPageId, m_runPage);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    resize(780, 600);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::CommitButton, tr("&Export"));
    m_destinationPage->setCommitPage(true);
    connect(m_runPage, &ExportRunPage::startRequested, this, &ExportWizard::startExport);
    connect(m_runPage->progress(), &TaskProgress::cancelRequested, this, &ExportWizard::cancelExport);
}

ExportWizard::~ExportWizard() = default;

archive::ExportScope ExportWizard::chosenScope() const
{
    return m_scopePage->scope();
}

void ExportWizard::startExport()
{
    if (m_export.isRunning())
        return;
    m_outcome.reset();
    archive::ArchiveExporter exporter(m_session);
    const archive::ExportScope scope = chosenScope();
    // The permission check and its audit run here, on the session's own connection.
    auto permit = exporter.authorize(scope);
    if (!permit.ok()) {
        exportEnded(permit.error());
        return;
    }
    auto passphrase = std::make_shared<crypto::SecretBytes>();
    QByteArrayList recipients;
    if (m_protectionPage->usesPassphrase())
        *passphrase = m_protectionPage->passphrase();
    else
        recipients = m_protectionPage->recipients();
    const bool identities = m_protectionPage->includeIdentities();
    const QString path = m_destinationPage->path();
    const crypto::KdfParams kdf = m_kdf;
    access::Session* session = &m_session;
    auto permitHolder = std::make_shared<archive::ExportPermit>(std::move(permit.value()));
    m_runPage->started();
    m_export.start(
        m_session.vault(),
        [=](const QSqlDatabase& db, const ArchiveTaskThread::Progress& progress, const std::atomic_bool* cancel) {
            archive::ExportOptions options;
            options.scope = scope;
            options.outputPath = path;
            options.keying.passphrase = passphrase->isEmpty() ? nullptr : passphrase.get();
            options.keying.kdf = kdf;
            options.keying.recipients = recipients;
            options.includeIdentities = identities;
            options.progress = progress;
            options.cancel = cancel;
            return archive::ArchiveExporter(*session).exportArchive(options, *permitHolder, db);
        },
        m_runPage->progress(), &TaskProgress::progressed, tr("The export stopped without a result."),
        [this](Result<archive::ExportResult> outcome) { exportEnded(std::move(outcome)); });
}

void ExportWizard::cancelExport()
{
    m_export.cancel();
}

void ExportWizard::exportEnded(Result<archive::ExportResult> outcome)
{
    m_outcome = std::move(outcome);
    if (!m_outcome->ok()) {
        m_runPage->failed(ErrorMessages::describe(m_outcome->error()));
        Q_EMIT exportFinished(false);
        return;
    }
    const archive::ExportResult& result = m_outcome->value();
    qint64 records = 0;
    for (auto it = result.counts.cbegin(); it != result.counts.cend(); ++it)
        if (it.key() != archive::kAttachmentContent)
            records += it.value();
    QString summary = tr("<b>The archive was written and signed.</b><br>%1<br>%2 records, %3 attachments, %4.<br>"
                         "Signed by this workstation: %5")
                          .arg(result.path.toHtmlEscaped())
                          .arg(records)
                          .arg(result.counts.value(archive::kAttachmentContent))
                          .arg(QLocale().formattedDataSize(result.bytes), result.signerFingerprint);
    if (result.identitiesWithheld > 0)
        summary += u"<br>" + tr("%n protected identities were withheld.", nullptr, result.identitiesWithheld);
    if (result.identitiesIncluded > 0)
        summary += u"<br>" + tr("%n protected identities are included.", nullptr, result.identitiesIncluded);
    m_runPage->succeeded(result.archiveId, summary);
    Q_EMIT exportFinished(true);
}

void ExportWizard::reject()
{
    // Cancelling the wizard stops the export; the partial file is discarded by the exporter.
    m_export.stopNow();
    QWizard::reject();
}

} // namespace qf::ui
