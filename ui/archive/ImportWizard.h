#pragma once

#include "ArchiveTask.h"
#include "archive/ArchiveImporter.h"
#include "archive/ArchiveVerifier.h"

#include <QWizard>
#include <optional>

namespace qf::access {
class Session;
}

namespace qf::ui {

class ImportFilePage;
class ImportVerifyPage;
class ImportConfirmPage;
class ImportRunPage;
class VerifyRunner;

// 导入档案包: pick the file (and its passphrase), read the verification report (signer fingerprint, trusted or
// not, counts, hashes), confirm (an administrator may accept an untrusted signer with a reason), then the import
// on a worker thread with progress and cancel, ending with the conflict report.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        VerifyPageId,
        ConfirmPageId,
        RunPageId,
    };

    explicit ImportWizard(access::Session& session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    const std::optional<archive::VerifyReport>& report() const;
    const std::optional<Result<archive::ImportResult>>& outcome() const { return m_outcome; }
    bool isRunning() const;
    // True when the report passed, or only the signer is untrusted and this user may override.
    bool mayImport() const;
    bool needsOverride() const;

    void startVerify();
    void startImport();
    void cancelTask();
    void reject() override;

Q_SIGNALS:
    void verifyFinished(bool passed);
    void importFinished(bool succeeded);

private:
    void verified();
    void importEnded(Result<archive::ImportResult> outcome);

    access::Session& m_session;
    bool m_admin;
    ImportFilePage* m_filePage;
    ImportVerifyPage* m_verifyPage;
    ImportConfirmPage* m_confirmPage;
    ImportRunPage* m_runPage;
    VerifyRunner* m_verifier;
    ArchiveTask<archive::ImportResult> m_import;
    std::optional<Result<archive::ImportResult>> m_outcome;
};

} // namespace qf::ui
