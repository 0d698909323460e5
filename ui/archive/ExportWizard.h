#pragma once

#include "ArchiveTask.h"
#include "archive/ArchiveExporter.h"
#include "crypto/PasswordKdf.h"

#include <QWizard>
#include <optional>

namespace qf::access {
class Session;
}

namespace qf::ui {

class ExportScopePage;
class ExportProtectionPage;
class ExportDestinationPage;
class ExportRunPage;

// 导出档案包: scope (a case, several cases, leads or the whole vault), protection (a passphrase or trusted
// workstations as recipients; protected identities only by explicit choice and grant), the destination file, then
// the export on a worker thread with progress and cancel. The last page shows the archive id.
class ExportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ScopePageId,
        ProtectionPageId,
        DestinationPageId,
        RunPageId,
    };

    explicit ExportWizard(access::Session& session, QWidget* parent = nullptr);
    ~ExportWizard() override;

    // The Argon2id cost of a passphrase archive; the production cost unless a test lowers it.
    void setKdfParams(const crypto::KdfParams& params) { m_kdf = params; }
    const crypto::KdfParams& kdfParams() const { return m_kdf; }
    access::Session& session() { return m_session; }

    // Set once the export ended: the archive written, or why not.
    const std::optional<Result<archive::ExportResult>>& outcome() const { return m_outcome; }
    bool isRunning() const { return m_export.isRunning(); }

    archive::ExportScope chosenScope() const;
    void startExport();
    void cancelExport();
    void reject() override;

Q_SIGNALS:
    void exportFinished(bool succeeded);

private:
    void exportEnded(Result<archive::ExportResult> outcome);

    access::Session& m_session;
    crypto::KdfParams m_kdf = crypto::KdfParams::production();
    ExportScopePage* m_scopePage;
    ExportProtectionPage* m_protectionPage;
    ExportDestinationPage* m_destinationPage;
    ExportRunPage* m_runPage;
    ArchiveTask<archive::ExportResult> m_export;
    std::optional<Result<archive::ExportResult>> m_outcome;
};

} // namespace qf::ui
